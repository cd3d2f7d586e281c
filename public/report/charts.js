// Draws the report's charts with Chart.js (inlined before this script) from
// the page's data block. Which chart shows what is decided when the page is
// made (src/report/charts.ts); this only turns each spec into a Chart.js config.
'use strict';

(function () {
  const Chart = window.Chart;
  const data = JSON.parse(document.getElementById('report-data').textContent);

  Chart.defaults.color = '#333333';
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  Chart.defaults.font.size = 13;
  // No animation: the page is read, not watched, and respects reduced motion.
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.locale = 'nl-NL';
  Chart.defaults.plugins.legend.position = 'bottom';

  // Long entry titles are shortened on the axis (more on a phone); the tooltip and the table keep them whole.
  function maxLabel(chart) {
    return chart.width < 500 ? 16 : 28;
  }

  function datasets(spec) {
    return spec.series.map(function (s) {
      return {
        label: s.label,
        data: s.data,
        backgroundColor: s.color,
        borderColor: '#ffffff',
        borderWidth: spec.kind === 'bars' ? 0 : 1,
      };
    });
  }

  function stacked(spec, percent) {
    const y = { stacked: true, beginAtZero: true, ticks: { precision: 0 } };
    const options = { scales: { x: { stacked: true }, y: y } };
    if (percent) {
      y.max = 100;
      y.ticks.callback = function (value) {
        return value + '%';
      };
      options.plugins = {
        tooltip: {
          callbacks: {
            label: function (item) {
              return item.dataset.label + ': ' + item.formattedValue + '%';
            },
          },
        },
      };
    }
    return { type: 'bar', data: { labels: spec.labels, datasets: datasets(spec) }, options: options };
  }

  function bars(spec) {
    return {
      type: 'bar',
      data: { labels: spec.labels, datasets: datasets(spec) },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: {
          x: { beginAtZero: true, ticks: { precision: 0 } },
          y: {
            ticks: {
              callback: function (value) {
                const label = this.getLabelForValue(value);
                const max = maxLabel(this.chart);
                return label.length > max ? label.slice(0, max - 1) + '…' : label;
              },
            },
          },
        },
      },
    };
  }

  function doughnut(spec) {
    return { type: 'doughnut', data: { labels: spec.labels, datasets: datasets(spec) } };
  }

  function config(spec) {
    if (spec.kind === 'stacked') return stacked(spec, false);
    if (spec.kind === 'percent') return stacked(spec, true);
    if (spec.kind === 'bars') return bars(spec);
    return doughnut(spec);
  }

  data.charts.forEach(function (spec) {
    const canvas = document.getElementById(spec.id);
    if (!canvas) return;
    if (spec.kind === 'bars') {
      // One bar per entry: the chart grows with the number of entries.
      canvas.parentElement.style.height = 48 + spec.labels.length * 34 + 'px';
    }
    new Chart(canvas, config(spec));
  });
})();
