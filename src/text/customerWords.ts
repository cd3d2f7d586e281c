/**
 * The words a Dutch visitor uses for the people their organisation serves (normalised: "cliënt" →
 * "client"). Several readings depend on them: what the customer tells is the customer giving
 * information ("wat de klant vertelt"), the part a customer plays is no hat ("de rol van de klant"),
 * "wat betekent dat voor de klant?" points back at the remark before it, and the visitor's own people
 * calling them is no wish to call Quanta. One list, so that those readings agree on who a customer is.
 */
export const CUSTOMER_WORDS: ReadonlySet<string> = new Set(
  'klant klanten client clienten patient patienten afnemer afnemers gebruiker gebruikers deelnemer deelnemers cursist cursisten ouders bewoners bewoner gezin gezinnen leerling leerlingen bezoeker bezoekers hulpvrager hulpvragers inwoner inwoners opdrachtgever opdrachtgevers jongeren'.split(
    ' ',
  ),
);
