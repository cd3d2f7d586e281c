// The App Service plan and the Linux Web App that runs the bot.
// The app is built before it is zipped (see deploy/README.md), so the platform
// runs no build: it mounts the zip read-only and starts `node dist/src/index.js`.

@description('Azure region of the plan and the app.')
param location string

@description('Name of the Web App; also its host name <name>.azurewebsites.net.')
param appName string

@description('Name of the App Service plan.')
param planName string

@description('Plan size. B1 is the smallest with Always On and health checks; S1/P0v3 and up allow autoscale.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param skuName string

@description('Number of instances (scale-out). More than 1 needs shared conversation state (enableSharedState).')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('App settings (environment variables) of the bot, built in main.bicep.')
param appSettings array

@description('Resource id of the user-assigned managed identity the bot authenticates with; empty when it uses an app registration.')
param botIdentityId string

@description('Log Analytics workspace that receives the console and HTTP logs; empty = no diagnostic settings.')
param logAnalyticsWorkspaceId string

param tags object

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: empty(botIdentityId) ? {
    type: 'None'
  } : {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${botIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Bot Framework requests carry no cookies worth following; any instance may answer.
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: appSettings
    }
  }
}

// stdout/stderr (the bot's JSON log lines) and the HTTP log into Log Analytics.
resource siteLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = if (!empty(logAnalyticsWorkspaceId)) {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
