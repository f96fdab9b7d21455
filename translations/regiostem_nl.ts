<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Help and about Regiostem</source>
            <translation>Help en over Regiostem</translation>
        </message>
    </context>
    <context>
        <name>AboutText</name>
        <message>
            <source>About Regiostem</source>
            <translation>Over Regiostem</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Gegevensmap</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Logbestand</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>Nieuw knelpunt</translation>
        </message>
        <message>
            <source>Search in the current view</source>
            <translation>Zoeken in het huidige onderdeel</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>Ongedaan maken / opnieuw</translation>
        </message>
        <message>
            <source>Go to a part of the app</source>
            <translation>Naar een onderdeel van de app</translation>
        </message>
        <message>
            <source>Session mode (full screen, for a regional session)</source>
            <translation>Sessiemodus (volledig scherm, voor een regio-overleg)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Deze hulp</translation>
        </message>
        <message>
            <source>Regiostem helps the delegate of a region of municipalities prepare the Landelijk ICT Beraad: gather concerns, weigh them, agree one regional position per agenda item, and report the outcome back.</source>
            <translation>Regiostem helpt de afgevaardigde van een regio van gemeenten het Landelijk ICT Beraad voor te bereiden: knelpunten verzamelen en wegen, per agendapunt één regionaal standpunt afspreken en de uitkomst terugkoppelen.</translation>
        </message>
        <message>
            <source>Municipal figures (names, codes, provinces, inhabitants): {credit}, licence CC BY 4.0.</source>
            <translation>Gemeentelijke gegevens (namen, codes, provincies, inwoners): {credit}, licentie CC BY 4.0.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Toetsenbord</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemEditor</name>
        <message>
            <source>title of the agenda item</source>
            <translation>titel van het agendapunt</translation>
        </message>
        <message>
            <source>national question</source>
            <translation>vraag vanuit landelijk</translation>
        </message>
        <message>
            <source>description of the agenda item</source>
            <translation>omschrijving van het agendapunt</translation>
        </message>
        <message>
            <source>reference links</source>
            <translation>verwijzingen</translation>
        </message>
        <message>
            <source>Title of the agenda item</source>
            <translation>Titel van het agendapunt</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itel:</translation>
        </message>
        <message>
            <source>National &amp;question:</source>
            <translation>Vraag vanuit &amp;landelijk:</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>Vraag vanuit landelijk</translation>
        </message>
        <message>
            <source>National body asking the question</source>
            <translation>Landelijk gremium dat de vraag stelt</translation>
        </message>
        <message>
            <source>Asked b&amp;y:</source>
            <translation>&amp;Gevraagd door:</translation>
        </message>
        <message>
            <source>Description of the agenda item</source>
            <translation>Omschrijving van het agendapunt</translation>
        </message>
        <message>
            <source>Des&amp;cription:</source>
            <translation>Oms&amp;chrijving:</translation>
        </message>
        <message>
            <source>Reference &amp;links:</source>
            <translation>Verwij&amp;zingen:</translation>
        </message>
        <message>
            <source>Reference links, one web address per line</source>
            <translation>Verwijzingen, één webadres per regel</translation>
        </message>
        <message>
            <source>What the national body asks the regions</source>
            <translation>Wat het landelijk gremium aan de regio's vraagt</translation>
        </message>
        <message>
            <source>Linked concerns</source>
            <translation>Gekoppelde knelpunten</translation>
        </message>
        <message>
            <source>Concerns linked to the agenda item</source>
            <translation>Knelpunten gekoppeld aan het agendapunt</translation>
        </message>
        <message>
            <source>Lin&amp;k concerns…</source>
            <translation>Knelpunten &amp;koppelen…</translation>
        </message>
        <message>
            <source>Link concerns to the agenda item</source>
            <translation>Knelpunten aan het agendapunt koppelen</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>No concerns linked yet.</source>
            <translation>Nog geen knelpunten gekoppeld.</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>Nog geen uitkomst vastgelegd.</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Betekenis</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Vervolg</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Evaluatie</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
    </context>
    <context>
        <name>AgendaTable</name>
        <message>
            <source>1 objection</source>
            <translation>1 bezwaar</translation>
        </message>
        <message>
            <source>{n} objections</source>
            <translation>{n} bezwaren</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunt</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>Vraag vanuit landelijk</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Standpunt</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Steun</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agendapunten</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>gebruik: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumenten</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opties</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>toon deze hulp en stop</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>onbekende argumenten: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>deze argumenten zijn verplicht: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>een van de argumenten %s is verplicht</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>niet toegestaan samen met argument %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>verwacht één argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>verwacht hoogstens één argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>verwacht minstens één argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>verwacht %s argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>verwacht %s argumenten</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>expliciet argument %r genegeerd</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>onverwachte optie: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>onbekende opdracht %(parser_name)r (kies uit %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>kan '%(filename)s' niet openen: %(error)s</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTree</name>
        <message>
            <source>Municipality / person</source>
            <translation>Gemeente / persoon</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <source>Attendance per municipality and person</source>
            <translation>Aanwezigheid per gemeente en persoon</translation>
        </message>
        <message>
            <source>{name} (outside the region)</source>
            <translation>{name} (buiten de regio)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>aanwezig</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>afwezig</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Making a backup...</source>
            <translation>Back-up maken…</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Back-up gemaakt: {name}</translation>
        </message>
    </context>
    <context>
        <name>Breadth</name>
        <message>
            <source>{count} · {inhabitants}</source>
            <translation>{count} · {inhabitants}</translation>
        </message>
        <message>
            <source>1 municipality · {inhabitants} inhabitants</source>
            <translation>1 gemeente · {inhabitants} inwoners</translation>
        </message>
        <message>
            <source>{count} municipalities · {inhabitants} inhabitants</source>
            <translation>{count} gemeenten · {inhabitants} inwoners</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Regiostem: the regional voice for the Landelijk ICT Beraad.</source>
            <translation>Regiostem: de regionale stem voor het Landelijk ICT Beraad.</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>toon het versienummer en stop</translation>
        </message>
        <message>
            <source>the data folder holding the store (default: {env} or the per-user folder)</source>
            <translation>de gegevensmap met de opslag (standaard: {env} of de map van de gebruiker)</translation>
        </message>
        <message>
            <source>open the app on a temporary demo region</source>
            <translation>open de app met een tijdelijke demoregio</translation>
        </message>
        <message>
            <source>language of the interface and documents</source>
            <translation>taal van de interface en de documenten</translation>
        </message>
        <message>
            <source>Unexpected error: {error}.</source>
            <translation>Onverwachte fout: {error}.</translation>
        </message>
        <message>
            <source>Warning: the store lies in a {risk}; sync clients and network shares can damage or fork it. Move the data folder to a local disk.</source>
            <translation>Let op: de opslag staat in een {risk}; synchronisatieprogramma's en netwerkschijven kunnen hem beschadigen of splitsen. Zet de gegevensmap op een lokale schijf.</translation>
        </message>
        <message>
            <source>File not found: {path}</source>
            <translation>Bestand niet gevonden: {path}</translation>
        </message>
        <message>
            <source>To restore the newest good backup: delegate-app restore --latest</source>
            <translation>De nieuwste goede back-up terugzetten: delegate-app restore --latest</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Onderbroken.</translation>
        </message>
        <message>
            <source>The store reported a problem: {error}. Check it with: delegate-app check</source>
            <translation>De opslag meldt een probleem: {error}. Controleer met: delegate-app check</translation>
        </message>
        <message>
            <source>(no log file)</source>
            <translation>(geen logbestand)</translation>
        </message>
        <message>
            <source>Unexpected error: {error}. Details are in {log}</source>
            <translation>Onverwachte fout: {error}. Details staan in {log}</translation>
        </message>
        <message>
            <source>fill the store with the demo region (idempotent)</source>
            <translation>vul de opslag met de demoregio (herhaalbaar)</translation>
        </message>
        <message>
            <source>also add N synthetic concerns (for load tests)</source>
            <translation>voeg ook N synthetische knelpunten toe (voor belastingtests)</translation>
        </message>
        <message>
            <source>--concerns must be 0 or more, not {n}.</source>
            <translation>--concerns moet 0 of meer zijn, niet {n}.</translation>
        </message>
        <message>
            <source>--batch-size must be 1 or more, not {n}.</source>
            <translation>--batch-size moet 1 of meer zijn, niet {n}.</translation>
        </message>
        <message>
            <source>The demo region was added to {path}.</source>
            <translation>De demoregio is toegevoegd aan {path}.</translation>
        </message>
        <message>
            <source>The demo region is already in {path}.</source>
            <translation>De demoregio staat al in {path}.</translation>
        </message>
        <message>
            <source>1 synthetic concern added.</source>
            <translation>1 synthetisch knelpunt toegevoegd.</translation>
        </message>
        <message>
            <source>{n} synthetic concerns added.</source>
            <translation>{n} synthetische knelpunten toegevoegd.</translation>
        </message>
        <message>
            <source>write the briefing pack (PDF) for a national meeting</source>
            <translation>schrijf het vergaderdossier (PDF) voor een landelijke vergadering</translation>
        </message>
        <message>
            <source>Write the briefing pack for a national meeting. Concerns marked confidential are left out unless --include-confidential is given; then every page is marked confidential.</source>
            <translation>Schrijf het vergaderdossier voor een landelijke vergadering. Vertrouwelijke knelpunten blijven weg, tenzij --include-confidential is gegeven; dan staat op elke pagina dat het vertrouwelijk is.</translation>
        </message>
        <message>
            <source>the meeting's id, or 'next' for the coming meeting (default)</source>
            <translation>het id van de vergadering, of 'next' voor de komende vergadering (standaard)</translation>
        </message>
        <message>
            <source>write the report-back (PDF) of a national meeting</source>
            <translation>schrijf de terugkoppeling (PDF) van een landelijke vergadering</translation>
        </message>
        <message>
            <source>Write the report-back of a national meeting for the region, or with --municipality for one municipality, listing what became of each of its concerns.</source>
            <translation>Schrijf de terugkoppeling van een landelijke vergadering voor de regio, of met --municipality voor één gemeente, met wat er van elk van haar knelpunten is geworden.</translation>
        </message>
        <message>
            <source>the meeting's id, or 'last' for the latest meeting held (default)</source>
            <translation>het id van de vergadering, of 'last' voor de laatst gehouden vergadering (standaard)</translation>
        </message>
        <message>
            <source>write the report-back for this municipality (GM code or name)</source>
            <translation>schrijf de terugkoppeling voor deze gemeente (GM-code of naam)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>het PDF-bestand dat wordt geschreven</translation>
        </message>
        <message>
            <source>include concerns marked confidential; every page is then marked confidential</source>
            <translation>neem vertrouwelijke knelpunten op; elke pagina vermeldt dan dat ze vertrouwelijk is</translation>
        </message>
        <message>
            <source>language of the document (default: the interface language, Dutch)</source>
            <translation>taal van het document (standaard: de taal van de interface, Nederlands)</translation>
        </message>
        <message>
            <source>--out: {path} must be a .pdf file.</source>
            <translation>--out: {path} moet een .pdf-bestand zijn.</translation>
        </message>
        <message>
            <source>--out: the folder {folder} does not exist.</source>
            <translation>--out: de map {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>--out: {path} cannot be written.</source>
            <translation>--out: {path} kan niet worden geschreven.</translation>
        </message>
        <message>
            <source>--out: {path} cannot be written: {error}</source>
            <translation>--out: {path} kan niet worden geschreven: {error}</translation>
        </message>
        <message>
            <source>Briefing pack for {meeting} written to {path} ({pages} pages).</source>
            <translation>Vergaderdossier voor {meeting} geschreven naar {path} ({pages} pagina's).</translation>
        </message>
        <message>
            <source>Report-back of {meeting} for {audience} written to {path} ({pages} pages).</source>
            <translation>Terugkoppeling van {meeting} voor {audience} geschreven naar {path} ({pages} pagina's).</translation>
        </message>
        <message>
            <source>read the exchange passphrase from the first line of FILE (or set {env})</source>
            <translation>lees de wachtwoordzin voor uitwisseling uit de eerste regel van FILE (of zet {env})</translation>
        </message>
        <message>
            <source>import concerns from a .csv/.xlsx file, or an exchange package; all or nothing</source>
            <translation>importeer knelpunten uit een .csv- of .xlsx-bestand, of een uitwisselpakket; alles of niets</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file, or the exchange package, to import</source>
            <translation>het .csv- of .xlsx-bestand, of het uitwisselpakket, dat wordt geïmporteerd</translation>
        </message>
        <message>
            <source>check the file and report; store nothing</source>
            <translation>controleer het bestand en meld het resultaat; sla niets op</translation>
        </message>
        <message>
            <source>export concerns to .csv or .xlsx</source>
            <translation>exporteer knelpunten naar .csv of .xlsx</translation>
        </message>
        <message>
            <source>the concerns the filters select (default: all)</source>
            <translation>de knelpunten die de filters kiezen (standaard: alle)</translation>
        </message>
        <message>
            <source>.csv or .xlsx, by extension</source>
            <translation>.csv of .xlsx, naar de extensie</translation>
        </message>
        <message>
            <source>words to search for</source>
            <translation>woorden om op te zoeken</translation>
        </message>
        <message>
            <source>a theme's code or label</source>
            <translation>code of naam van een thema</translation>
        </message>
        <message>
            <source>a municipality's name or GM code</source>
            <translation>naam of GM-code van een gemeente</translation>
        </message>
        <message>
            <source>a status code (new, triaged, ...)</source>
            <translation>een statuscode (new, triaged, ...)</translation>
        </message>
        <message>
            <source>openbaar, regio or vertrouwelijk</source>
            <translation>openbaar, regio of vertrouwelijk</translation>
        </message>
        <message>
            <source>include confidential concerns (left out otherwise)</source>
            <translation>neem vertrouwelijke knelpunten op (anders weggelaten)</translation>
        </message>
        <message>
            <source>write the intake workbook for municipal staff</source>
            <translation>schrijf de invulwerkmap voor gemeentelijke medewerkers</translation>
        </message>
        <message>
            <source>the workbook that is written</source>
            <translation>de werkmap die wordt geschreven</translation>
        </message>
        <message>
            <source>encrypted exchange packages between laptops</source>
            <translation>versleutelde uitwisselpakketten tussen laptops</translation>
        </message>
        <message>
            <source>write a package of this store</source>
            <translation>schrijf een pakket van deze opslag</translation>
        </message>
        <message>
            <source>the package file that is written</source>
            <translation>het pakketbestand dat wordt geschreven</translation>
        </message>
        <message>
            <source>mine: concerns, supports and responses (what a contributor hands in); all: the whole store</source>
            <translation>mine: knelpunten, herkenningen en reacties (wat een indiener aanlevert); all: de hele opslag</translation>
        </message>
        <message>
            <source>only this municipality's records (scope mine)</source>
            <translation>alleen de gegevens van deze gemeente (scope mine)</translation>
        </message>
        <message>
            <source>merge a package into this store</source>
            <translation>voeg een pakket samen met deze opslag</translation>
        </message>
        <message>
            <source>the package to merge</source>
            <translation>het pakket dat wordt samengevoegd</translation>
        </message>
        <message>
            <source>remove this store's exchange key from the keyring</source>
            <translation>verwijder de uitwisselsleutel van deze opslag uit de sleutelbos</translation>
        </message>
        <message>
            <source>records edited on two laptops, waiting for a decision</source>
            <translation>gegevens die op twee laptops zijn bewerkt en op een beslissing wachten</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>toon JSON</translation>
        </message>
        <message>
            <source>also list settled conflicts</source>
            <translation>toon ook besliste conflicten</translation>
        </message>
        <message>
            <source>settle a conflict</source>
            <translation>beslis over een conflict</translation>
        </message>
        <message>
            <source>the conflict's id, as listed by: conflicts</source>
            <translation>het id van het conflict, zoals getoond door: conflicts</translation>
        </message>
        <message>
            <source>local: keep the version of this laptop; incoming: take the incoming version</source>
            <translation>local: houd de versie van deze laptop; incoming: neem de binnengekomen versie over</translation>
        </message>
        <message>
            <source>The passphrase file {path} is not UTF-8 text.</source>
            <translation>Het wachtwoordbestand {path} is geen UTF-8-tekst.</translation>
        </message>
        <message>
            <source>The passphrase file {path} is empty.</source>
            <translation>Het wachtwoordbestand {path} is leeg.</translation>
        </message>
        <message>
            <source>Exchange passphrase: </source>
            <translation>Wachtwoordzin voor uitwisseling: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Herhaal de wachtwoordzin: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De twee wachtwoordzinnen verschillen.</translation>
        </message>
        <message>
            <source>--dry-run applies to .csv and .xlsx files, not to packages.</source>
            <translation>--dry-run geldt voor .csv- en .xlsx-bestanden, niet voor pakketten.</translation>
        </message>
        <message>
            <source>Columns ignored: {names}</source>
            <translation>Genegeerde kolommen: {names}</translation>
        </message>
        <message>
            <source>{file}: concerns imported: {created}; already present: {existing}.</source>
            <translation>{file}: geïmporteerde knelpunten: {created}; al aanwezig: {existing}.</translation>
        </message>
        <message>
            <source>1 of them comes from a municipality outside the region.</source>
            <translation>Daarvan komt 1 van een gemeente buiten de regio.</translation>
        </message>
        <message>
            <source>{file}: package from {sender} merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</source>
            <translation>{file}: pakket van {sender} samengevoegd. Nieuwe records: {inserted}; bijgewerkt: {updated}; gelaten zoals ze hier zijn: {kept}; conflicten: {conflicts}.</translation>
        </message>
        <message>
            <source>Package written to {path}. Concerns: {concerns}; records in all: {records}.</source>
            <translation>Pakket geschreven naar {path}. Knelpunten: {concerns}; records in totaal: {records}.</translation>
        </message>
        <message>
            <source>{count} of them come from municipalities outside the region.</source>
            <translation>{count} daarvan komen van gemeenten buiten de regio.</translation>
        </message>
        <message>
            <source>{file}: new concerns: {new}; already present: {existing}; nothing stored.</source>
            <translation>{file}: nieuwe knelpunten: {new}; al aanwezig: {existing}; niets opgeslagen.</translation>
        </message>
        <message>
            <source>Edited on both laptops; see 'delegate-app conflicts' to decide.</source>
            <translation>Op beide laptops bewerkt; beslis met 'delegate-app conflicts'.</translation>
        </message>
        <message>
            <source>{option} must be one of {choices}, not '{value}'.</source>
            <translation>{option} moet een van {choices} zijn, niet '{value}'.</translation>
        </message>
        <message>
            <source>1 concern written to {path}.</source>
            <translation>1 knelpunt geschreven naar {path}.</translation>
        </message>
        <message>
            <source>{count} concerns written to {path}.</source>
            <translation>{count} knelpunten geschreven naar {path}.</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: the file holds 1 confidential concern.</source>
            <translation>VERTROUWELIJK: het bestand bevat 1 vertrouwelijk knelpunt.</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: the file holds {count} confidential concerns.</source>
            <translation>VERTROUWELIJK: het bestand bevat {count} vertrouwelijke knelpunten.</translation>
        </message>
        <message>
            <source>Intake workbook written to {path}.</source>
            <translation>Invulwerkmap geschreven naar {path}.</translation>
        </message>
        <message>
            <source>--municipality goes with --scope mine.</source>
            <translation>--municipality hoort bij --scope mine.</translation>
        </message>
        <message>
            <source>The exchange key of this store was removed from the keyring.</source>
            <translation>De uitwisselsleutel van deze opslag is uit de sleutelbos verwijderd.</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Geen conflicten.</translation>
        </message>
        <message>
            <source>{id}  {entity} '{label}' from {peer}; differs in: {fields}{settled}</source>
            <translation>{id}  {entity} '{label}' van {peer}; verschilt in: {fields}{settled}</translation>
        </message>
        <message>
            <source>Conflict on {entity} '{label}' settled: {resolution}.</source>
            <translation>Conflict over {entity} '{label}' beslist: {resolution}.</translation>
        </message>
        <message>
            <source>define or show the region</source>
            <translation>leg de regio vast of toon haar</translation>
        </message>
        <message>
            <source>define the region and its member municipalities</source>
            <translation>leg de regio en haar deelnemende gemeenten vast</translation>
        </message>
        <message>
            <source>the region's name</source>
            <translation>de naam van de regio</translation>
        </message>
        <message>
            <source>member municipalities: GM or CBS codes or names, separated by commas</source>
            <translation>deelnemende gemeenten: GM- of CBS-codes of namen, gescheiden door komma's</translation>
        </message>
        <message>
            <source>show the region</source>
            <translation>toon de regio</translation>
        </message>
        <message>
            <source>print one JSON object</source>
            <translation>toon één JSON-object</translation>
        </message>
        <message>
            <source>Region '{name}': 1 member municipality, {inhabitants} inhabitants.</source>
            <translation>Regio '{name}': 1 deelnemende gemeente, {inhabitants} inwoners.</translation>
        </message>
        <message>
            <source>Region '{name}': {count} member municipalities, {inhabitants} inhabitants.</source>
            <translation>Regio '{name}': {count} deelnemende gemeenten, {inhabitants} inwoners.</translation>
        </message>
        <message>
            <source>No region has been defined yet. Use: region set --name NAME --members GM0001,...</source>
            <translation>Er is nog geen regio vastgelegd. Gebruik: region set --name NAAM --members GM0001,...</translation>
        </message>
        <message>
            <source>{name}: 1 member municipality, {inhabitants} inhabitants</source>
            <translation>{name}: 1 deelnemende gemeente, {inhabitants} inwoners</translation>
        </message>
        <message>
            <source>{name}: {count} member municipalities, {inhabitants} inhabitants</source>
            <translation>{name}: {count} deelnemende gemeenten, {inhabitants} inwoners</translation>
        </message>
        <message>
            <source>show what the store holds</source>
            <translation>toon wat de opslag bevat</translation>
        </message>
        <message>
            <source>check integrity, foreign keys and schema version (exit 0 when all is well)</source>
            <translation>controleer integriteit, verwijzingen en schemaversie (exitcode 0 als alles in orde is)</translation>
        </message>
        <message>
            <source>make a verified backup of the store</source>
            <translation>maak een gecontroleerde back-up van de opslag</translation>
        </message>
        <message>
            <source>where to write it (a file or a folder; default: the backups folder of the store)</source>
            <translation>waar hij wordt geschreven (een bestand of map; standaard: de back-upmap van de opslag)</translation>
        </message>
        <message>
            <source>replace the store by a backup; the current store is kept aside</source>
            <translation>vervang de opslag door een back-up; de huidige opslag wordt apart bewaard</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>de back-up die wordt teruggezet</translation>
        </message>
        <message>
            <source>restore the newest backup that passes its check</source>
            <translation>zet de nieuwste back-up terug die door de controle komt</translation>
        </message>
        <message>
            <source>also replace a store written by a newer version of Regiostem (it is kept aside)</source>
            <translation>vervang ook een opslag van een nieuwere versie van Regiostem (die wordt apart bewaard)</translation>
        </message>
        <message>
            <source>There is no store in {folder}.</source>
            <translation>Er is geen opslag in {folder}.</translation>
        </message>
        <message>
            <source>The store {path} has schema {revision}; this version uses {head}. It is upgraded, after a backup, when Regiostem next opens it.</source>
            <translation>De opslag {path} heeft schema {revision}; deze versie gebruikt {head}. Na een back-up wordt hij bijgewerkt zodra Regiostem hem weer opent.</translation>
        </message>
        <message>
            <source>The store {path} failed its check: {problems}. Restore a backup with: restore --latest</source>
            <translation>De opslag {path} is niet door de controle gekomen: {problems}. Zet een back-up terug met: restore --latest</translation>
        </message>
        <message>
            <source>The store {path} is in order (schema {revision}).</source>
            <translation>De opslag {path} is in orde (schema {revision}).</translation>
        </message>
        <message>
            <source>--out {path} is the store itself; choose another file.</source>
            <translation>--out {path} is de opslag zelf; kies een ander bestand.</translation>
        </message>
        <message>
            <source>Backup made and verified: {path}</source>
            <translation>Back-up gemaakt en gecontroleerd: {path}</translation>
        </message>
        <message>
            <source>There is no usable backup in {folder}.</source>
            <translation>Er is geen bruikbare back-up in {folder}.</translation>
        </message>
        <message>
            <source>Restored {backup} into {folder}.</source>
            <translation>{backup} teruggezet in {folder}.</translation>
        </message>
        <message>
            <source>The previous store was kept as {path}.</source>
            <translation>De vorige opslag is bewaard als {path}.</translation>
        </message>
        <message>
            <source>write a PNG of every main view and of session mode (user guide, review)</source>
            <translation>schrijf een PNG van elk hoofdonderdeel en van de sessiemodus (handleiding, beoordeling)</translation>
        </message>
        <message>
            <source>the folder to write the PNG files to</source>
            <translation>de map waarin de PNG-bestanden komen</translation>
        </message>
        <message>
            <source>window size as WIDTHxHEIGHT (default: {size})</source>
            <translation>venstergrootte als BREEDTExHOOGTE (standaard: {size})</translation>
        </message>
        <message>
            <source>--size must look like 1400x900 (at least 640x480), not '{value}'.</source>
            <translation>--size moet eruitzien als 1400x900 (minstens 640x480), niet '{value}'.</translation>
        </message>
    </context>
    <context>
        <name>ConcernEditor</name>
        <message>
            <source>&amp;Urgency</source>
            <translation>&amp;Urgentie</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Impact</translation>
        </message>
        <message>
            <source>&amp;Confidentiality</source>
            <translation>&amp;Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Contri&amp;butor</source>
            <translation>I&amp;ndiener</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>D&amp;atum</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>Mu&amp;nicipality</source>
            <translation>&amp;Gemeente</translation>
        </message>
        <message>
            <source>The&amp;me</source>
            <translation>Th&amp;ema</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Anonimiseren</translation>
        </message>
        <message>
            <source>Show as “a municipality in the region” in lists and documents; you still see the name here</source>
            <translation>Toon als “een gemeente in de regio” in lijsten en documenten; hier ziet u de naam nog wel</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(geen thema)</translation>
        </message>
        <message>
            <source>Why this status, e.g. why the concern was closed</source>
            <translation>Waarom deze status, bijvoorbeeld waarom het knelpunt is afgesloten</translation>
        </message>
        <message>
            <source>Who handed it in (name only)</source>
            <translation>Wie het heeft ingediend (alleen de naam)</translation>
        </message>
        <message>
            <source>What goes wrong, since when, and what it costs</source>
            <translation>Wat gaat er mis, sinds wanneer, en wat kost het</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Choose a concern in the list to see and edit it here.</source>
            <translation>Kies een knelpunt in de lijst om het hier te bekijken en te bewerken.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Anonymise the municipality</source>
            <translation>Gemeente anonimiseren</translation>
        </message>
        <message>
            <source>Main theme</source>
            <translation>Hoofdthema</translation>
        </message>
        <message>
            <source>Further themes</source>
            <translation>Overige thema's</translation>
        </message>
        <message>
            <source>Urgency, 1 to 5</source>
            <translation>Urgentie, 1 tot 5</translation>
        </message>
        <message>
            <source>Impact, 1 to 5</source>
            <translation>Impact, 1 tot 5</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Reden voor de status</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Indiener</translation>
        </message>
        <message>
            <source>Date handed in</source>
            <translation>Datum van indienen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Samenvoegen ongedaan maken</translation>
        </message>
        <message>
            <source>Open the concern it was merged into</source>
            <translation>Open het knelpunt waarin het is samengevoegd</translation>
        </message>
        <message>
            <source>1 · very low</source>
            <translation>1 · zeer laag</translation>
        </message>
        <message>
            <source>2 · low</source>
            <translation>2 · laag</translation>
        </message>
        <message>
            <source>3 · medium</source>
            <translation>3 · gemiddeld</translation>
        </message>
        <message>
            <source>4 · high</source>
            <translation>4 · hoog</translation>
        </message>
        <message>
            <source>5 · very high</source>
            <translation>5 · zeer hoog</translation>
        </message>
        <message>
            <source>More themes ({count})</source>
            <translation>Meer thema's ({count})</translation>
        </message>
        <message>
            <source>More themes</source>
            <translation>Meer thema's</translation>
        </message>
        <message>
            <source>This concern is deleted. Restore it to use and edit it again.</source>
            <translation>Dit knelpunt is verwijderd. Herstel het om het weer te gebruiken en te bewerken.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Restore this concern</source>
            <translation>Dit knelpunt herstellen</translation>
        </message>
        <message>
            <source>Merged into “{title}”. Its municipality and recognitions count there.</source>
            <translation>Samengevoegd in “{title}”. De gemeente en herkenningen tellen daar mee.</translation>
        </message>
        <message>
            <source>Unmerge</source>
            <translation>Loskoppelen</translation>
        </message>
        <message>
            <source>session: {title}</source>
            <translation>overleg: {title}</translation>
        </message>
        <message>
            <source>Merged into this concern:</source>
            <translation>Samengevoegd in dit knelpunt:</translation>
        </message>
        <message>
            <source>Unmerge “{title}”</source>
            <translation>“{title}” loskoppelen</translation>
        </message>
        <message>
            <source>edit of “{title}”</source>
            <translation>bewerking van “{title}”</translation>
        </message>
        <message>
            <source>Not saved: {message}</source>
            <translation>Niet opgeslagen: {message}</translation>
        </message>
        <message>
            <source>restore of “{title}”</source>
            <translation>herstel van “{title}”</translation>
        </message>
        <message>
            <source>unmerge</source>
            <translation>loskoppelen</translation>
        </message>
    </context>
    <context>
        <name>ConcernPicker</name>
        <message>
            <source>Search concerns: words from the title, description or municipality</source>
            <translation>Knelpunten zoeken: woorden uit titel, omschrijving of gemeente</translation>
        </message>
        <message>
            <source>Search concerns</source>
            <translation>Knelpunten zoeken</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Knelpunt</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Recognised by</source>
            <translation>Herkend door</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Concerns; tick to link</source>
            <translation>Knelpunten; vink aan om te koppelen</translation>
        </message>
        <message>
            <source>Shown: {n} · ticked: {k}</source>
            <translation>Getoond: {n} · aangevinkt: {k}</translation>
        </message>
        <message>
            <source>{n} mun. · {i} inh.</source>
            <translation>{n} gem. · {i} inw.</translation>
        </message>
    </context>
    <context>
        <name>ConcernRegisterView</name>
        <message>
            <source>Concern</source>
            <translation>Knelpunt</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>Nieuw knelpunt</translation>
        </message>
        <message>
            <source>Add a concern (Ctrl+N)</source>
            <translation>Knelpunt toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Samenvoegen…</translation>
        </message>
        <message>
            <source>Merge the selected concerns into one (Ctrl+M)</source>
            <translation>De gekozen knelpunten samenvoegen tot één (Ctrl+M)</translation>
        </message>
        <message>
            <source>Merge the selected concerns</source>
            <translation>De gekozen knelpunten samenvoegen</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Bewerken</translation>
        </message>
        <message>
            <source>Unmerge</source>
            <translation>Loskoppelen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Arrow keys move, Enter edits the concern, Delete deletes it, the menu key shows more</source>
            <translation>Pijltjestoetsen verplaatsen, Enter bewerkt het knelpunt, Delete verwijdert het, de menutoets toont meer</translation>
        </message>
        <message>
            <source>Details of the selected concern</source>
            <translation>Gegevens van het gekozen knelpunt</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Herkenning</translation>
        </message>
        <message>
            <source>{count} concerns</source>
            <translation>{count} knelpunten</translation>
        </message>
        <message>
            <source>1 concern</source>
            <translation>1 knelpunt</translation>
        </message>
        <message>
            <source>{count} selected</source>
            <translation>{count} gekozen</translation>
        </message>
        <message>
            <source>No concern matches this search or filter.</source>
            <translation>Geen knelpunt past bij deze zoekopdracht of dit filter.</translation>
        </message>
        <message>
            <source>No concerns yet.
Press Ctrl+N to add the first one, or import a file.</source>
            <translation>Nog geen knelpunten.
Druk op Ctrl+N om het eerste toe te voegen, of importeer een bestand.</translation>
        </message>
        <message>
            <source>The concern is saved but hidden by the current filter.</source>
            <translation>Het knelpunt is opgeslagen, maar valt buiten het huidige filter.</translation>
        </message>
        <message>
            <source>Select two or more concerns to merge (Ctrl+click or Shift+click).</source>
            <translation>Kies twee of meer knelpunten om samen te voegen (Ctrl+klik of Shift+klik).</translation>
        </message>
        <message>
            <source>unmerge</source>
            <translation>loskoppelen</translation>
        </message>
        <message>
            <source>deletion of {count} concerns</source>
            <translation>verwijderen van {count} knelpunten</translation>
        </message>
        <message>
            <source>deletion of a concern</source>
            <translation>verwijderen van een knelpunt</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Verwijderd. Ctrl+Z haalt het terug.</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>herstellen</translation>
        </message>
    </context>
    <context>
        <name>ConcernSource</name>
        <message>
            <source>Entered by hand</source>
            <translation>Handmatig ingevoerd</translation>
        </message>
        <message>
            <source>Raised in a session</source>
            <translation>Ingebracht in een overleg</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Uit een bestand geïmporteerd</translation>
        </message>
        <message>
            <source>Received in a package</source>
            <translation>Ontvangen in een pakket</translation>
        </message>
    </context>
    <context>
        <name>ConcernStatus</name>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Triaged</source>
            <translation>Beoordeeld</translation>
        </message>
        <message>
            <source>In a position</source>
            <translation>In standpunt</translation>
        </message>
        <message>
            <source>Raised nationally</source>
            <translation>Landelijk ingebracht</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
    </context>
    <context>
        <name>ConcernTableModel</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Recognised by</source>
            <translation>Herkend door</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>How many municipalities raise or recognise the concern, and their inhabitants</source>
            <translation>Hoeveel gemeenten het knelpunt inbrengen of herkennen, en hun inwoners</translation>
        </message>
        <message>
            <source>A municipality in the region</source>
            <translation>Een gemeente in de regio</translation>
        </message>
        <message>
            <source>Deleted: restore it from the context menu</source>
            <translation>Verwijderd: herstel het via het contextmenu</translation>
        </message>
        <message>
            <source>Merged into another concern</source>
            <translation>Samengevoegd in een ander knelpunt</translation>
        </message>
        <message>
            <source>Confidential: leaves the store only when you include it explicitly</source>
            <translation>Vertrouwelijk: verlaat de opslag alleen als u het uitdrukkelijk meeneemt</translation>
        </message>
        <message>
            <source>Anonymised: the municipality's name is shown only in the editor</source>
            <translation>Geanonimiseerd: de naam van de gemeente staat alleen in de editor</translation>
        </message>
    </context>
    <context>
        <name>Concerns</name>
        <message>
            <source>{label} must be a whole number from 1 to 5, not '{value}'.</source>
            <translation>{label} moet een geheel getal van 1 tot en met 5 zijn, niet '{value}'.</translation>
        </message>
        <message>
            <source>{label} must be one of {choices}, not '{value}'.</source>
            <translation>{label} moet een van {choices} zijn, niet '{value}'.</translation>
        </message>
        <message>
            <source>A concern needs a title.</source>
            <translation>Een knelpunt heeft een titel nodig.</translation>
        </message>
        <message>
            <source>The title is {length} characters long; at most {limit} are allowed.</source>
            <translation>De titel is {length} tekens lang; er zijn er hoogstens {limit} toegestaan.</translation>
        </message>
        <message>
            <source>The description must be text.</source>
            <translation>De omschrijving moet tekst zijn.</translation>
        </message>
        <message>
            <source>A new concern needs a description.</source>
            <translation>Een nieuw knelpunt heeft een omschrijving nodig.</translation>
        </message>
        <message>
            <source>The description is {length} characters long; at most {limit} are allowed. Shorten it or attach the full text elsewhere.</source>
            <translation>De omschrijving is {length} tekens lang; er zijn er hoogstens {limit} toegestaan. Kort haar in of bewaar de volledige tekst elders.</translation>
        </message>
        <message>
            <source>Unknown municipality '{value}'.</source>
            <translation>Onbekende gemeente '{value}'.</translation>
        </message>
        <message>
            <source>Unknown theme '{value}'.</source>
            <translation>Onbekend thema '{value}'.</translation>
        </message>
        <message>
            <source>Unknown national body '{value}'.</source>
            <translation>Onbekend landelijk gremium '{value}'.</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>The contributor's name is too long.</source>
            <translation>De naam van de indiener is te lang.</translation>
        </message>
        <message>
            <source>Unknown contributor '{value}'.</source>
            <translation>Onbekende indiener '{value}'.</translation>
        </message>
        <message>
            <source>Unknown regional session '{value}'.</source>
            <translation>Onbekend regio-overleg '{value}'.</translation>
        </message>
        <message>
            <source>The date '{value}' is not a date.</source>
            <translation>'{value}' is geen datum.</translation>
        </message>
        <message>
            <source>Anonymised must be yes or no.</source>
            <translation>Geanonimiseerd moet ja of nee zijn.</translation>
        </message>
        <message>
            <source>A concern with id {value} already exists.</source>
            <translation>Er bestaat al een knelpunt met id {value}.</translation>
        </message>
        <message>
            <source>There is no concern with id {id}.</source>
            <translation>Er is geen knelpunt met id {id}.</translation>
        </message>
        <message>
            <source>This municipality raised the concern itself; it cannot also recognise it.</source>
            <translation>Deze gemeente heeft het knelpunt zelf ingebracht; zij kan het niet ook herkennen.</translation>
        </message>
        <message>
            <source>Recorded via</source>
            <translation>Vastgelegd via</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>Confidentiality</name>
        <message>
            <source>Public</source>
            <translation>Openbaar</translation>
        </message>
        <message>
            <source>Region only</source>
            <translation>Alleen regio</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Vertrouwelijk</translation>
        </message>
    </context>
    <context>
        <name>ConflictField</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Geanonimiseerd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Reden voor de status</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Indiener</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Ingediend op</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Samengevoegd in</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reactie</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Gehouden op</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>deleted on {date}</source>
            <translation>verwijderd op {date}</translation>
        </message>
    </context>
    <context>
        <name>ConflictKind</name>
        <message>
            <source>Concern</source>
            <translation>Knelpunt</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Herkenning</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reactie</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Standpunt</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Regional session</source>
            <translation>Regio-overleg</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>Landelijke vergadering</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunt</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <source>Edited on two laptops</source>
            <translation>Op twee laptops bewerkt</translation>
        </message>
        <message>
            <source>These records were changed here and on another laptop since they last exchanged packages. This laptop's version stays in place until you choose; your choice travels with the next package.</source>
            <translation>Deze gegevens zijn hier én op een andere laptop gewijzigd sinds de laatste uitwisseling van pakketten. De versie van deze laptop blijft staan tot u kiest; uw keuze gaat mee met het volgende pakket.</translation>
        </message>
        <message>
            <source>Conflicts waiting for a decision</source>
            <translation>Conflicten die op een beslissing wachten</translation>
        </message>
        <message>
            <source>Both versions, field by field</source>
            <translation>Beide versies, veld voor veld</translation>
        </message>
        <message>
            <source>&amp;Keep this laptop's version</source>
            <translation>Versie van deze laptop &amp;houden</translation>
        </message>
        <message>
            <source>Keep this laptop's version</source>
            <translation>Versie van deze laptop houden</translation>
        </message>
        <message>
            <source>&amp;Take the incoming version</source>
            <translation>Binnengekomen versie &amp;overnemen</translation>
        </message>
        <message>
            <source>Take the incoming version</source>
            <translation>Binnengekomen versie overnemen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>No conflicts: nothing waits for a decision.</source>
            <translation>Geen conflicten: er wacht niets op een beslissing.</translation>
        </message>
        <message>
            <source>from {peer}, {date}</source>
            <translation>van {peer}, {date}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>On this laptop</source>
            <translation>Op deze laptop</translation>
        </message>
        <message>
            <source>Incoming from {peer}</source>
            <translation>Binnengekomen van {peer}</translation>
        </message>
        <message>
            <source>Not settled</source>
            <translation>Niet beslist</translation>
        </message>
        <message>
            <source>Kept this laptop's version of “{label}”.</source>
            <translation>De versie van deze laptop van “{label}” is behouden.</translation>
        </message>
        <message>
            <source>Took the incoming version of “{label}”.</source>
            <translation>De binnengekomen versie van “{label}” is overgenomen.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>This store already has the region '{name}'. Fill the demo into an empty store, for example with --data-dir pointing to a new folder.</source>
            <translation>Deze opslag heeft al de regio '{name}'. Zet de demo in een lege opslag, bijvoorbeeld met --data-dir naar een nieuwe map.</translation>
        </message>
        <message>
            <source>The store lacks the reference data the demo needs ({missing}).</source>
            <translation>De opslag mist de referentiegegevens die de demo nodig heeft ({missing}).</translation>
        </message>
        <message>
            <source>The store has no municipalities to attach concerns to.</source>
            <translation>De opslag heeft geen gemeenten om knelpunten aan te koppelen.</translation>
        </message>
        <message>
            <source>The number of concerns must be 0 or more, not {n}.</source>
            <translation>Het aantal knelpunten moet 0 of meer zijn, niet {n}.</translation>
        </message>
        <message>
            <source>The batch size must be 1 or more, not {n}.</source>
            <translation>De batchgrootte moet 1 of meer zijn, niet {n}.</translation>
        </message>
        <message>
            <source>The store is open read-only; concerns cannot be added.</source>
            <translation>De opslag is alleen-lezen geopend; er kunnen geen knelpunten worden toegevoegd.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Status: {status} · version {version}</source>
            <translation>Status: {status} · versie {version}</translation>
        </message>
        <message>
            <source>Core position</source>
            <translation>Kernstandpunt</translation>
        </message>
        <message>
            <source>Explanation and arguments</source>
            <translation>Toelichting en argumenten</translation>
        </message>
        <message>
            <source>Red lines</source>
            <translation>Rode lijnen</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandaat</translation>
        </message>
        <message>
            <source>Fallback position</source>
            <translation>Terugvalpositie</translation>
        </message>
        <message>
            <source>Minority note</source>
            <translation>Minderheidsstandpunt</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Gesprekspunten</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reactie</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>Under the region's rule this position can be adopted.</source>
            <translation>Volgens de regel van de regio kan dit standpunt worden vastgesteld.</translation>
        </message>
        <message>
            <source>Under the region's rule this position cannot be adopted yet:</source>
            <translation>Volgens de regel van de regio kan dit standpunt nog niet worden vastgesteld:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>no longer a member; not counted</source>
            <translation>geen deelnemer meer; telt niet mee</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Knelpunt</translation>
        </message>
        <message>
            <source>Breadth</source>
            <translation>Draagvlak</translation>
        </message>
        <message>
            <source>What became of it</source>
            <translation>Wat ermee is gebeurd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>[CONFIDENTIAL]</source>
            <translation>[VERTROUWELIJK]</translation>
        </message>
        <message>
            <source>Used for:</source>
            <translation>Gebruikt voor:</translation>
        </message>
        <message>
            <source>{count} mun.</source>
            <translation>{count} gem.</translation>
        </message>
        <message>
            <source>{count} inh.</source>
            <translation>{count} inw.</translation>
        </message>
        <message>
            <source>No outcome has been recorded yet.</source>
            <translation>Er is nog geen uitkomst vastgelegd.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>What it means for municipalities</source>
            <translation>Wat het betekent voor gemeenten</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Vervolg</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Evaluatiedatum</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>VERTROUWELIJK</translation>
        </message>
        <message>
            <source>Briefing pack {meeting}</source>
            <translation>Vergaderdossier {meeting}</translation>
        </message>
        <message>
            <source>Briefing pack of region {region} for {meeting} on {date}</source>
            <translation>Vergaderdossier van regio {region} voor {meeting} op {date}</translation>
        </message>
        <message>
            <source>Briefing pack · {date}</source>
            <translation>Vergaderdossier · {date}</translation>
        </message>
        <message>
            <source>{region} · version {version}</source>
            <translation>{region} · versie {version}</translation>
        </message>
        <message>
            <source>briefing pack</source>
            <translation>vergaderdossier</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Vergadering</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Afgevaardigde</translation>
        </message>
        <message>
            <source>Version of the pack</source>
            <translation>Versie van het dossier</translation>
        </message>
        <message>
            <source>Date of the pack</source>
            <translation>Datum van het dossier</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agendapunten</translation>
        </message>
        <message>
            <source>Briefing pack</source>
            <translation>Vergaderdossier</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad · {date} · {region}</source>
            <translation>Landelijk ICT Beraad · {date} · {region}</translation>
        </message>
        <message>
            <source>This pack contains confidential concerns. Do not pass it on; every page is marked CONFIDENTIAL.</source>
            <translation>Dit dossier bevat vertrouwelijke knelpunten. Geef het niet door; elke pagina is gemarkeerd als VERTROUWELIJK.</translation>
        </message>
        <message>
            <source>Intended for the delegate and the municipalities of the region. Concerns marked confidential are not included.</source>
            <translation>Bestemd voor de afgevaardigde en de gemeenten van de regio. Vertrouwelijke knelpunten zijn niet opgenomen.</translation>
        </message>
        <message>
            <source>On the agenda</source>
            <translation>Op de agenda</translation>
        </message>
        <message>
            <source>… and 1 more agenda item</source>
            <translation>… en nog 1 agendapunt</translation>
        </message>
        <message>
            <source>… and {count} more agenda items</source>
            <translation>… en nog {count} agendapunten</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunt</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Standpunt</translation>
        </message>
        <message>
            <source>Support (mun.)</source>
            <translation>Steun (gem.)</translation>
        </message>
        <message>
            <source>Support (inh.)</source>
            <translation>Steun (inw.)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Agenda item {number}</source>
            <translation>Agendapunt {number}</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Gevraagd door</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>Vraag vanuit landelijk</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>References</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <source>Regional position</source>
            <translation>Regionaal standpunt</translation>
        </message>
        <message>
            <source>The region has no position on this item yet.</source>
            <translation>De regio heeft nog geen standpunt over dit punt.</translation>
        </message>
        <message>
            <source>Support in the region</source>
            <translation>Steun in de regio</translation>
        </message>
        <message>
            <source>Responses of the municipalities</source>
            <translation>Reacties van de gemeenten</translation>
        </message>
        <message>
            <source>Supporting concerns</source>
            <translation>Onderbouwende knelpunten</translation>
        </message>
        <message>
            <source>Annex A · Open concerns by theme</source>
            <translation>Bijlage A · Openstaande knelpunten per thema</translation>
        </message>
        <message>
            <source>There are no open concerns.</source>
            <translation>Er zijn geen openstaande knelpunten.</translation>
        </message>
        <message>
            <source>Concerns not yet answered or closed, by theme, broadest first. Breadth counts the municipalities that raised or recognise a concern, and their inhabitants.</source>
            <translation>Knelpunten die nog niet beantwoord of afgesloten zijn, per thema, de breedst gedragen eerst. Draagvlak telt de gemeenten die een knelpunt inbrachten of herkennen, en hun inwoners.</translation>
        </message>
        <message>
            <source>{theme} ({count})</source>
            <translation>{theme} ({count})</translation>
        </message>
        <message>
            <source>Annex B · Attendance at regional sessions</source>
            <translation>Bijlage B · Aanwezigheid bij regio-overleggen</translation>
        </message>
        <message>
            <source>Sessions since the previous national meeting ({date}).</source>
            <translation>Overleggen sinds de vorige landelijke vergadering ({date}).</translation>
        </message>
        <message>
            <source>All recorded sessions.</source>
            <translation>Alle vastgelegde overleggen.</translation>
        </message>
        <message>
            <source>No sessions were held in this period.</source>
            <translation>In deze periode zijn geen overleggen gehouden.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>The table shows the latest {shown} of {total} sessions.</source>
            <translation>De tabel toont de laatste {shown} van {total} overleggen.</translation>
        </message>
        <message>
            <source>Annex C · Contacts</source>
            <translation>Bijlage C · Contactpersonen</translation>
        </message>
        <message>
            <source>No contacts recorded.</source>
            <translation>Geen contactpersonen vastgelegd.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>E-mail and phone</source>
            <translation>E-mail en telefoon</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Colofon</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Made with</source>
            <translation>Gemaakt met</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Opslag</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Opslag-id</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Confidential concerns included</source>
            <translation>Vertrouwelijke knelpunten opgenomen</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Weggelaten</translation>
        </message>
        <message>
            <source>1 concern marked confidential</source>
            <translation>1 vertrouwelijk knelpunt</translation>
        </message>
        <message>
            <source>{count} concerns marked confidential</source>
            <translation>{count} vertrouwelijke knelpunten</translation>
        </message>
        <message>
            <source>Anonymised concerns are shown without their municipality. Inhabitants per municipality: Bron: CBS. Shares are rounded for display; the adoption rule uses exact figures.</source>
            <translation>Geanonimiseerde knelpunten staan zonder hun gemeente. Inwoners per gemeente: Bron: CBS. Aandelen zijn afgerond weergegeven; de vaststellingsregel rekent met exacte getallen.</translation>
        </message>
        <message>
            <source>Municipalities ({count})</source>
            <translation>Gemeenten ({count})</translation>
        </message>
        <message>
            <source>Inhabitants ({count})</source>
            <translation>Inwoners ({count})</translation>
        </message>
        <message>
            <source>Regiostem · the regional voice for the Landelijk ICT Beraad</source>
            <translation>Regiostem · de regionale stem voor het Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>Pagina {page} van</translation>
        </message>
        <message>
            <source>Report-back {meeting} for {audience}</source>
            <translation>Terugkoppeling {meeting} voor {audience}</translation>
        </message>
        <message>
            <source>Outcome of {meeting} on {date} and what it means for {audience}</source>
            <translation>Uitkomst van {meeting} op {date} en wat die betekent voor {audience}</translation>
        </message>
        <message>
            <source>Report-back · {date}</source>
            <translation>Terugkoppeling · {date}</translation>
        </message>
        <message>
            <source>report-back</source>
            <translation>terugkoppeling</translation>
        </message>
        <message>
            <source>Made on {when} with Regiostem {version} from the store {store}. {sources}</source>
            <translation>Gemaakt op {when} met Regiostem {version} uit de opslag {store}. {sources}</translation>
        </message>
        <message>
            <source>Date of this report-back</source>
            <translation>Datum van deze terugkoppeling</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>{name} ({code}, {inhabitants} inhabitants)</source>
            <translation>{name} ({code}, {inhabitants} inwoners)</translation>
        </message>
        <message>
            <source>What the national meeting decided, how the region's position fared, and what became of the concerns your municipality raised.</source>
            <translation>Wat de landelijke vergadering besloot, hoe het standpunt van de regio is ontvangen, en wat er is geworden van de knelpunten die uw gemeente inbracht.</translation>
        </message>
        <message>
            <source>What the national meeting decided, how the region's position fared, and what it means for the municipalities of the region.</source>
            <translation>Wat de landelijke vergadering besloot, hoe het standpunt van de regio is ontvangen, en wat het betekent voor de gemeenten van de regio.</translation>
        </message>
        <message>
            <source>Report-back</source>
            <translation>Terugkoppeling</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>The region's position</source>
            <translation>Het standpunt van de regio</translation>
        </message>
        <message>
            <source>The region took no position on this item.</source>
            <translation>De regio heeft over dit punt geen standpunt ingenomen.</translation>
        </message>
        <message>
            <source>Core position ({status})</source>
            <translation>Kernstandpunt ({status})</translation>
        </message>
        <message>
            <source>Your municipality's response</source>
            <translation>De reactie van uw gemeente</translation>
        </message>
        <message>
            <source>Concerns behind this item</source>
            <translation>Knelpunten achter dit punt</translation>
        </message>
        <message>
            <source>The concerns of {name}</source>
            <translation>De knelpunten van {name}</translation>
        </message>
        <message>
            <source>Your municipality raised no concerns.</source>
            <translation>Uw gemeente heeft geen knelpunten ingebracht.</translation>
        </message>
        <message>
            <source>The one concern your municipality raised, with what became of it.</source>
            <translation>Het knelpunt dat uw gemeente inbracht, met wat ervan is geworden.</translation>
        </message>
        <message>
            <source>All {count} concerns your municipality raised, with what became of each.</source>
            <translation>Alle {count} knelpunten die uw gemeente inbracht, met wat er van elk is geworden.</translation>
        </message>
        <message>
            <source>1 concern marked confidential is not listed in this document.</source>
            <translation>1 vertrouwelijk knelpunt staat niet in dit document.</translation>
        </message>
        <message>
            <source>{count} concerns marked confidential are not listed in this document.</source>
            <translation>{count} vertrouwelijke knelpunten staan niet in dit document.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Make briefin&amp;g pack…</source>
            <translation>&amp;Vergaderdossier maken…</translation>
        </message>
        <message>
            <source>The PDF to take to the national meeting (Ctrl+P)</source>
            <translation>De PDF voor de landelijke vergadering (Ctrl+P)</translation>
        </message>
        <message>
            <source>Make &amp;report-back…</source>
            <translation>&amp;Terugkoppeling maken…</translation>
        </message>
        <message>
            <source>The outcome of a meeting for the region or one municipality</source>
            <translation>De uitkomst van een vergadering voor de regio of één gemeente</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Overview of the agenda</source>
            <translation>Overzicht van de agenda</translation>
        </message>
        <message>
            <source>Agenda items: position, support and responses</source>
            <translation>Agendapunten: standpunt, steun en reacties</translation>
        </message>
        <message>
            <source>Annex: open concerns by theme</source>
            <translation>Bijlage: openstaande knelpunten per thema</translation>
        </message>
        <message>
            <source>Annex: attendance at regional sessions</source>
            <translation>Bijlage: aanwezigheid bij regio-overleggen</translation>
        </message>
        <message>
            <source>Annex: contacts</source>
            <translation>Bijlage: contactpersonen</translation>
        </message>
        <message>
            <source>{path} is not a PDF file name; the name must end in .pdf.</source>
            <translation>{path} is geen naam voor een PDF-bestand; de naam moet eindigen op .pdf.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is een map, geen bestand.</translation>
        </message>
        <message>
            <source>{path} is read-only; choose another name or folder.</source>
            <translation>{path} is alleen-lezen; kies een andere naam of map.</translation>
        </message>
        <message>
            <source>You may not write in the folder {folder}; choose another folder.</source>
            <translation>U mag niet schrijven in de map {folder}; kies een andere map.</translation>
        </message>
        <message>
            <source>Briefing pack</source>
            <translation>Vergaderdossier</translation>
        </message>
        <message>
            <source>Report-back</source>
            <translation>Terugkoppeling</translation>
        </message>
        <message>
            <source>Collecting the data…</source>
            <translation>Gegevens verzamelen…</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Pagina's opmaken…</translation>
        </message>
    </context>
    <context>
        <name>DocumentExportDialog</name>
        <message>
            <source>{meeting} (next meeting)</source>
            <translation>{meeting} (volgende vergadering)</translation>
        </message>
        <message>
            <source>{meeting} (last held)</source>
            <translation>{meeting} (laatst gehouden)</translation>
        </message>
        <message>
            <source>There is no meeting of the Landelijk ICT Beraad yet. Plan one first under National meeting.</source>
            <translation>Er is nog geen vergadering van het Landelijk ICT Beraad. Plan er eerst een onder Landelijk Beraad.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Kies de vergadering.</translation>
        </message>
        <message>
            <source>Choose at least one part to include in the briefing pack.</source>
            <translation>Kies minstens één onderdeel voor het vergaderdossier.</translation>
        </message>
        <message>
            <source>The region has no member municipalities yet; choose the whole region.</source>
            <translation>De regio heeft nog geen deelnemende gemeenten; kies de hele regio.</translation>
        </message>
        <message>
            <source>This meeting has no agenda items yet; the document will have no agenda pages.</source>
            <translation>Deze vergadering heeft nog geen agendapunten; het document krijgt geen agendapagina's.</translation>
        </message>
        <message>
            <source>No outcome has been recorded for this meeting yet. The report-back will say so under every agenda item; record the outcomes first under National meeting.</source>
            <translation>Voor deze vergadering is nog geen uitkomst vastgelegd. De terugkoppeling meldt dat bij elk agendapunt; leg de uitkomsten eerst vast onder Landelijk Beraad.</translation>
        </message>
        <message>
            <source>No outcome has been recorded yet for {missing} of the {items} agenda items; the report-back will say so under those items.</source>
            <translation>Voor {missing} van de {items} agendapunten is nog geen uitkomst vastgelegd; de terugkoppeling meldt dat bij die punten.</translation>
        </message>
        <message>
            <source>Agenda items: {items} · outcomes recorded: {outcomes}</source>
            <translation>Agendapunten: {items} · uitkomsten vastgelegd: {outcomes}</translation>
        </message>
        <message>
            <source>Confidential concerns will be printed, and every page will say {marking}. Share this document only with people who may read it.</source>
            <translation>Vertrouwelijke knelpunten worden afgedrukt en op elke pagina staat {marking}. Deel dit document alleen met mensen die het mogen lezen.</translation>
        </message>
        <message>
            <source>Make the briefing pack</source>
            <translation>Het vergaderdossier maken</translation>
        </message>
        <message>
            <source>The briefing pack is the PDF you take to the meeting: per agenda item the region's position, the support among the municipalities and each municipality's response.</source>
            <translation>Het vergaderdossier is de PDF die u meeneemt naar de vergadering: per agendapunt het standpunt van de regio, de steun onder de gemeenten en de reactie van elke gemeente.</translation>
        </message>
        <message>
            <source>&amp;Save briefing pack as PDF…</source>
            <translation>Vergaderdossier als PDF op&amp;slaan…</translation>
        </message>
        <message>
            <source>Make the report-back</source>
            <translation>De terugkoppeling maken</translation>
        </message>
        <message>
            <source>The report-back tells after the meeting what was decided per agenda item and what it means, for the whole region or for one municipality with what became of its own concerns.</source>
            <translation>De terugkoppeling vertelt na de vergadering wat er per agendapunt is besloten en wat dat betekent, voor de hele regio of voor één gemeente met wat er van haar eigen knelpunten is geworden.</translation>
        </message>
        <message>
            <source>&amp;Save report-back as PDF…</source>
            <translation>Terugkoppeling als PDF op&amp;slaan…</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Vergadering:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>Voor:</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>Onderdelen:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>Confidentiality:</source>
            <translation>Vertrouwelijkheid:</translation>
        </message>
        <message>
            <source>&amp;Briefing pack</source>
            <translation>Vergader&amp;dossier</translation>
        </message>
        <message>
            <source>Briefing pack, for the meeting</source>
            <translation>Vergaderdossier, voor de vergadering</translation>
        </message>
        <message>
            <source>&amp;Report-back</source>
            <translation>Terug&amp;koppeling</translation>
        </message>
        <message>
            <source>Report-back, after the meeting</source>
            <translation>Terugkoppeling, na de vergadering</translation>
        </message>
        <message>
            <source>The &amp;whole region</source>
            <translation>De &amp;hele regio</translation>
        </message>
        <message>
            <source>Report-back for the whole region</source>
            <translation>Terugkoppeling voor de hele regio</translation>
        </message>
        <message>
            <source>One m&amp;unicipality:</source>
            <translation>Eén &amp;gemeente:</translation>
        </message>
        <message>
            <source>Report-back for one municipality</source>
            <translation>Terugkoppeling voor één gemeente</translation>
        </message>
        <message>
            <source>&amp;Include confidential concerns</source>
            <translation>Vertrouwelijke knelpunten &amp;opnemen</translation>
        </message>
        <message>
            <source>Include concerns marked confidential</source>
            <translation>Knelpunten die vertrouwelijk zijn opnemen</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Vergadering</translation>
        </message>
        <message>
            <source>Municipality for the report-back</source>
            <translation>Gemeente voor de terugkoppeling</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Taal van het document</translation>
        </message>
        <message>
            <source>Off by default: concerns marked confidential are left out of every document.</source>
            <translation>Standaard uit: vertrouwelijke knelpunten blijven uit elk document.</translation>
        </message>
        <message>
            <source>Include: {part}</source>
            <translation>Opnemen: {part}</translation>
        </message>
        <message>
            <source>The cover, the contents and the colophon are always included.</source>
            <translation>Het voorblad, de inhoudsopgave en het colofon zitten er altijd in.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>Voor&amp;beeld tonen</translation>
        </message>
        <message>
            <source>Show the document in the preview</source>
            <translation>Het document in het voorbeeld tonen</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>&amp;Map openen</translation>
        </message>
        <message>
            <source>Open the folder that holds the document</source>
            <translation>Open de map met het document</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-documenten (*.pdf)</translation>
        </message>
        <message>
            <source>Nothing was saved. {problem}</source>
            <translation>Er is niets opgeslagen. {problem}</translation>
        </message>
        <message>
            <source>Making the briefing pack…</source>
            <translation>Vergaderdossier maken…</translation>
        </message>
        <message>
            <source>Making the report-back…</source>
            <translation>Terugkoppeling maken…</translation>
        </message>
        <message>
            <source>Saved as {name} ({pages} pages).</source>
            <translation>Opgeslagen als {name} ({pages} pagina's).</translation>
        </message>
        <message>
            <source>Confidential concerns left out: {count}.</source>
            <translation>Weggelaten vertrouwelijke knelpunten: {count}.</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Opgeslagen: {path}</translation>
        </message>
        <message>
            <source>The document was not saved: {path} could not be written ({error}).</source>
            <translation>Het document is niet opgeslagen: {path} kon niet worden geschreven ({error}).</translation>
        </message>
        <message>
            <source>The document was not made: {error}</source>
            <translation>Het document is niet gemaakt: {error}</translation>
        </message>
        <message>
            <source>The document was not made because of an unexpected error; nothing was saved.</source>
            <translation>Het document is door een onverwachte fout niet gemaakt; er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Geannuleerd. Er is niets opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>a municipality in the region</source>
            <translation>een gemeente in de regio</translation>
        </message>
        <message>
            <source>There is no coming national meeting; plan one first or give its id.</source>
            <translation>Er is geen komende landelijke vergadering; plan er eerst een of geef het id.</translation>
        </message>
        <message>
            <source>No national meeting has been held yet; give the meeting's id.</source>
            <translation>Er is nog geen landelijke vergadering gehouden; geef het id van de vergadering.</translation>
        </message>
        <message>
            <source>(no region defined)</source>
            <translation>(geen regio vastgelegd)</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>Geen thema</translation>
        </message>
        <message>
            <source>Inhabitants per municipality: {credit} (2024).</source>
            <translation>Inwoners per gemeente: {credit} (2024).</translation>
        </message>
        <message>
            <source>Merged into another concern.</source>
            <translation>Samengevoegd in een ander knelpunt.</translation>
        </message>
        <message>
            <source>Merged into '{title}'.</source>
            <translation>Samengevoegd in '{title}'.</translation>
        </message>
        <message>
            <source>Discussed under agenda item {number}.</source>
            <translation>Besproken onder agendapunt {number}.</translation>
        </message>
    </context>
    <context>
        <name>DropHandler</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>{files}: Regiostem cannot import this. It imports {accepted}.</source>
            <translation>{files}: Regiostem kan dit niet importeren. Het importeert {accepted}.</translation>
        </message>
        <message>
            <source>Drop one file at a time; {file} is opened first.</source>
            <translation>Sleep één bestand tegelijk; {file} wordt eerst geopend.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error</source>
            <translation>Onverwachte fout</translation>
        </message>
        <message>
            <source>Regiostem ran into an unexpected error: {error}

Your work has been saved and you can carry on.</source>
            <translation>Regiostem stuitte op een onverwachte fout: {error}

Uw werk is opgeslagen en u kunt verder werken.</translation>
        </message>
        <message>
            <source>Details are in the log file: {path}</source>
            <translation>Details staan in het logbestand: {path}</translation>
        </message>
        <message>
            <source>No log file is kept for this run.</source>
            <translation>Er wordt deze keer geen logbestand bijgehouden.</translation>
        </message>
        <message>
            <source>The error happened once more.</source>
            <translation>De fout deed zich nog 1 keer voor.</translation>
        </message>
        <message>
            <source>The error happened {n} more times.</source>
            <translation>De fout deed zich nog {n} keer voor.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTab</name>
        <message>
            <source>The concerns this position relies on. Say per concern which paragraph of the position relies on it, so every claim can be traced to what municipalities reported.</source>
            <translation>De knelpunten waarop dit standpunt steunt. Geef per knelpunt aan welke alinea van het standpunt erop steunt, zodat elke bewering te herleiden is tot wat gemeenten meldden.</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Knelpunt</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Paragraph relying on it</source>
            <translation>Alinea die erop steunt</translation>
        </message>
        <message>
            <source>Evidence: linked concerns</source>
            <translation>Onderbouwing: gekoppelde knelpunten</translation>
        </message>
        <message>
            <source>&amp;Link concerns…</source>
            <translation>Knelpunten &amp;koppelen…</translation>
        </message>
        <message>
            <source>Link concerns</source>
            <translation>Knelpunten koppelen</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>O&amp;ntkoppelen</translation>
        </message>
        <message>
            <source>Unlink the selected concern</source>
            <translation>Het gekozen knelpunt ontkoppelen</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The column '{name}' appears twice in the header.</source>
            <translation>De kolom '{name}' staat twee keer in de kopregel.</translation>
        </message>
        <message>
            <source>Required column missing: {names}. Expected columns: {expected}.</source>
            <translation>Verplichte kolom ontbreekt: {names}. Verwachte kolommen: {expected}.</translation>
        </message>
        <message>
            <source>The package asks for unreasonable key-derivation settings (n=2^{log2_n}, r={r}, p={p}); it was not made by Regiostem or it was altered.</source>
            <translation>Het pakket vraagt onredelijke instellingen voor sleutelafleiding (n=2^{log2_n}, r={r}, p={p}); het is niet door Regiostem gemaakt of het is gewijzigd.</translation>
        </message>
        <message>
            <source>The passphrase is empty.</source>
            <translation>De wachtwoordzin is leeg.</translation>
        </message>
        <message>
            <source>The file is not a Regiostem exchange package.</source>
            <translation>Het bestand is geen uitwisselpakket van Regiostem.</translation>
        </message>
        <message>
            <source>The package is incomplete (cut off).</source>
            <translation>Het pakket is onvolledig (afgebroken).</translation>
        </message>
        <message>
            <source>The package has format {version}, which this version of Regiostem cannot read.</source>
            <translation>Het pakket heeft formaat {version}, dat deze versie van Regiostem niet kan lezen.</translation>
        </message>
        <message>
            <source>Wrong passphrase: this package was sealed with another exchange passphrase.</source>
            <translation>Verkeerde wachtwoordzin: dit pakket is verzegeld met een andere wachtwoordzin.</translation>
        </message>
        <message>
            <source>The package is damaged or was altered after it was made; nothing was imported.</source>
            <translation>Het pakket is beschadigd of na het maken gewijzigd; er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>een gemeente in de regio</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: contains confidential concerns</source>
            <translation>VERTROUWELIJK: bevat vertrouwelijke knelpunten</translation>
        </message>
        <message>
            <source>Cannot export to '{name}': choose a .csv or .xlsx file.</source>
            <translation>Kan niet exporteren naar '{name}': kies een .csv- of .xlsx-bestand.</translation>
        </message>
        <message>
            <source>Confidential concerns are exported only when you include them explicitly.</source>
            <translation>Vertrouwelijke knelpunten worden alleen geëxporteerd als u ze uitdrukkelijk meeneemt.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>The file cannot be read: {error}</source>
            <translation>Het bestand kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>(1 more problem)</source>
            <translation>(en nog 1 probleem)</translation>
        </message>
        <message>
            <source>({count} more problems)</source>
            <translation>(en nog {count} problemen)</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>{file}: row {row}: {message}</source>
            <translation>{file}: rij {row}: {message}</translation>
        </message>
        <message>
            <source>{file}: row {row}, column {column}: {message}</source>
            <translation>{file}: rij {row}, kolom {column}: {message}</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write dd-mm-jjjj or jjjj-mm-dd.</source>
            <translation>'{value}' is geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid id.</source>
            <translation>'{value}' is geen geldig id.</translation>
        </message>
        <message>
            <source>The file has no rows below the header.</source>
            <translation>Het bestand heeft geen rijen onder de kopregel.</translation>
        </message>
        <message>
            <source>The store changed since the check; check again.</source>
            <translation>De opslag is sinds de controle gewijzigd; controleer opnieuw.</translation>
        </message>
        <message>
            <source>The intake workbook is an .xlsx file; '{name}' is not.</source>
            <translation>De invulwerkmap is een .xlsx-bestand; '{name}' niet.</translation>
        </message>
        <message>
            <source>This system has no keyring to remember the exchange key; the passphrase is asked each time.</source>
            <translation>Dit systeem heeft geen sleutelbos om de uitwisselsleutel te onthouden; de wachtwoordzin wordt elke keer gevraagd.</translation>
        </message>
        <message>
            <source>No known column header found; expected columns such as {names}.</source>
            <translation>Geen bekende kolomkop gevonden; verwacht werden kolommen zoals {names}.</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but is not (byte {position}).</source>
            <translation>Het bestand zegt UTF-8 te zijn, maar is dat niet (byte {position}).</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not (byte {position}).</source>
            <translation>Het bestand zegt UTF-16 te zijn, maar is dat niet (byte {position}).</translation>
        </message>
        <message>
            <source>This is not a text (CSV) file.</source>
            <translation>Dit is geen tekstbestand (CSV).</translation>
        </message>
        <message>
            <source>Row {row} cannot be read as CSV: {error}</source>
            <translation>Rij {row} is niet als CSV te lezen: {error}</translation>
        </message>
        <message>
            <source>The file is not a readable Excel workbook (.xlsx); it may be damaged or incomplete ({error}).</source>
            <translation>Het bestand is geen leesbare Excel-werkmap (.xlsx); het is misschien beschadigd of onvolledig ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Het bestand is leeg.</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read; save the file as .xlsx or .csv.</source>
            <translation>Oude Excel-bestanden (.xls) zijn niet te lezen; sla het bestand op als .xlsx of .csv.</translation>
        </message>
        <message>
            <source>no workbook inside</source>
            <translation>geen werkmap erin</translation>
        </message>
        <message>
            <source>Choose which version to keep: {choices}.</source>
            <translation>Kies welke versie blijft: {choices}.</translation>
        </message>
        <message>
            <source>There is no conflict with id {id}.</source>
            <translation>Er is geen conflict met id {id}.</translation>
        </message>
        <message>
            <source>This conflict was already settled ({resolution}).</source>
            <translation>Over dit conflict is al beslist ({resolution}).</translation>
        </message>
        <message>
            <source>Records of kind '{entity}' cannot be settled here.</source>
            <translation>Gegevens van de soort '{entity}' kunnen hier niet worden beslist.</translation>
        </message>
        <message>
            <source>The record of this conflict no longer exists.</source>
            <translation>De gegevens van dit conflict bestaan niet meer.</translation>
        </message>
        <message>
            <source>The other version refers to a record this store no longer has.</source>
            <translation>De andere versie verwijst naar gegevens die deze opslag niet meer heeft.</translation>
        </message>
        <message>
            <source>The exchange passphrase is needed: give --passphrase-file FILE or set DELEGATE_APP_PASSPHRASE.</source>
            <translation>De wachtwoordzin voor uitwisseling is nodig: geef --passphrase-file BESTAND of zet DELEGATE_APP_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The exchange passphrase must be at least {count} characters long.</source>
            <translation>De wachtwoordzin voor uitwisseling moet minstens {count} tekens lang zijn.</translation>
        </message>
        <message>
            <source>The package is not a valid Regiostem package ({detail}).</source>
            <translation>Het pakket is geen geldig Regiostem-pakket ({detail}).</translation>
        </message>
        <message>
            <source>Unknown scope '{scope}'; choose {choices}.</source>
            <translation>Onbekende reikwijdte '{scope}'; kies {choices}.</translation>
        </message>
        <message>
            <source>Unknown municipality code '{code}'.</source>
            <translation>Onbekende gemeentecode '{code}'.</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>te groot</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>onbekend formaat</translation>
        </message>
        <message>
            <source>The package was made by a newer version of Regiostem (format {version}, schema {schema}); install that version to import it.</source>
            <translation>Het pakket is gemaakt door een nieuwere versie van Regiostem (formaat {version}, schema {schema}); installeer die versie om het te importeren.</translation>
        </message>
        <message>
            <source>unknown table {name}</source>
            <translation>onbekende tabel {name}</translation>
        </message>
        <message>
            <source>columns of {name}</source>
            <translation>kolommen van {name}</translation>
        </message>
        <message>
            <source>The package's {table} records do not fit this store: {error}</source>
            <translation>De {table}-gegevens van het pakket passen niet in deze opslag: {error}</translation>
        </message>
        <message>
            <source>The package refers to records it does not contain ({table} refers to {parent}).</source>
            <translation>Het pakket verwijst naar gegevens die het niet bevat ({table} verwijst naar {parent}).</translation>
        </message>
        <message>
            <source>This package was made from this same store; there is nothing to import.</source>
            <translation>Dit pakket is gemaakt uit deze opslag zelf; er is niets te importeren.</translation>
        </message>
        <message>
            <source>This store has no id; run 'check' on it.</source>
            <translation>Deze opslag heeft geen id; voer er 'check' op uit.</translation>
        </message>
        <message>
            <source>A package file ends in {suffix}; '{name}' does not.</source>
            <translation>Een pakketbestand eindigt op {suffix}; '{name}' niet.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>Import concerns from an Excel workbook, a CSV file or a package</source>
            <translation>Knelpunten importeren uit een Excel-werkmap, een CSV-bestand of een pakket</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Export the concerns as filtered in the register</source>
            <translation>De knelpunten exporteren zoals gefilterd in het register</translation>
        </message>
        <message>
            <source>Save intake &amp;template…</source>
            <translation>Invulsjabl&amp;oon opslaan…</translation>
        </message>
        <message>
            <source>The Excel workbook municipal staff fill in</source>
            <translation>De Excel-werkmap die gemeentelijke medewerkers invullen</translation>
        </message>
        <message>
            <source>Export &amp;package…</source>
            <translation>&amp;Pakket exporteren…</translation>
        </message>
        <message>
            <source>An encrypted package for another laptop</source>
            <translation>Een versleuteld pakket voor een andere laptop</translation>
        </message>
        <message>
            <source>Import pa&amp;ckage…</source>
            <translation>Pakket i&amp;mporteren…</translation>
        </message>
        <message>
            <source>Merge a package from another laptop</source>
            <translation>Een pakket van een andere laptop samenvoegen</translation>
        </message>
        <message>
            <source>Con&amp;flicts…</source>
            <translation>Con&amp;flicten…</translation>
        </message>
        <message>
            <source>Records edited on two laptops, waiting for your decision</source>
            <translation>Gegevens die op twee laptops zijn bewerkt en op uw beslissing wachten</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFiles</name>
        <message>
            <source>an Excel workbook (.xlsx), a CSV file (.csv) or a Regiostem package (.regiostem)</source>
            <translation>een Excel-werkmap (.xlsx), een CSV-bestand (.csv) of een Regiostem-pakket (.regiostem)</translation>
        </message>
        <message>
            <source>Regiostem package (*.regiostem)</source>
            <translation>Regiostem-pakket (*.regiostem)</translation>
        </message>
        <message>
            <source>Concerns or package (*.xlsx *.csv *.txt *.regiostem)</source>
            <translation>Knelpunten of pakket (*.xlsx *.csv *.txt *.regiostem)</translation>
        </message>
        <message>
            <source>Excel workbook or CSV (*.xlsx *.csv *.txt)</source>
            <translation>Excel-werkmap of CSV (*.xlsx *.csv *.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>searching for “{text}”</source>
            <translation>zoekend naar “{text}”</translation>
        </message>
        <message>
            <source>theme {name}</source>
            <translation>thema {name}</translation>
        </message>
        <message>
            <source>municipality {name}</source>
            <translation>gemeente {name}</translation>
        </message>
        <message>
            <source>status {name}</source>
            <translation>status {name}</translation>
        </message>
        <message>
            <source>confidentiality {name}</source>
            <translation>vertrouwelijkheid {name}</translation>
        </message>
        <message>
            <source>merged concerns included</source>
            <translation>samengevoegde knelpunten opgenomen</translation>
        </message>
        <message>
            <source>Export concerns</source>
            <translation>Knelpunten exporteren</translation>
        </message>
        <message>
            <source>The concerns as filtered in the register: {filter}.</source>
            <translation>De knelpunten zoals gefilterd in het register: {filter}.</translation>
        </message>
        <message>
            <source>All concerns in the store (the register shows no filter).</source>
            <translation>Alle knelpunten in de opslag (het register toont geen filter).</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <source>&amp;CSV for Excel (.csv)</source>
            <translation>&amp;CSV voor Excel (.csv)</translation>
        </message>
        <message>
            <source>CSV for Excel</source>
            <translation>CSV voor Excel</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation>E&amp;xcel-werkmap (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel-werkmap</translation>
        </message>
        <message>
            <source>&amp;Include confidential concerns ({count})</source>
            <translation>&amp;Vertrouwelijke knelpunten opnemen ({count})</translation>
        </message>
        <message>
            <source>Include confidential concerns</source>
            <translation>Vertrouwelijke knelpunten opnemen</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>1 concern will be written.</source>
            <translation>Er wordt 1 knelpunt geschreven.</translation>
        </message>
        <message>
            <source>{count} concerns will be written.</source>
            <translation>Er worden {count} knelpunten geschreven.</translation>
        </message>
        <message>
            <source>1 confidential one stays out unless you include it.</source>
            <translation>1 vertrouwelijk knelpunt blijft eruit, tenzij u het opneemt.</translation>
        </message>
        <message>
            <source>{count} confidential ones stay out unless you include them.</source>
            <translation>{count} vertrouwelijke blijven eruit, tenzij u ze opneemt.</translation>
        </message>
        <message>
            <source>The file will hold confidential concerns. Share it only with people allowed to read them; an Excel workbook says so on every printed page.</source>
            <translation>Het bestand gaat vertrouwelijke knelpunten bevatten. Deel het alleen met mensen die ze mogen lezen; een Excel-werkmap vermeldt dat op elke afgedrukte pagina.</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV voor Excel (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>concerns-{date}</source>
            <translation>knelpunten-{date}</translation>
        </message>
        <message>
            <source>Exporting concerns to {file}…</source>
            <translation>Knelpunten exporteren naar {file}…</translation>
        </message>
        <message>
            <source>1 concern written to {path}.</source>
            <translation>1 knelpunt geschreven naar {path}.</translation>
        </message>
        <message>
            <source>{count} concerns written to {path}.</source>
            <translation>{count} knelpunten geschreven naar {path}.</translation>
        </message>
        <message>
            <source>The file holds 1 confidential concern.</source>
            <translation>Het bestand bevat 1 vertrouwelijk knelpunt.</translation>
        </message>
        <message>
            <source>The file holds {count} confidential concerns.</source>
            <translation>Het bestand bevat {count} vertrouwelijke knelpunten.</translation>
        </message>
        <message>
            <source>Export done</source>
            <translation>Export klaar</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Niet geëxporteerd</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search title, description, municipality…  (Ctrl+F)</source>
            <translation>Zoek in titel, omschrijving, gemeente…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>Alle thema's</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Alle gemeenten</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Elke status</translation>
        </message>
        <message>
            <source>Any confidentiality</source>
            <translation>Elke vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Show merged</source>
            <translation>Samengevoegde tonen</translation>
        </message>
        <message>
            <source>Also list concerns that were merged into another one</source>
            <translation>Toon ook knelpunten die in een ander zijn samengevoegd</translation>
        </message>
        <message>
            <source>Show deleted</source>
            <translation>Verwijderde tonen</translation>
        </message>
        <message>
            <source>Also list deleted concerns, to restore them</source>
            <translation>Toon ook verwijderde knelpunten, om ze te herstellen</translation>
        </message>
        <message>
            <source>Search concerns</source>
            <translation>Knelpunten zoeken</translation>
        </message>
        <message>
            <source>Filter by theme</source>
            <translation>Filteren op thema</translation>
        </message>
        <message>
            <source>Filter by municipality</source>
            <translation>Filteren op gemeente</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filteren op status</translation>
        </message>
        <message>
            <source>Filter by confidentiality</source>
            <translation>Filteren op vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Show merged concerns</source>
            <translation>Samengevoegde knelpunten tonen</translation>
        </message>
        <message>
            <source>Show deleted concerns</source>
            <translation>Verwijderde knelpunten tonen</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Set up Regiostem</source>
            <translation>Regiostem instellen</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Controleer dit</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>&amp;Language of the interface:</source>
            <translation>&amp;Taal van de interface:</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>Taal van de interface</translation>
        </message>
        <message>
            <source>Documents (briefing pack, report-back) can be made in either language when you create them.</source>
            <translation>Documenten (vergaderdossier, terugkoppeling) kunt u bij het maken in beide talen laten opstellen.</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Over uzelf</translation>
        </message>
        <message>
            <source>Your name is recorded with the changes you make.</source>
            <translation>Uw naam wordt vastgelegd bij de wijzigingen die u maakt.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <source>&amp;Your role:</source>
            <translation>&amp;Uw rol:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Uw rol</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Uw e-mailadres</translation>
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <source>Support</source>
            <translation>Steun</translation>
        </message>
        <message>
            <source>Support with reservation</source>
            <translation>Steun met voorbehoud</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutraal</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Bezwaar</translation>
        </message>
        <message>
            <source>No response</source>
            <translation>Geen reactie</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a package</source>
            <translation>Een pakket importeren</translation>
        </message>
        <message>
            <source>Import concerns</source>
            <translation>Knelpunten importeren</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Bestand om te importeren</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>Geen bestand gekozen</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Kiezen…</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Kies een bestand om te importeren</translation>
        </message>
        <message>
            <source>Choose a Regiostem package (.regiostem), or drop it on the main window.</source>
            <translation>Kies een Regiostem-pakket (.regiostem), of sleep het naar het hoofdvenster.</translation>
        </message>
        <message>
            <source>Choose an Excel workbook (.xlsx), a CSV file or a Regiostem package, or drop it on the main window. You see what will be imported before anything is stored.</source>
            <translation>Kies een Excel-werkmap (.xlsx), een CSV-bestand of een Regiostem-pakket, of sleep het naar het hoofdvenster. U ziet wat er wordt geïmporteerd voordat er iets wordt opgeslagen.</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Rijen van het bestand</translation>
        </message>
        <message>
            <source>Show only &amp;problems and likely duplicates</source>
            <translation>Alleen &amp;problemen en waarschijnlijke dubbelingen tonen</translation>
        </message>
        <message>
            <source>Show only problems and likely duplicates</source>
            <translation>Alleen problemen en waarschijnlijke dubbelingen tonen</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>{file}: this is not a file Regiostem can import; choose {accepted}.</source>
            <translation>{file}: dit is geen bestand dat Regiostem kan importeren; kies {accepted}.</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>{file} openen…</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} controleren…</translation>
        </message>
        <message>
            <source>Checking the file was cancelled; nothing was imported.</source>
            <translation>Het controleren van het bestand is geannuleerd; er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>1 problem: nothing is imported until the file is corrected: {first}</source>
            <translation>1 probleem: er wordt niets geïmporteerd tot het bestand is verbeterd: {first}</translation>
        </message>
        <message>
            <source>{count} problems: nothing is imported until the file is corrected. First: {first}</source>
            <translation>{count} problemen: er wordt niets geïmporteerd tot het bestand is verbeterd. Eerste: {first}</translation>
        </message>
        <message>
            <source>{count} look like concerns the store already holds (marked); check them.</source>
            <translation>{count} lijken op knelpunten die al in de opslag staan (gemarkeerd); controleer ze.</translation>
        </message>
        <message>
            <source>{count} come from municipalities outside the region.</source>
            <translation>{count} komen van gemeenten buiten de regio.</translation>
        </message>
        <message>
            <source>Columns ignored: {names}.</source>
            <translation>Genegeerde kolommen: {names}.</translation>
        </message>
        <message>
            <source>{file}: new concerns: {new}; already in the store: {present}.</source>
            <translation>{file}: nieuwe knelpunten: {new}; al in de opslag: {present}.</translation>
        </message>
        <message>
            <source>1 looks like a concern the store already holds (marked); check it.</source>
            <translation>1 lijkt op een knelpunt dat al in de opslag staat (gemarkeerd); controleer het.</translation>
        </message>
        <message>
            <source>There is nothing new to import.</source>
            <translation>Er is niets nieuws om te importeren.</translation>
        </message>
        <message>
            <source>{file} is opened and checked. Importing merges it: new records are added, records edited on both laptops stay as they are here and are listed under Conflicts.</source>
            <translation>{file} is geopend en gecontroleerd. Importeren voegt het samen: nieuwe gegevens worden toegevoegd, gegevens die op beide laptops zijn bewerkt blijven zoals ze hier zijn en staan onder Conflicten.</translation>
        </message>
        <message>
            <source>The package was not opened; nothing was imported.</source>
            <translation>Het pakket is niet geopend; er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>Importing {count} concerns…</source>
            <translation>{count} knelpunten importeren…</translation>
        </message>
        <message>
            <source>Importing 1 concern…</source>
            <translation>1 knelpunt importeren…</translation>
        </message>
        <message>
            <source>1 concern imported from {file}.</source>
            <translation>1 knelpunt geïmporteerd uit {file}.</translation>
        </message>
        <message>
            <source>{count} concerns imported from {file}.</source>
            <translation>{count} knelpunten geïmporteerd uit {file}.</translation>
        </message>
        <message>
            <source>1 was already in the store.</source>
            <translation>1 stond al in de opslag.</translation>
        </message>
        <message>
            <source>{count} were already in the store.</source>
            <translation>{count} stonden al in de opslag.</translation>
        </message>
        <message>
            <source>1 comes from a municipality outside the region.</source>
            <translation>1 komt van een gemeente buiten de regio.</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Niets geïmporteerd</translation>
        </message>
        <message>
            <source>1 record was edited on both laptops. It stays as it is here until you decide. Review it now?</source>
            <translation>1 record is op beide laptops bewerkt. Het blijft zoals het hier is tot u beslist. Nu bekijken?</translation>
        </message>
        <message>
            <source>{count} records were edited on both laptops. They stay as they are here until you decide. Review them now?</source>
            <translation>{count} records zijn op beide laptops bewerkt. Ze blijven zoals ze hier zijn tot u beslist. Nu bekijken?</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Import klaar</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <source>This store is open read-only; nothing can be imported.</source>
            <translation>Deze opslag is alleen-lezen geopend; er kan niets worden geïmporteerd.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>Concerns for region {region}</source>
            <translation>Knelpunten voor regio {region}</translation>
        </message>
        <message>
            <source>Concerns for the region</source>
            <translation>Knelpunten voor de regio</translation>
        </message>
        <message>
            <source>Fill in one concern per row on the sheet '{sheet}'. Do not change the first row.</source>
            <translation>Vul één knelpunt per rij in op het blad '{sheet}'. Wijzig de eerste rij niet.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Columns marked as required must be filled in; the others may stay empty.</source>
            <translation>Verplichte kolommen moeten worden ingevuld; de andere mogen leeg blijven.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>What to fill in</source>
            <translation>Wat u invult</translation>
        </message>
        <message>
            <source>Required. The municipality raising the concern: choose from the list, or type its name or its CBS code (e.g. GM0344).</source>
            <translation>Verplicht. De gemeente die het knelpunt inbrengt: kies uit de lijst, of typ haar naam of CBS-code (bijvoorbeeld GM0344).</translation>
        </message>
        <message>
            <source>The list holds the region's municipalities; a neighbouring municipality may be typed too.</source>
            <translation>De lijst bevat de gemeenten van de regio; een buurgemeente mag u ook typen.</translation>
        </message>
        <message>
            <source>Required. A short title (at most 300 characters).</source>
            <translation>Verplicht. Een korte titel (hoogstens 300 tekens).</translation>
        </message>
        <message>
            <source>Required. What goes wrong, for whom, since when, and what it costs the municipality.</source>
            <translation>Verplicht. Wat gaat er mis, voor wie, sinds wanneer, en wat kost het de gemeente.</translation>
        </message>
        <message>
            <source>Optional. Choose a theme from the list.</source>
            <translation>Optioneel. Kies een thema uit de lijst.</translation>
        </message>
        <message>
            <source>Optional. 1 (can wait) to 5 (very urgent); 3 if left empty.</source>
            <translation>Optioneel. 1 (kan wachten) tot 5 (zeer urgent); 3 als het leeg blijft.</translation>
        </message>
        <message>
            <source>Optional. 1 (small) to 5 (very large); 3 if left empty.</source>
            <translation>Optioneel. 1 (klein) tot 5 (zeer groot); 3 als het leeg blijft.</translation>
        </message>
        <message>
            <source>Optional. openbaar (public), regio (only within the region; the default) or vertrouwelijk (confidential: only shared when the delegate decides so explicitly).</source>
            <translation>Optioneel. openbaar, regio (alleen binnen de regio; de standaard) of vertrouwelijk (alleen gedeeld als de afgevaardigde daar uitdrukkelijk voor kiest).</translation>
        </message>
        <message>
            <source>Optional. Your name, so the delegate can ask you about it.</source>
            <translation>Optioneel. Uw naam, zodat de afgevaardigde u ernaar kan vragen.</translation>
        </message>
        <message>
            <source>Optional. The date, as dd-mm-jjjj.</source>
            <translation>Optioneel. De datum, als dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>Save the file as .xlsx (or as CSV) and send it to the delegate.</source>
            <translation>Sla het bestand op als .xlsx (of als CSV) en stuur het naar de afgevaardigde.</translation>
        </message>
        <message>
            <source>Importing the same file twice adds nothing twice.</source>
            <translation>Hetzelfde bestand twee keer importeren voegt niets dubbel toe.</translation>
        </message>
        <message>
            <source>This municipality is not on the list of the region. Keep it anyway?</source>
            <translation>Deze gemeente staat niet op de lijst van de regio. Toch behouden?</translation>
        </message>
        <message>
            <source>Choose the municipality, or type its name or GM code.</source>
            <translation>Kies de gemeente, of typ haar naam of GM-code.</translation>
        </message>
        <message>
            <source>Choose a theme from the list.</source>
            <translation>Kies een thema uit de lijst.</translation>
        </message>
        <message>
            <source>Choose a theme.</source>
            <translation>Kies een thema.</translation>
        </message>
        <message>
            <source>Fill in a whole number from 1 to 5.</source>
            <translation>Vul een geheel getal van 1 tot en met 5 in.</translation>
        </message>
        <message>
            <source>1 (low) to 5 (high).</source>
            <translation>1 (laag) tot 5 (hoog).</translation>
        </message>
        <message>
            <source>Choose openbaar, regio or vertrouwelijk.</source>
            <translation>Kies openbaar, regio of vertrouwelijk.</translation>
        </message>
        <message>
            <source>openbaar, regio or vertrouwelijk.</source>
            <translation>openbaar, regio of vertrouwelijk.</translation>
        </message>
        <message>
            <source>Fill in a date as dd-mm-jjjj.</source>
            <translation>Vul een datum in als dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instructies</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(read-only)</source>
            <translation>(alleen lezen)</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Sessiemodus</translation>
        </message>
        <message>
            <source>Session mode comes in a later version.</source>
            <translation>De sessiemodus komt in een volgende versie.</translation>
        </message>
        <message>
            <source>Store cannot be opened</source>
            <translation>Opslag kan niet worden geopend</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Back-up niet teruggezet</translation>
        </message>
        <message>
            <source>Backup restored. The previous store was kept as {name}.</source>
            <translation>Back-up teruggezet. De vorige opslag is bewaard als {name}.</translation>
        </message>
        <message>
            <source>Changes are not possible</source>
            <translation>Wijzigen is niet mogelijk</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle wijzigingen opgeslagen</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Ongedaan maken: {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>O&amp;pnieuw: {what}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw</translation>
        </message>
        <message>
            <source>Waiting for work in progress to finish...</source>
            <translation>Wachten tot lopend werk klaar is…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;New concern</source>
            <translation>&amp;Nieuw knelpunt</translation>
        </message>
        <message>
            <source>&amp;Session mode</source>
            <translation>&amp;Sessiemodus</translation>
        </message>
        <message>
            <source>Capture concerns at a regional session, full screen</source>
            <translation>Knelpunten vastleggen tijdens een regio-overleg, op volledig scherm</translation>
        </message>
        <message>
            <source>Make a &amp;backup now</source>
            <translation>Nu een &amp;back-up maken</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;Help and about Regiostem</source>
            <translation>&amp;Help en over Regiostem</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Over &amp;Qt</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <source>The parts of Regiostem; Ctrl+1 to Ctrl+8 jump to one</source>
            <translation>De onderdelen van Regiostem; Ctrl+1 tot Ctrl+8 springen ernaartoe</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Alleen lezen</translation>
        </message>
        <message>
            <source>Another Regiostem has this store open; you can look but not change anything.</source>
            <translation>Een andere Regiostem heeft deze opslag open; u kunt kijken, maar niets wijzigen.</translation>
        </message>
        <message>
            <source>Store: {path}</source>
            <translation>Opslag: {path}</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Explanation (Markdown)</source>
            <translation>Toelichting (Markdown)</translation>
        </message>
        <message>
            <source>Arguments and explanation. Markdown: **bold**, *italic*, - bullet, # heading</source>
            <translation>Argumenten en toelichting. Markdown: **vet**, *cursief*, - opsomming, # kop</translation>
        </message>
        <message>
            <source>Preview of the explanation</source>
            <translation>Voorbeeld van de toelichting</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad</source>
            <translation>Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Datum van de vergadering</translation>
        </message>
        <message>
            <source>Title of the meeting</source>
            <translation>Titel van de vergadering</translation>
        </message>
        <message>
            <source>Place of the meeting</source>
            <translation>Plaats van de vergadering</translation>
        </message>
        <message>
            <source>Carry open agenda items, their concerns and positions over</source>
            <translation>Open agendapunten met hun knelpunten en standpunten meenemen</translation>
        </message>
        <message>
            <source>Create the next meeting</source>
            <translation>De volgende vergadering aanmaken</translation>
        </message>
        <message>
            <source>The next meeting continues from “{title}” of {date}: agenda items without an outcome are carried over.</source>
            <translation>De volgende vergadering bouwt voort op “{title}” van {date}: agendapunten zonder uitkomst gaan mee.</translation>
        </message>
        <message>
            <source>Leave empty for “Landelijk ICT Beraad” and the date</source>
            <translation>Laat leeg voor “Landelijk ICT Beraad” en de datum</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nieuwe vergadering</translation>
        </message>
        <message>
            <source>A meeting of the Landelijk ICT Beraad.</source>
            <translation>Een vergadering van het Landelijk ICT Beraad.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocumentButtons</name>
        <message>
            <source>&amp;Briefing pack…</source>
            <translation>&amp;Vergaderdossier…</translation>
        </message>
        <message>
            <source>Make the briefing pack of this meeting</source>
            <translation>Het vergaderdossier van deze vergadering maken</translation>
        </message>
        <message>
            <source>&amp;Report-back…</source>
            <translation>Te&amp;rugkoppeling…</translation>
        </message>
        <message>
            <source>Make the report-back of this meeting</source>
            <translation>De terugkoppeling van deze vergadering maken</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Reported back</source>
            <translation>Teruggekoppeld</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>national meeting</source>
            <translation>landelijke vergadering</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>agendapunt</translation>
        </message>
        <message>
            <source>meeting status</source>
            <translation>status van de vergadering</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>There is no meeting before {date} to continue from.</source>
            <translation>Er is geen vergadering vóór {date} om op voort te bouwen.</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad {date}</source>
            <translation>Landelijk ICT Beraad {date}</translation>
        </message>
        <message>
            <source>Line {line} of the reference links is not a web address starting with http:// or https://: '{text}'.</source>
            <translation>Regel {line} van de verwijzingen is geen webadres dat begint met http:// of https://: '{text}'.</translation>
        </message>
        <message>
            <source>national body</source>
            <translation>landelijk gremium</translation>
        </message>
        <message>
            <source>The new order must name every agenda item of the meeting exactly once.</source>
            <translation>De nieuwe volgorde moet elk agendapunt van de vergadering precies één keer noemen.</translation>
        </message>
        <message>
            <source>The outcome of agenda item '{title}' is recorded; it can no longer be deleted.</source>
            <translation>De uitkomst van agendapunt '{title}' is vastgelegd; het kan niet meer worden verwijderd.</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>knelpunt</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>title of the meeting</source>
            <translation>titel van de vergadering</translation>
        </message>
        <message>
            <source>place of the meeting</source>
            <translation>plaats van de vergadering</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Vergaderingen</translation>
        </message>
        <message>
            <source>Meetings of the Landelijk ICT Beraad</source>
            <translation>Vergaderingen van het Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Create the ne&amp;xt meeting…</source>
            <translation>V&amp;olgende vergadering aanmaken…</translation>
        </message>
        <message>
            <source>Create the next meeting from the last one</source>
            <translation>De volgende vergadering aanmaken op basis van de vorige</translation>
        </message>
        <message>
            <source>Carries the open agenda items over (Ctrl+Shift+N)</source>
            <translation>Neemt de open agendapunten mee (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Nieuwe vergadering…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nieuwe vergadering</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Title of the meeting</source>
            <translation>Titel van de vergadering</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Datu&amp;m:</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Datum van de vergadering</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>Place of the meeting</source>
            <translation>Plaats van de vergadering</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Status of the meeting</source>
            <translation>Status van de vergadering</translation>
        </message>
        <message>
            <source>&amp;Add agenda item</source>
            <translation>&amp;Agendapunt toevoegen</translation>
        </message>
        <message>
            <source>Add an agenda item</source>
            <translation>Een agendapunt toevoegen</translation>
        </message>
        <message>
            <source>Move the agenda item up (Alt+Up)</source>
            <translation>Het agendapunt omhoog zetten (Alt+Omhoog)</translation>
        </message>
        <message>
            <source>Move the agenda item down (Alt+Down)</source>
            <translation>Het agendapunt omlaag zetten (Alt+Omlaag)</translation>
        </message>
        <message>
            <source>&amp;Go to position</source>
            <translation>&amp;Naar het standpunt</translation>
        </message>
        <message>
            <source>Draft a positio&amp;n</source>
            <translation>&amp;Een standpunt opstellen</translation>
        </message>
        <message>
            <source>Remove the agenda item</source>
            <translation>Het agendapunt verwijderen</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Verwi&amp;jderen…</translation>
        </message>
        <message>
            <source>Record &amp;outcome…</source>
            <translation>&amp;Uitkomst vastleggen…</translation>
        </message>
        <message>
            <source>Record the outcome of the agenda item</source>
            <translation>De uitkomst van het agendapunt vastleggen</translation>
        </message>
        <message>
            <source>No meetings yet. Create the first meeting of the Landelijk ICT Beraad with “New meeting”.</source>
            <translation>Nog geen vergaderingen. Maak de eerste vergadering van het Landelijk ICT Beraad aan met “Nieuwe vergadering”.</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>Landelijk Beraad</translation>
        </message>
        <message>
            <source>{date} · next meeting</source>
            <translation>{date} · volgende vergadering</translation>
        </message>
        <message>
            <source>outcome recorded</source>
            <translation>uitkomst vastgelegd</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>een gemeente in de regio</translation>
        </message>
        <message>
            <source>date of the meeting</source>
            <translation>datum van de vergadering</translation>
        </message>
        <message>
            <source>status of the meeting</source>
            <translation>status van de vergadering</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>Nieuw agendapunt</translation>
        </message>
        <message>
            <source>order of the agenda</source>
            <translation>volgorde van de agenda</translation>
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation>Agendapunt verwijderen</translation>
        </message>
        <message>
            <source>Remove “{title}” from the agenda? A position drafted for it is kept as a standalone position.</source>
            <translation>“{title}” van de agenda halen? Een standpunt dat ervoor is opgesteld blijft bewaard als los standpunt.</translation>
        </message>
        <message>
            <source>body asking the question</source>
            <translation>gremium dat de vraag stelt</translation>
        </message>
        <message>
            <source>Concerns for “{title}”</source>
            <translation>Knelpunten voor “{title}”</translation>
        </message>
        <message>
            <source>linked concerns</source>
            <translation>gekoppelde knelpunten</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Member municipalities</source>
            <translation>Deelnemende gemeenten</translation>
        </message>
        <message>
            <source>Tick the municipalities of your region. Type a name and press Enter to tick it.</source>
            <translation>Vink de gemeenten van uw regio aan. Typ een naam en druk op Enter om haar aan te vinken.</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Choose at least one concern to merge.</source>
            <translation>Kies minstens één knelpunt om samen te voegen.</translation>
        </message>
        <message>
            <source>A concern cannot be merged into itself.</source>
            <translation>Een knelpunt kan niet in zichzelf worden samengevoegd.</translation>
        </message>
        <message>
            <source>'{title}' is deleted; restore it before merging into it.</source>
            <translation>'{title}' is verwijderd; herstel het voordat u erin samenvoegt.</translation>
        </message>
        <message>
            <source>'{title}' is deleted and cannot be merged.</source>
            <translation>'{title}' is verwijderd en kan niet worden samengevoegd.</translation>
        </message>
        <message>
            <source>'{title}' is already merged into another concern; unmerge it first.</source>
            <translation>'{title}' is al in een ander knelpunt samengevoegd; koppel het eerst los.</translation>
        </message>
        <message>
            <source>'{title}' cannot be merged into a concern that is itself merged into it.</source>
            <translation>'{title}' kan niet worden samengevoegd in een knelpunt dat zelf erin is samengevoegd.</translation>
        </message>
        <message>
            <source>'{title}' is not merged into another concern.</source>
            <translation>'{title}' is niet in een ander knelpunt samengevoegd.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge concerns</source>
            <translation>Knelpunten samenvoegen</translation>
        </message>
        <message>
            <source>Merge {count} concerns into one</source>
            <translation>{count} knelpunten samenvoegen tot één</translation>
        </message>
        <message>
            <source>Nothing is lost: every concern keeps its own text, municipality and recognitions, and the merge can be undone later (Unmerge in the editor).</source>
            <translation>Er gaat niets verloren: elk knelpunt houdt zijn eigen tekst, gemeente en herkenningen, en het samenvoegen kan later ongedaan worden gemaakt (Loskoppelen in de editor).</translation>
        </message>
        <message>
            <source>Which concern stays?</source>
            <translation>Welk knelpunt blijft?</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Blijft</translation>
        </message>
        <message>
            <source>Merged into it</source>
            <translation>Erin samengevoegd</translation>
        </message>
        <message>
            <source>Breadth now</source>
            <translation>Draagvlak nu</translation>
        </message>
        <message>
            <source>After merging</source>
            <translation>Na samenvoegen</translation>
        </message>
        <message>
            <source>Municipalities added</source>
            <translation>Toegevoegde gemeenten</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Samenvoegen</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Samenvoegen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>none (all already counted)</source>
            <translation>geen (alle al meegeteld)</translation>
        </message>
        <message>
            <source>merge of {count} concerns</source>
            <translation>samenvoegen van {count} knelpunten</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Minutes</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Status of the minutes</source>
            <translation>Status van het verslag</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>He&amp;ropenen</translation>
        </message>
        <message>
            <source>Reopen the final minutes for a correction</source>
            <translation>Het definitieve verslag heropenen voor een correctie</translation>
        </message>
        <message>
            <source>Minutes (Markdown)</source>
            <translation>Verslag (Markdown)</translation>
        </message>
        <message>
            <source>Minutes of the session. Markdown: # heading, - bullet, **bold**</source>
            <translation>Verslag van het overleg. Markdown: # kop, - opsomming, **vet**</translation>
        </message>
        <message>
            <source>Preview of the minutes</source>
            <translation>Voorbeeld van het verslag</translation>
        </message>
        <message>
            <source>Final minutes are locked. Reopen them to correct something; they become corrected.</source>
            <translation>Een definitief verslag ligt vast. Heropen het om iets te verbeteren; het wordt dan gecorrigeerd.</translation>
        </message>
        <message>
            <source>Saved as you type. Mark them corrected after the members' remarks, final once agreed.</source>
            <translation>Wordt opgeslagen terwijl u typt. Markeer het als gecorrigeerd na de opmerkingen van de deelnemers, en als definitief zodra het is vastgesteld.</translation>
        </message>
    </context>
    <context>
        <name>MinutesStatus</name>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Gecorrigeerd</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Definitief</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
        </message>
    </context>
    <context>
        <name>Municipalities</name>
        <message>
            <source>No municipality given.</source>
            <translation>Geen gemeente opgegeven.</translation>
        </message>
        <message>
            <source>The municipality '{name}' is ambiguous: {candidates}.</source>
            <translation>De gemeente '{name}' is niet eenduidig: {candidates}.</translation>
        </message>
        <message>
            <source>Unknown municipality '{name}'.</source>
            <translation>Onbekende gemeente '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalitiesView</name>
        <message>
            <source>{attended} of {held}</source>
            <translation>{attended} van {held}</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>Contacts — {name}</source>
            <translation>Contactpersonen — {name}</translation>
        </message>
        <message>
            <source>No contacts known for {name} yet. Use "Add contact" to add one.</source>
            <translation>Nog geen contactpersonen bekend voor {name}. Voeg er een toe met "Contactpersoon toevoegen".</translation>
        </message>
        <message>
            <source>Erase contact</source>
            <translation>Contactpersoon wissen</translation>
        </message>
        <message>
            <source>Erase all personal data of {name}? Their name, e-mail and phone number are removed everywhere, also from the history. Concerns they submitted stay with their municipality. This cannot be undone.</source>
            <translation>Alle persoonsgegevens van {name} wissen? Naam, e-mailadres en telefoonnummer worden overal verwijderd, ook uit de geschiedenis. Knelpunten die deze persoon indiende blijven bij de gemeente. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>The contact's personal data were erased.</source>
            <translation>De persoonsgegevens van de contactpersoon zijn gewist.</translation>
        </message>
        <message>
            <source>Search municipality or organisation</source>
            <translation>Zoek gemeente of organisatie</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Deelnemende gemeenten</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisaties</translation>
        </message>
        <message>
            <source>Municipalities or organisations</source>
            <translation>Gemeenten of organisaties</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Grootteklasse</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Overleggen</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>Herkend</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Reacties</translation>
        </message>
        <message>
            <source>Inhabitants on 1 January (Bron: CBS)</source>
            <translation>Inwoners op 1 januari (Bron: CBS)</translation>
        </message>
        <message>
            <source>Size class by inhabitants</source>
            <translation>Grootteklasse naar inwoners</translation>
        </message>
        <message>
            <source>Regional sessions attended, of those held</source>
            <translation>Bijgewoonde regio-overleggen, van het aantal gehouden</translation>
        </message>
        <message>
            <source>Concerns the municipality submitted</source>
            <translation>Knelpunten die de gemeente inbracht</translation>
        </message>
        <message>
            <source>Concerns of other municipalities it recognised</source>
            <translation>Knelpunten van andere gemeenten die zij herkende</translation>
        </message>
        <message>
            <source>Responses given to regional positions</source>
            <translation>Reacties op regionale standpunten</translation>
        </message>
        <message>
            <source>Contacts known for the municipality</source>
            <translation>Bekende contactpersonen van de gemeente</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>Contactpersoon &amp;toevoegen…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>B&amp;ewerken…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>W&amp;issen…</translation>
        </message>
        <message>
            <source>Erase this person's personal data everywhere</source>
            <translation>De persoonsgegevens van deze persoon overal wissen</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityPicker</name>
        <message>
            <source>All provinces</source>
            <translation>Alle provincies</translation>
        </message>
        <message>
            <source>1 municipality chosen · {people} inhabitants</source>
            <translation>1 gemeente gekozen · {people} inwoners</translation>
        </message>
        <message>
            <source>{count} municipalities chosen · {people} inhabitants</source>
            <translation>{count} gemeenten gekozen · {people} inwoners</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <source>Name or GM code</source>
            <translation>Naam of GM-code</translation>
        </message>
        <message>
            <source>Search municipality</source>
            <translation>Gemeente zoeken</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Provincie:</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Provincie</translation>
        </message>
        <message>
            <source>Only &amp;chosen</source>
            <translation>Alleen &amp;gekozen</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Space ticks the current municipality</source>
            <translation>Spatie vinkt de huidige gemeente aan</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inwoners</translation>
        </message>
    </context>
    <context>
        <name>NewConcernDialog</name>
        <message>
            <source>New concern</source>
            <translation>Nieuw knelpunt</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Gemeente</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hema</translation>
        </message>
        <message>
            <source>&amp;Confidentiality</source>
            <translation>&amp;Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Type a name or GM code</source>
            <translation>Typ een naam of GM-code</translation>
        </message>
        <message>
            <source>In a few words: what goes wrong?</source>
            <translation>In een paar woorden: wat gaat er mis?</translation>
        </message>
        <message>
            <source>What goes wrong, since when, and what it costs</source>
            <translation>Wat gaat er mis, sinds wanneer, en wat kost het</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(geen thema)</translation>
        </message>
        <message>
            <source>&amp;Add concern</source>
            <translation>&amp;Knelpunt toevoegen</translation>
        </message>
        <message>
            <source>Enter adds · Ctrl+Enter from the description · Esc cancels</source>
            <translation>Enter voegt toe · Ctrl+Enter vanuit de omschrijving · Esc annuleert</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Similar concerns already in the register:</source>
            <translation>Vergelijkbare knelpunten die al in het register staan:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Similar concerns</source>
            <translation>Vergelijkbare knelpunten</translation>
        </message>
        <message>
            <source>Record a recognition of the chosen similar concern</source>
            <translation>Herkenning vastleggen van het gekozen vergelijkbare knelpunt</translation>
        </message>
        <message>
            <source>Add concern</source>
            <translation>Knelpunt toevoegen</translation>
        </message>
        <message>
            <source>Same concern: record that {name} recognises it</source>
            <translation>Zelfde knelpunt: vastleggen dat {name} het herkent</translation>
        </message>
        <message>
            <source>Same concern: record that this municipality recognises it</source>
            <translation>Zelfde knelpunt: vastleggen dat deze gemeente het herkent</translation>
        </message>
        <message>
            <source>Choose the municipality that recognises the concern first.</source>
            <translation>Kies eerst de gemeente die het knelpunt herkent.</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>herkenning</translation>
        </message>
        <message>
            <source>Choose a municipality: type its name or GM code.</source>
            <translation>Kies een gemeente: typ haar naam of GM-code.</translation>
        </message>
        <message>
            <source>new concern “{title}”</source>
            <translation>nieuw knelpunt “{title}”</translation>
        </message>
    </context>
    <context>
        <name>NewPositionDialog</name>
        <message>
            <source>(standalone, no agenda item)</source>
            <translation>(los, zonder agendapunt)</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>&amp;Agendapunt:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>Nieuw standpunt</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Defaults to the agenda item's title</source>
            <translation>Standaard de titel van het agendapunt</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Please wait</source>
            <translation>Even geduld</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Bezig met annuleren…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Klaar.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Niet uitgevoerd</translation>
        </message>
    </context>
    <context>
        <name>OrganisationKind</name>
        <message>
            <source>User association</source>
            <translation>Gebruikersvereniging</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>Landelijk gremium</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Vereniging</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Leverancier</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Outcome of “{title}”</source>
            <translation>Uitkomst van “{title}”</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Besluit:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>&amp;Meaning for municipalities:</source>
            <translation>Betekenis voor &amp;gemeenten:</translation>
        </message>
        <message>
            <source>Meaning for municipalities</source>
            <translation>Betekenis voor gemeenten</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Vervolg:</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Vervolg</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Evaluatie:</translation>
        </message>
        <message>
            <source>Review on a date</source>
            <translation>Op een datum evalueren</translation>
        </message>
        <message>
            <source>Linked concerns:</source>
            <translation>Gekoppelde knelpunten:</translation>
        </message>
        <message>
            <source>Linked concerns become answered</source>
            <translation>Gekoppelde knelpunten worden beantwoord</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reden:</translation>
        </message>
        <message>
            <source>Reason shown in the report-back</source>
            <translation>Reden die in de terugkoppeling staat</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Evalueren op</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Evaluatiedatum</translation>
        </message>
        <message>
            <source>Linked concerns become closed</source>
            <translation>Gekoppelde knelpunten worden afgesloten</translation>
        </message>
        <message>
            <source>Why the concerns are answered or closed (defaults to the decision)</source>
            <translation>Waarom de knelpunten beantwoord of afgesloten zijn (standaard het besluit)</translation>
        </message>
        <message>
            <source>This concern will move to the chosen status:</source>
            <translation>Dit knelpunt krijgt de gekozen status:</translation>
        </message>
        <message>
            <source>These {n} concerns will move to the chosen status:</source>
            <translation>Deze {n} knelpunten krijgen de gekozen status:</translation>
        </message>
        <message>
            <source>No concerns are linked to this agenda item.</source>
            <translation>Er zijn geen knelpunten aan dit agendapunt gekoppeld.</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Uitkomst vastleggen</translation>
        </message>
        <message>
            <source>Outcome not recorded</source>
            <translation>Uitkomst niet vastgelegd</translation>
        </message>
        <message>
            <source>Outcome recorded</source>
            <translation>Uitkomst vastgelegd</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>The decision may not be empty.</source>
            <translation>Het besluit mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>An outcome leaves the concerns answered or closed, not '{value}'.</source>
            <translation>Een uitkomst maakt de knelpunten beantwoord of afgesloten, niet '{value}'.</translation>
        </message>
        <message>
            <source>Outcome recorded: {decision}</source>
            <translation>Uitkomst vastgelegd: {decision}</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>No theme</source>
            <translation>Geen thema</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>{open} still open</source>
            <translation>{open} nog open</translation>
        </message>
        <message>
            <source>Recognitions</source>
            <translation>Herkenningen</translation>
        </message>
        <message>
            <source>municipalities that recognise another's concern</source>
            <translation>gemeenten die het knelpunt van een ander herkennen</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Deelnemende gemeenten</translation>
        </message>
        <message>
            <source>{people} inhabitants</source>
            <translation>{people} inwoners</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>nog geen</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regio-overleggen</translation>
        </message>
        <message>
            <source>last: {date}</source>
            <translation>laatste: {date}</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Ingebracht</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>Herkend</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Overleggen bijgewoond</translation>
        </message>
        <message>
            <source>Attendance at sessions in the region ({held} held)</source>
            <translation>Aanwezigheid bij overleggen in de regio ({held} gehouden)</translation>
        </message>
        <message>
            <source>Next national meeting</source>
            <translation>Volgende landelijke vergadering</translation>
        </message>
        <message>
            <source>No national meeting is planned yet (see Landelijk Beraad).</source>
            <translation>Er is nog geen landelijke vergadering gepland (zie Landelijk Beraad).</translation>
        </message>
        <message>
            <source>Next national meeting: {title}</source>
            <translation>Volgende landelijke vergadering: {title}</translation>
        </message>
        <message>
            <source>can be adopted</source>
            <translation>kan worden vastgesteld</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>outcome recorded</source>
            <translation>uitkomst vastgelegd</translation>
        </message>
        <message>
            <source>no position yet</source>
            <translation>nog geen standpunt</translation>
        </message>
        <message>
            <source>No region has been set up yet. Name your region and choose its member municipalities.</source>
            <translation>Er is nog geen regio ingesteld. Geef uw regio een naam en kies de deelnemende gemeenten.</translation>
        </message>
        <message>
            <source>Set up the region...</source>
            <translation>Regio instellen…</translation>
        </message>
        <message>
            <source>Concerns by status</source>
            <translation>Knelpunten per status</translation>
        </message>
        <message>
            <source>Concerns by theme</source>
            <translation>Knelpunten per thema</translation>
        </message>
        <message>
            <source>Concerns per member municipality</source>
            <translation>Knelpunten per gemeente</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agendapunt</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Standpunt</translation>
        </message>
        <message>
            <source>Support (municipalities · inhabitants)</source>
            <translation>Steun (gemeenten · inwoners)</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Bezwaren</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Reacties</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Agenda of the next national meeting</source>
            <translation>Agenda van de volgende landelijke vergadering</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Chart: concerns by status</source>
            <translation>Grafiek: knelpunten per status</translation>
        </message>
        <message>
            <source>Chart: concerns by theme</source>
            <translation>Grafiek: knelpunten per thema</translation>
        </message>
        <message>
            <source>Chart: concerns per member municipality</source>
            <translation>Grafiek: knelpunten per deelnemende gemeente</translation>
        </message>
        <message>
            <source>Chart: participation per member municipality</source>
            <translation>Grafiek: deelname per deelnemende gemeente</translation>
        </message>
    </context>
    <context>
        <name>PackageExportDialog</name>
        <message>
            <source>Export a package</source>
            <translation>Een pakket exporteren</translation>
        </message>
        <message>
            <source>What goes in</source>
            <translation>Wat erin gaat</translation>
        </message>
        <message>
            <source>The &amp;whole store (for an alternate or the secretariat)</source>
            <translation>&amp;De hele opslag (voor een plaatsvervanger of het secretariaat)</translation>
        </message>
        <message>
            <source>The whole store</source>
            <translation>De hele opslag</translation>
        </message>
        <message>
            <source>&amp;My concerns, recognitions and responses</source>
            <translation>&amp;Mijn knelpunten, herkenningen en reacties</translation>
        </message>
        <message>
            <source>My concerns, recognitions and responses</source>
            <translation>Mijn knelpunten, herkenningen en reacties</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>Alle gemeenten</translation>
        </message>
        <message>
            <source>Only of municipality</source>
            <translation>Alleen van gemeente</translation>
        </message>
        <message>
            <source>Include &amp;confidential concerns</source>
            <translation>&amp;Vertrouwelijke knelpunten opnemen</translation>
        </message>
        <message>
            <source>Include confidential concerns</source>
            <translation>Vertrouwelijke knelpunten opnemen</translation>
        </message>
        <message>
            <source>Exchange passphrase</source>
            <translation>Wachtwoordzin voor uitwisseling</translation>
        </message>
        <message>
            <source>This store remembers its exchange key: the package is sealed with it, no passphrase needed.</source>
            <translation>Deze opslag onthoudt zijn uitwisselsleutel: het pakket wordt ermee verzegeld, een wachtwoordzin is niet nodig.</translation>
        </message>
        <message>
            <source>Packages are encrypted with the region's exchange passphrase (at least 10 characters). Agree on it with the other laptops; it is not stored in any file.</source>
            <translation>Pakketten worden versleuteld met de wachtwoordzin voor uitwisseling van de regio (minstens 10 tekens). Spreek die af met de andere laptops; hij wordt in geen enkel bestand bewaard.</translation>
        </message>
        <message>
            <source>Use &amp;another passphrase</source>
            <translation>&amp;Andere wachtwoordzin gebruiken</translation>
        </message>
        <message>
            <source>Use another passphrase</source>
            <translation>Andere wachtwoordzin gebruiken</translation>
        </message>
        <message>
            <source>Package written to {path}. Concerns: {concerns}; records in all: {records}.</source>
            <translation>Pakket geschreven naar {path}. Knelpunten: {concerns}; records in totaal: {records}.</translation>
        </message>
        <message>
            <source>&amp;Only of municipality:</source>
            <translation>Alleen van &amp;gemeente:</translation>
        </message>
        <message>
            <source>Remember the &amp;key in the system keyring</source>
            <translation>De sleutel in de sleutelbos van het systeem &amp;onthouden</translation>
        </message>
        <message>
            <source>Remember the key in the system keyring</source>
            <translation>De sleutel in de sleutelbos van het systeem onthouden</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exporteren…</translation>
        </message>
        <message>
            <source>Export the package</source>
            <translation>Het pakket exporteren</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>package-{date}</source>
            <translation>pakket-{date}</translation>
        </message>
        <message>
            <source>Regiostem package (*.regiostem)</source>
            <translation>Regiostem-pakket (*.regiostem)</translation>
        </message>
        <message>
            <source>Sealing the package {file}…</source>
            <translation>Het pakket {file} verzegelen…</translation>
        </message>
        <message>
            <source>Package exported</source>
            <translation>Pakket geëxporteerd</translation>
        </message>
        <message>
            <source>Package written to {path}.</source>
            <translation>Pakket geschreven naar {path}.</translation>
        </message>
        <message>
            <source>Package not exported</source>
            <translation>Pakket niet geëxporteerd</translation>
        </message>
    </context>
    <context>
        <name>PackageImport</name>
        <message>
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file}: kan niet worden gelezen ({reason}).</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>{file} openen…</translation>
        </message>
        <message>
            <source>Wrong passphrase</source>
            <translation>Verkeerde wachtwoordzin</translation>
        </message>
        <message>
            <source>Package not opened</source>
            <translation>Pakket niet geopend</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Niets geïmporteerd</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>{file} samenvoegen…</translation>
        </message>
        <message>
            <source>Nothing new: this store already holds everything in the package.</source>
            <translation>Niets nieuws: deze opslag bevat al alles uit het pakket.</translation>
        </message>
        <message>
            <source>Merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</source>
            <translation>Samengevoegd. Nieuwe records: {inserted}; bijgewerkt: {updated}; gelaten zoals ze hier zijn: {kept}; conflicten: {conflicts}.</translation>
        </message>
    </context>
    <context>
        <name>PackageSummary</name>
        <message>
            <source>1 concern</source>
            <translation>1 knelpunt</translation>
        </message>
        <message>
            <source>{count} concerns</source>
            <translation>{count} knelpunten</translation>
        </message>
        <message>
            <source>1 recognition</source>
            <translation>1 herkenning</translation>
        </message>
        <message>
            <source>{count} recognitions</source>
            <translation>{count} herkenningen</translation>
        </message>
        <message>
            <source>1 response</source>
            <translation>1 reactie</translation>
        </message>
        <message>
            <source>{count} responses</source>
            <translation>{count} reacties</translation>
        </message>
        <message>
            <source>1 position</source>
            <translation>1 standpunt</translation>
        </message>
        <message>
            <source>{count} positions</source>
            <translation>{count} standpunten</translation>
        </message>
        <message>
            <source>1 national meeting</source>
            <translation>1 landelijke vergadering</translation>
        </message>
        <message>
            <source>{count} national meetings</source>
            <translation>{count} landelijke vergaderingen</translation>
        </message>
        <message>
            <source>1 regional session</source>
            <translation>1 regio-overleg</translation>
        </message>
        <message>
            <source>{count} regional sessions</source>
            <translation>{count} regio-overleggen</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 persoon</translation>
        </message>
        <message>
            <source>{count} persons</source>
            <translation>{count} personen</translation>
        </message>
        <message>
            <source>1 other record</source>
            <translation>1 ander record</translation>
        </message>
        <message>
            <source>{count} other records</source>
            <translation>{count} andere records</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>geen records</translation>
        </message>
    </context>
    <context>
        <name>PackageSummaryView</name>
        <message>
            <source>From:</source>
            <translation>Van:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Gemaakt op:</translation>
        </message>
        <message>
            <source>Holds:</source>
            <translation>Bevat:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Records:</translation>
        </message>
        <message>
            <source>Confidential:</source>
            <translation>Vertrouwelijk:</translation>
        </message>
        <message>
            <source>another Regiostem (unnamed)</source>
            <translation>een andere Regiostem (zonder naam)</translation>
        </message>
        <message>
            <source>the sender's own concerns, recognitions and responses</source>
            <translation>de eigen knelpunten, herkenningen en reacties van de afzender</translation>
        </message>
        <message>
            <source>the whole store of the sender</source>
            <translation>de hele opslag van de afzender</translation>
        </message>
        <message>
            <source>included</source>
            <translation>opgenomen</translation>
        </message>
        <message>
            <source>left out by the sender</source>
            <translation>door de afzender weggelaten</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Regiostem keeps the key derived from it in the system keyring, never the passphrase itself.</source>
            <translation>Regiostem bewaart de daaruit afgeleide sleutel in de sleutelbos van het systeem, nooit de wachtwoordzin zelf.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Exchange passphrase</source>
            <translation>Wachtwoordzin voor uitwisseling</translation>
        </message>
        <message>
            <source>Type the region's exchange passphrase to open {file}.</source>
            <translation>Typ de wachtwoordzin voor uitwisseling van de regio om {file} te openen.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>Open the package</source>
            <translation>Het pakket openen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Wachtwoordzin:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Herhalen:</translation>
        </message>
        <message>
            <source>Exchange passphrase</source>
            <translation>Wachtwoordzin voor uitwisseling</translation>
        </message>
        <message>
            <source>Repeat the exchange passphrase</source>
            <translation>Herhaal de wachtwoordzin voor uitwisseling</translation>
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>Wachtwoordzin &amp;tonen</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Wachtwoordzin tonen</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Typ de wachtwoordzin.</translation>
        </message>
        <message>
            <source>At least {count} characters.</source>
            <translation>Minstens {count} tekens.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>De twee wachtwoordzinnen verschillen.</translation>
        </message>
        <message>
            <source>Repeat it below.</source>
            <translation>Herhaal hem hieronder.</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>synced folder ({client})</source>
            <translation>gesynchroniseerde map ({client})</translation>
        </message>
        <message>
            <source>network share</source>
            <translation>netwerkmap</translation>
        </message>
        <message>
            <source>network file system ({fs})</source>
            <translation>netwerkbestandssysteem ({fs})</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewWindow</name>
        <message>
            <source>{name} — Preview</source>
            <translation>{name} — Voorbeeld</translation>
        </message>
        <message>
            <source>Preview tools</source>
            <translation>Voorbeeldgereedschap</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Eerste pagina</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige pagina</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Volgende pagina</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Laatste pagina</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Uitzoomen</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Inzoomen</translation>
        </message>
        <message>
            <source>Fit to width</source>
            <translation>Passend in de breedte</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Openen in PDF-lezer</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Pagina</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Paginanummer</translation>
        </message>
        <message>
            <source>Type a page number and press Enter</source>
            <translation>Typ een paginanummer en druk op Enter</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoomen</translation>
        </message>
        <message>
            <source>Contents of the document</source>
            <translation>Inhoud van het document</translation>
        </message>
        <message>
            <source>Page view</source>
            <translation>Paginaweergave</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Paginabreedte</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Hele pagina</translation>
        </message>
        <message>
            <source>{name} cannot be shown: {problem}</source>
            <translation>{name} kan niet worden getoond: {problem}</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>van {count}</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Pagina {page} van {count}</translation>
        </message>
        <message>
            <source>Print {name}</source>
            <translation>{name} afdrukken</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <source>Printing page {done} of {total}…</source>
            <translation>Pagina {done} van {total} afdrukken…</translation>
        </message>
        <message>
            <source>Pages sent to the printer: {count}.</source>
            <translation>Pagina's naar de printer gestuurd: {count}.</translation>
        </message>
        <message>
            <source>No program to open {name} was found on this computer.</source>
            <translation>Op deze computer is geen programma gevonden om {name} te openen.</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>het bestand bestaat niet</translation>
        </message>
        <message>
            <source>it is not a valid PDF</source>
            <translation>het is geen geldige PDF</translation>
        </message>
        <message>
            <source>it is protected by a password</source>
            <translation>het is met een wachtwoord beveiligd</translation>
        </message>
        <message>
            <source>it is protected in a way that cannot be opened</source>
            <translation>het is beveiligd op een manier die niet te openen is</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>het bestand kan niet worden gelezen</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>Contactpersoon bewerken</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nieuwe contactpersoon</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Naam:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Functie:</translation>
        </message>
        <message>
            <source>&amp;Works for:</source>
            <translation>&amp;Werkt bij:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefoon:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Werkt bij</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(niet opgegeven)</translation>
        </message>
        <message>
            <source>Municipality {name}</source>
            <translation>Gemeente {name}</translation>
        </message>
    </context>
    <context>
        <name>PersonRole</name>
        <message>
            <source>Delegate</source>
            <translation>Afgevaardigde</translation>
        </message>
        <message>
            <source>Alternate delegate</source>
            <translation>Plaatsvervangend afgevaardigde</translation>
        </message>
        <message>
            <source>ICT contact</source>
            <translation>ICT-contactpersoon</translation>
        </message>
        <message>
            <source>Information manager</source>
            <translation>Informatiemanager</translation>
        </message>
        <message>
            <source>CISO</source>
            <translation>CISO</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretariaat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>Persons</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Een contactpersoon heeft een naam nodig.</translation>
        </message>
        <message>
            <source>This text is longer than {limit} characters.</source>
            <translation>Deze tekst is langer dan {limit} tekens.</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number.</source>
            <translation>'{value}' is geen telefoonnummer.</translation>
        </message>
        <message>
            <source>The role must be one of {choices}, not '{value}'.</source>
            <translation>De rol moet een van {choices} zijn, niet '{value}'.</translation>
        </message>
        <message>
            <source>Unknown municipality '{value}'.</source>
            <translation>Onbekende gemeente '{value}'.</translation>
        </message>
        <message>
            <source>Unknown organisation '{value}'.</source>
            <translation>Onbekende organisatie '{value}'.</translation>
        </message>
        <message>
            <source>There is no contact with id {id}.</source>
            <translation>Er is geen contactpersoon met id {id}.</translation>
        </message>
        <message>
            <source>This contact was erased and cannot be edited.</source>
            <translation>Deze contactpersoon is gewist en kan niet worden bewerkt.</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>This part could not be loaded. The details are in the log file (Help &gt; About).</source>
            <translation>Dit onderdeel kon niet worden geladen. De details staan in het logbestand (Help &gt; Over).</translation>
        </message>
        <message>
            <source>This part of Regiostem comes in a later version.</source>
            <translation>Dit onderdeel van Regiostem komt in een volgende versie.</translation>
        </message>
    </context>
    <context>
        <name>PositionField</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Core position</source>
            <translation>Kernstandpunt</translation>
        </message>
        <message>
            <source>Explanation and arguments</source>
            <translation>Toelichting en argumenten</translation>
        </message>
        <message>
            <source>Red lines</source>
            <translation>Rode lijnen</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandaat</translation>
        </message>
        <message>
            <source>Fallback position</source>
            <translation>Terugvalpositie</translation>
        </message>
        <message>
            <source>Minority note</source>
            <translation>Minderheidsstandpunt</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Gesprekspunten</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>PositionStatus</name>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>In consultation</source>
            <translation>In consultatie</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Vastgesteld</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Ingebracht</translation>
        </message>
        <message>
            <source>Outcome known</source>
            <translation>Uitkomst bekend</translation>
        </message>
    </context>
    <context>
        <name>PositionTexts</name>
        <message>
            <source>The region's position in one or two sentences.</source>
            <translation>Het standpunt van de regio in één of twee zinnen.</translation>
        </message>
        <message>
            <source>What the region cannot accept, one per line.</source>
            <translation>Wat de regio niet kan accepteren, één per regel.</translation>
        </message>
        <message>
            <source>Points to make at the meeting, one per line.</source>
            <translation>Punten om in de vergadering in te brengen, één per regel.</translation>
        </message>
        <message>
            <source>How far the delegate may move without asking the region again.</source>
            <translation>Hoe ver de afgevaardigde mag bewegen zonder de regio opnieuw te raadplegen.</translation>
        </message>
        <message>
            <source>What the delegate settles for if the position does not carry.</source>
            <translation>Waar de afgevaardigde genoegen mee neemt als het standpunt het niet haalt.</translation>
        </message>
        <message>
            <source>Where municipalities differ, and why. Required when there is an objection.</source>
            <translation>Waar gemeenten verschillen, en waarom. Verplicht als er een bezwaar is.</translation>
        </message>
        <message>
            <source>Title of the position</source>
            <translation>Titel van het standpunt</translation>
        </message>
        <message>
            <source>Texts of the position</source>
            <translation>Teksten van het standpunt</translation>
        </message>
        <message>
            <source>1 sentence; one or two make the clearest core position.</source>
            <translation>1 zin; één of twee geven het helderste kernstandpunt.</translation>
        </message>
        <message>
            <source>{n} sentences; one or two make the clearest core position.</source>
            <translation>{n} zinnen; één of twee geven het helderste kernstandpunt.</translation>
        </message>
        <message>
            <source>1 municipality objects: describe its view here; without it the position cannot be adopted.</source>
            <translation>1 gemeente maakt bezwaar: beschrijf haar standpunt hier; zonder dat kan het standpunt niet worden vastgesteld.</translation>
        </message>
        <message>
            <source>{n} municipalities object: describe their view here; without it the position cannot be adopted.</source>
            <translation>{n} gemeenten maken bezwaar: beschrijf hun standpunt hier; zonder dat kan het standpunt niet worden vastgesteld.</translation>
        </message>
    </context>
    <context>
        <name>Positions</name>
        <message>
            <source>position</source>
            <translation>standpunt</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>agendapunt</translation>
        </message>
        <message>
            <source>Agenda item '{item}' already has a position: '{position}'. Edit that one.</source>
            <translation>Agendapunt '{item}' heeft al een standpunt: '{position}'. Bewerk dat.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>The position '{title}' is {status}; move it back to consultation to change it.</source>
            <translation>Het standpunt '{title}' is {status}; zet het terug in consultatie om het te wijzigen.</translation>
        </message>
        <message>
            <source>response</source>
            <translation>reactie</translation>
        </message>
        <message>
            <source>way of recording</source>
            <translation>manier van vastleggen</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <source>{name} is not a member of the region; only members respond to a position.</source>
            <translation>{name} hoort niet bij de regio; alleen deelnemende gemeenten reageren op een standpunt.</translation>
        </message>
        <message>
            <source>The position '{title}' is {status}; move it back to consultation to change responses.</source>
            <translation>Het standpunt '{title}' is {status}; zet het terug in consultatie om reacties te wijzigen.</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>knelpunt</translation>
        </message>
        <message>
            <source>The concern '{title}' was merged into '{target}'; use that one.</source>
            <translation>Het knelpunt '{title}' is samengevoegd in '{target}'; gebruik dat.</translation>
        </message>
        <message>
            <source>A position cannot go from {current} to {new}.</source>
            <translation>Een standpunt kan niet van {current} naar {new}.</translation>
        </message>
        <message>
            <source>Record the outcome of the agenda item; that marks the position as outcome known.</source>
            <translation>Leg de uitkomst van het agendapunt vast; daarmee krijgt het standpunt de status uitkomst bekend.</translation>
        </message>
        <message>
            <source>The outcome of the agenda item is recorded; the position stays outcome known.</source>
            <translation>De uitkomst van het agendapunt is vastgelegd; het standpunt blijft uitkomst bekend.</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>The position '{title}' cannot be adopted: {reasons}</source>
            <translation>Het standpunt '{title}' kan niet worden vastgesteld: {reasons}</translation>
        </message>
        <message>
            <source>version</source>
            <translation>versie</translation>
        </message>
        <message>
            <source>Only versions of the same position can be compared.</source>
            <translation>Alleen versies van hetzelfde standpunt kunnen worden vergeleken.</translation>
        </message>
    </context>
    <context>
        <name>PositionsList</name>
        <message>
            <source>1 objection</source>
            <translation>1 bezwaar</translation>
        </message>
        <message>
            <source>{n} objections</source>
            <translation>{n} bezwaren</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>Ver&amp;gadering:</translation>
        </message>
        <message>
            <source>Show positions of meeting</source>
            <translation>Toon standpunten van vergadering</translation>
        </message>
        <message>
            <source>Find a position</source>
            <translation>Standpunt zoeken</translation>
        </message>
        <message>
            <source>Find a position by title</source>
            <translation>Een standpunt zoeken op titel</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Standpunten</translation>
        </message>
        <message>
            <source>New &amp;position…</source>
            <translation>Nieuw &amp;standpunt…</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>Nieuw standpunt</translation>
        </message>
        <message>
            <source>No positions here yet. Start one with “New position”.</source>
            <translation>Hier nog geen standpunten. Begin er een met “Nieuw standpunt”.</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>Alle vergaderingen</translation>
        </message>
        <message>
            <source>Without an agenda item</source>
            <translation>Zonder agendapunt</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>More</source>
            <translation>Meer</translation>
        </message>
        <message>
            <source>More actions for this position</source>
            <translation>Meer acties voor dit standpunt</translation>
        </message>
        <message>
            <source>Keep a &amp;new version…</source>
            <translation>Een &amp;nieuwe versie bewaren…</translation>
        </message>
        <message>
            <source>&amp;Compare versions…</source>
            <translation>Versies &amp;vergelijken…</translation>
        </message>
        <message>
            <source>Go to the &amp;agenda item</source>
            <translation>Naar het &amp;agendapunt</translation>
        </message>
        <message>
            <source>&amp;Delete position…</source>
            <translation>Standpunt ver&amp;wijderen…</translation>
        </message>
        <message>
            <source>Parts of the position</source>
            <translation>Onderdelen van het standpunt</translation>
        </message>
        <message>
            <source>Select a position on the left, or start one with “New position” (Ctrl+N).</source>
            <translation>Kies links een standpunt, of begin er een met “Nieuw standpunt” (Ctrl+N).</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Standpunten</translation>
        </message>
        <message>
            <source>Agenda item {n} of {meeting}, {date}</source>
            <translation>Agendapunt {n} van {meeting}, {date}</translation>
        </message>
        <message>
            <source>National question: {q}</source>
            <translation>Vraag vanuit landelijk: {q}</translation>
        </message>
        <message>
            <source>Standalone position (no agenda item)</source>
            <translation>Los standpunt (geen agendapunt)</translation>
        </message>
        <message>
            <source>Version {n}</source>
            <translation>Versie {n}</translation>
        </message>
        <message>
            <source>This position is {status}: its texts and responses are what was adopted and are locked. Move it back to consultation to change them.</source>
            <translation>Dit standpunt is {status}: de teksten en reacties zijn zoals vastgesteld en liggen vast. Zet het terug in consultatie om ze te wijzigen.</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Tekst</translation>
        </message>
        <message>
            <source>&amp;Responses</source>
            <translation>&amp;Reacties</translation>
        </message>
        <message>
            <source>Ev&amp;idence</source>
            <translation>&amp;Onderbouwing</translation>
        </message>
        <message>
            <source>Ver&amp;sions</source>
            <translation>V&amp;ersies</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Status niet gewijzigd</translation>
        </message>
        <message>
            <source>response of {name}</source>
            <translation>reactie van {name}</translation>
        </message>
        <message>
            <source>Evidence for “{title}”</source>
            <translation>Onderbouwing voor “{title}”</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>onderbouwing</translation>
        </message>
        <message>
            <source>paragraph of the evidence</source>
            <translation>alinea bij de onderbouwing</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Nieuwe versie</translation>
        </message>
        <message>
            <source>What changed, or why keep this version? (optional)</source>
            <translation>Wat is er veranderd, of waarom deze versie bewaren? (optioneel)</translation>
        </message>
        <message>
            <source>Delete position</source>
            <translation>Standpunt verwijderen</translation>
        </message>
        <message>
            <source>Delete the position “{title}”? Its versions and responses are kept in the store.</source>
            <translation>Het standpunt “{title}” verwijderen? De versies en reacties blijven in de opslag bewaard.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Rij</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgentie</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Vertrouwelijkheid</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>Column {column}: {message}</source>
            <translation>Kolom {column}: {message}</translation>
        </message>
        <message>
            <source>Already in the store; skipped</source>
            <translation>Staat al in de opslag; overgeslagen</translation>
        </message>
        <message>
            <source>Same as row {row}; skipped</source>
            <translation>Gelijk aan rij {row}; overgeslagen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>outside the region</source>
            <translation>buiten de regio</translation>
        </message>
        <message>
            <source>looks like “{title}” ({municipality})</source>
            <translation>lijkt op “{title}” ({municipality})</translation>
        </message>
        <message>
            <source>Similar concerns in the store:</source>
            <translation>Vergelijkbare knelpunten in de opslag:</translation>
        </message>
    </context>
    <context>
        <name>RecordedVia</name>
        <message>
            <source>In a session</source>
            <translation>In een overleg</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonisch</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>Per e-mail</translation>
        </message>
        <message>
            <source>From a file</source>
            <translation>Uit een bestand</translation>
        </message>
        <message>
            <source>From a package</source>
            <translation>Uit een pakket</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Handmatig ingevoerd</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>The {what} '{id}' does not exist (any more).</source>
            <translation>De/het {what} '{id}' bestaat niet (meer).</translation>
        </message>
        <message>
            <source>The {field} may not be empty.</source>
            <translation>De {field} mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {max} are allowed.</source>
            <translation>De {field} is {length} tekens lang; er zijn er hoogstens {max} toegestaan.</translation>
        </message>
        <message>
            <source>A {what} has no field {fields} that can be changed.</source>
            <translation>Een {what} heeft geen veld {fields} dat kan worden gewijzigd.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (use YYYY-MM-DD).</source>
            <translation>'{value}' is geen datum (gebruik JJJJ-MM-DD).</translation>
        </message>
        <message>
            <source>Unknown {what} '{value}'; choose one of: {allowed}.</source>
            <translation>Onbekende {what} '{value}'; kies een van: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <source>The region needs a name.</source>
            <translation>De regio heeft een naam nodig.</translation>
        </message>
        <message>
            <source>The region's name is {length} characters long; at most {max} are allowed.</source>
            <translation>De naam van de regio is {length} tekens lang; er zijn er hoogstens {max} toegestaan.</translation>
        </message>
        <message>
            <source>A region needs at least one member municipality.</source>
            <translation>Een regio heeft minstens één deelnemende gemeente nodig.</translation>
        </message>
        <message>
            <source>Unknown municipality id: {ids}.</source>
            <translation>Onbekend gemeente-id: {ids}.</translation>
        </message>
        <message>
            <source>Your name may not be empty.</source>
            <translation>Uw naam mag niet leeg zijn.</translation>
        </message>
        <message>
            <source>Unknown role '{role}'. Known roles: {roles}.</source>
            <translation>Onbekende rol '{role}'. Bekende rollen: {roles}.</translation>
        </message>
        <message>
            <source>'{email}' is not an e-mail address.</source>
            <translation>'{email}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>Define the region first.</source>
            <translation>Leg eerst de regio vast.</translation>
        </message>
        <message>
            <source>The share {field} must be a number from 0 to 1, not {value}.</source>
            <translation>Het aandeel {field} moet een getal van 0 tot 1 zijn, niet {value}.</translation>
        </message>
    </context>
    <context>
        <name>RegionPage</name>
        <message>
            <source>Welcome to Regiostem</source>
            <translation>Welkom bij Regiostem</translation>
        </message>
        <message>
            <source>First, the region you speak for.</source>
            <translation>Eerst de regio waar u namens spreekt.</translation>
        </message>
        <message>
            <source>Name of the region</source>
            <translation>Naam van de regio</translation>
        </message>
        <message>
            <source>for example: Regio Rivierenland</source>
            <translation>bijvoorbeeld: Regio Rivierenland</translation>
        </message>
        <message>
            <source>&amp;Name of the region:</source>
            <translation>&amp;Naam van de regio:</translation>
        </message>
        <message>
            <source>Regiostem gathers the concerns of the municipalities in your region, weighs them and helps you bring one regional position to the Landelijk ICT Beraad. It works on this computer only; nothing is sent anywhere.</source>
            <translation>Regiostem verzamelt de knelpunten van de gemeenten in uw regio, weegt ze en helpt u één regionaal standpunt in te brengen in het Landelijk ICT Beraad. Het werkt alleen op deze computer; er wordt niets verstuurd.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Regio</translation>
        </message>
        <message>
            <source>Member municipalities:</source>
            <translation>Deelnemende gemeenten:</translation>
        </message>
        <message>
            <source>Rule for adopting a position</source>
            <translation>Regel voor het vaststellen van een standpunt</translation>
        </message>
        <message>
            <source>&amp;Quorum: responses from at least</source>
            <translation>&amp;Quorum: reacties van minstens</translation>
        </message>
        <message>
            <source>Quorum: share of members that must respond</source>
            <translation>Quorum: aandeel deelnemers dat moet reageren</translation>
        </message>
        <message>
            <source>Objections from at most (&amp;municipalities)</source>
            <translation>Bezwaar van hoogstens (ge&amp;meenten)</translation>
        </message>
        <message>
            <source>Largest share of member municipalities that may object</source>
            <translation>Grootste aandeel deelnemende gemeenten dat bezwaar mag maken</translation>
        </message>
        <message>
            <source>Objections from at most (&amp;inhabitants)</source>
            <translation>Bezwaar van hoogstens (&amp;inwoners)</translation>
        </message>
        <message>
            <source>Largest share of inhabitants whose municipality may object</source>
            <translation>Grootste aandeel inwoners van wie de gemeente bezwaar mag maken</translation>
        </message>
    </context>
    <context>
        <name>ResponseDelegate</name>
        <message>
            <source>Response</source>
            <translation>Reactie</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Verkregen</translation>
        </message>
        <message>
            <source>Date of the response</source>
            <translation>Datum van de reactie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Toelichting</translation>
        </message>
    </context>
    <context>
        <name>ResponsesModel</name>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Reactie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Verkregen</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Vastgelegd door</translation>
        </message>
        <message>
            <source>No longer a member of the region: kept, but not counted.</source>
            <translation>Geen deelnemer van de regio meer: bewaard, maar telt niet mee.</translation>
        </message>
    </context>
    <context>
        <name>ResponsesPage</name>
        <message>
            <source>New responses o&amp;btained:</source>
            <translation>Nieuwe reacties ver&amp;kregen:</translation>
        </message>
        <message>
            <source>How new responses were obtained</source>
            <translation>Hoe nieuwe reacties zijn verkregen</translation>
        </message>
        <message>
            <source>Every member municipality is listed. In the Response column type {keys} (or 1–5) to record a grade and move to the next; Delete clears it; Enter edits a cell.</source>
            <translation>Elke deelnemende gemeente staat in de lijst. Typ in de kolom Reactie {keys} (of 1–5) om een reactie vast te leggen en naar de volgende te gaan; Delete wist haar; Enter bewerkt een cel.</translation>
        </message>
        <message>
            <source>Responses of the member municipalities</source>
            <translation>Reacties van de deelnemende gemeenten</translation>
        </message>
    </context>
    <context>
        <name>SelfPage</name>
        <message>
            <source>About you</source>
            <translation>Over uzelf</translation>
        </message>
        <message>
            <source>Your name is recorded with the changes you make, so others can see who did what.</source>
            <translation>Uw naam wordt vastgelegd bij de wijzigingen die u maakt, zodat anderen zien wie wat deed.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Uw rol</translation>
        </message>
        <message>
            <source>Your e-mail address (optional)</source>
            <translation>Uw e-mailadres (optioneel)</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <source>Your &amp;role:</source>
            <translation>Uw &amp;rol:</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>&amp;E-mail (optioneel):</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nieuw overleg</translation>
        </message>
        <message>
            <source>Kind of session</source>
            <translation>Soort overleg</translation>
        </message>
        <message>
            <source>Title of the session</source>
            <translation>Titel van het overleg</translation>
        </message>
        <message>
            <source>For example: Regio-overleg voorjaar</source>
            <translation>Bijvoorbeeld: Regio-overleg voorjaar</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Datum van het overleg</translation>
        </message>
        <message>
            <source>Place of the session</source>
            <translation>Plaats van het overleg</translation>
        </message>
    </context>
    <context>
        <name>SessionKind</name>
        <message>
            <source>Regional session</source>
            <translation>Regio-overleg</translation>
        </message>
        <message>
            <source>Knowledge session</source>
            <translation>Kennissessie</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
    </context>
    <context>
        <name>SessionModeWindow</name>
        <message>
            <source>Regiostem — session mode</source>
            <translation>Regiostem — sessiemodus</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Sessiemodus</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Overleg:</translation>
        </message>
        <message>
            <source>New session today</source>
            <translation>Nieuw overleg vandaag</translation>
        </message>
        <message>
            <source>Esc closes · everything is saved as you go</source>
            <translation>Esc sluit · alles wordt meteen opgeslagen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>Nieuw knelpunt</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Gemeente</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Description  (Ctrl+Enter saves)</source>
            <translation>&amp;Omschrijving  (Ctrl+Enter slaat op)</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;hema</translation>
        </message>
        <message>
            <source>Type a few letters of the name</source>
            <translation>Typ een paar letters van de naam</translation>
        </message>
        <message>
            <source>What goes wrong, in a few words</source>
            <translation>Wat gaat er mis, in een paar woorden</translation>
        </message>
        <message>
            <source>Since when, how often, what it costs</source>
            <translation>Sinds wanneer, hoe vaak, wat het kost</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(geen thema)</translation>
        </message>
        <message>
            <source>Save and next  (Enter)</source>
            <translation>Opslaan en volgende  (Enter)</translation>
        </message>
        <message>
            <source>Find any concern in the register…</source>
            <translation>Zoek een knelpunt in het register…</translation>
        </message>
        <message>
            <source>Regional session</source>
            <translation>Regio-overleg</translation>
        </message>
        <message>
            <source>Create a regional session for today</source>
            <translation>Een regio-overleg voor vandaag aanmaken</translation>
        </message>
        <message>
            <source>Close session mode</source>
            <translation>Sessiemodus sluiten</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Save the concern and start the next</source>
            <translation>Het knelpunt opslaan en met het volgende beginnen</translation>
        </message>
        <message>
            <source>Find a concern to recognise</source>
            <translation>Een knelpunt zoeken om te herkennen</translation>
        </message>
        <message>
            <source>Concerns of this session</source>
            <translation>Knelpunten van dit overleg</translation>
        </message>
        <message>
            <source>Record that the chosen municipality recognises the selected concern</source>
            <translation>Vastleggen dat de gekozen gemeente het geselecteerde knelpunt herkent</translation>
        </message>
        <message>
            <source>Municipalities present</source>
            <translation>Aanwezige gemeenten</translation>
        </message>
        <message>
            <source>Found in the register ({count})</source>
            <translation>Gevonden in het register ({count})</translation>
        </message>
        <message>
            <source>Raised in this session ({count})</source>
            <translation>Ingebracht in dit overleg ({count})</translation>
        </message>
        <message>
            <source>Present ({present} of {total})</source>
            <translation>Aanwezig ({present} van {total})</translation>
        </message>
        <message>
            <source>{name} recognises this  (Space)</source>
            <translation>{name} herkent dit  (Spatie)</translation>
        </message>
        <message>
            <source>Choose a municipality to record its recognition</source>
            <translation>Kies eerst een gemeente</translation>
        </message>
        <message>
            <source>There is no regional session yet: create one for today to start.</source>
            <translation>Er is nog geen regio-overleg: maak er een aan voor vandaag om te beginnen.</translation>
        </message>
        <message>
            <source>Regional session {date}</source>
            <translation>Regio-overleg {date}</translation>
        </message>
        <message>
            <source>Session “{title}” created.</source>
            <translation>Overleg “{title}” aangemaakt.</translation>
        </message>
        <message>
            <source>Which municipality? Type a few letters of its name.</source>
            <translation>Welke gemeente? Typ een paar letters van de naam.</translation>
        </message>
        <message>
            <source>Add a short description, then Ctrl+Enter.</source>
            <translation>Voeg een korte omschrijving toe en druk dan op Ctrl+Enter.</translation>
        </message>
        <message>
            <source>new concern “{title}”</source>
            <translation>nieuw knelpunt “{title}”</translation>
        </message>
        <message>
            <source>Saved: “{title}” ({municipality}).</source>
            <translation>Opgeslagen: “{title}” ({municipality}).</translation>
        </message>
        <message>
            <source>First choose the municipality that recognises it.</source>
            <translation>Kies eerst de gemeente die het herkent.</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>herkenning</translation>
        </message>
        <message>
            <source>Recorded: {municipality} recognises this concern.</source>
            <translation>Vastgelegd: {municipality} herkent dit knelpunt.</translation>
        </message>
        <message>
            <source>{name} (guest)</source>
            <translation>{name} (gast)</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>aanwezigheid</translation>
        </message>
    </context>
    <context>
        <name>Sessions</name>
        <message>
            <source>regional session</source>
            <translation>regio-overleg</translation>
        </message>
        <message>
            <source>kind of session</source>
            <translation>soort overleg</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titel</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>gemeente</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persoon</translation>
        </message>
        <message>
            <source>{person} does not work for {municipality}.</source>
            <translation>{person} werkt niet bij {municipality}.</translation>
        </message>
        <message>
            <source>(erased person)</source>
            <translation>(gewiste persoon)</translation>
        </message>
        <message>
            <source>The minutes of '{title}' are final; reopen them to change them.</source>
            <translation>Het verslag van '{title}' is definitief; heropen het om het te wijzigen.</translation>
        </message>
        <message>
            <source>status of minutes</source>
            <translation>status van het verslag</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>title of the session</source>
            <translation>titel van het overleg</translation>
        </message>
        <message>
            <source>place of the session</source>
            <translation>plaats van het overleg</translation>
        </message>
        <message>
            <source>agenda of the session</source>
            <translation>agenda van het overleg</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>verslag</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>T&amp;oon:</translation>
        </message>
        <message>
            <source>Show sessions of kind</source>
            <translation>Toon overleggen van soort</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Overleggen</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;Nieuw overleg…</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>Nieuw overleg</translation>
        </message>
        <message>
            <source>Open in session &amp;mode</source>
            <translation>Openen in sessie&amp;modus</translation>
        </message>
        <message>
            <source>Open this session in session mode</source>
            <translation>Dit overleg openen in de sessiemodus</translation>
        </message>
        <message>
            <source>Capture concerns and attendance full screen, for a beamer</source>
            <translation>Knelpunten en aanwezigheid vastleggen op volledig scherm, voor een beamer</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>D&amp;atum:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Plaats:</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>Title of the session</source>
            <translation>Titel van het overleg</translation>
        </message>
        <message>
            <source>Kind of session</source>
            <translation>Soort overleg</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Datum van het overleg</translation>
        </message>
        <message>
            <source>Place of the session</source>
            <translation>Plaats van het overleg</translation>
        </message>
        <message>
            <source>Agenda of the session</source>
            <translation>Agenda van het overleg</translation>
        </message>
        <message>
            <source>The agenda, one item per line</source>
            <translation>De agenda, één punt per regel</translation>
        </message>
        <message>
            <source>Concerns raised at the session</source>
            <translation>Knelpunten ingebracht in het overleg</translation>
        </message>
        <message>
            <source>National questions discussed at the session; tick to record</source>
            <translation>Landelijke vragen besproken in het overleg; vink aan om vast te leggen</translation>
        </message>
        <message>
            <source>Attendance, concerns and national questions</source>
            <translation>Aanwezigheid, knelpunten en landelijke vragen</translation>
        </message>
        <message>
            <source>No sessions yet. Record a regional session with “New session”.</source>
            <translation>Nog geen overleggen. Leg een regio-overleg vast met “Nieuw overleg”.</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regio-overleggen</translation>
        </message>
        <message>
            <source>{n} of {m} member municipalities present</source>
            <translation>{n} van {m} deelnemende gemeenten aanwezig</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>een gemeente in de regio</translation>
        </message>
        <message>
            <source>No concerns were raised at this session.</source>
            <translation>In dit overleg zijn geen knelpunten ingebracht.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <source>kind of session</source>
            <translation>soort overleg</translation>
        </message>
        <message>
            <source>date of the session</source>
            <translation>datum van het overleg</translation>
        </message>
        <message>
            <source>Minutes not changed</source>
            <translation>Verslag niet gewijzigd</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>aanwezigheid</translation>
        </message>
        <message>
            <source>national questions discussed</source>
            <translation>besproken landelijke vragen</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Sessiemodus</translation>
        </message>
        <message>
            <source>Session mode is not available here.</source>
            <translation>De sessiemodus is hier niet beschikbaar.</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Algemeen</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Regio</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>O&amp;ver</translation>
        </message>
        <message>
            <source>Storage and &amp;backups</source>
            <translation>&amp;Opslag en back-ups</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>SizeClass</name>
        <message>
            <source>Under 20,000 inhabitants</source>
            <translation>Minder dan 20.000 inwoners</translation>
        </message>
        <message>
            <source>20,000 to 50,000 inhabitants</source>
            <translation>20.000 tot 50.000 inwoners</translation>
        </message>
        <message>
            <source>50,000 to 100,000 inhabitants</source>
            <translation>50.000 tot 100.000 inwoners</translation>
        </message>
        <message>
            <source>100,000 inhabitants or more</source>
            <translation>100.000 inwoners of meer</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Store in use</source>
            <translation>Opslag in gebruik</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Alleen-lezen openen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
        <message>
            <source>Another Regiostem is working with this store. You can look at it read-only, or quit and close the other one first.</source>
            <translation>Een andere Regiostem werkt met deze opslag. U kunt hem alleen-lezen bekijken, of afsluiten en eerst de andere sluiten.</translation>
        </message>
        <message>
            <source>There is no good backup in {folder} to restore. The file was left as it is.</source>
            <translation>Er is geen goede back-up in {folder} om terug te zetten. Het bestand is gelaten zoals het is.</translation>
        </message>
        <message>
            <source>Store damaged</source>
            <translation>Opslag beschadigd</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Regiostem can restore the newest good backup ({name}). The damaged file is kept aside, nothing is deleted.</source>
            <translation>Regiostem kan de nieuwste goede back-up terugzetten ({name}). Het beschadigde bestand wordt apart bewaard; er wordt niets verwijderd.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Back-up teruggezet</translation>
        </message>
        <message>
            <source>The backup {name} was restored. The damaged file was kept as {aside}.</source>
            <translation>De back-up {name} is teruggezet. Het beschadigde bestand is bewaard als {aside}.</translation>
        </message>
        <message>
            <source>Regiostem cannot start</source>
            <translation>Regiostem kan niet starten</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Deelnemende gemeenten</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Merged concerns</source>
            <translation>Samengevoegde knelpunten</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Herkenningen</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regio-overleggen</translation>
        </message>
        <message>
            <source>National meetings</source>
            <translation>Landelijke vergaderingen</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agendapunten</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Standpunten</translation>
        </message>
        <message>
            <source>Position versions</source>
            <translation>Versies van standpunten</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Reacties</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Uitkomsten</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>Store: {path} (schema {version})</source>
            <translation>Opslag: {path} (schema {version})</translation>
        </message>
        <message>
            <source>Region: {name}</source>
            <translation>Regio: {name}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(niet ingesteld)</translation>
        </message>
    </context>
    <context>
        <name>StoragePage</name>
        <message>
            <source>{n} kB</source>
            <translation>{n} kB</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Nog geen back-ups.</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>handmatig gemaakt</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>vóór een upgrade</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>vóór een terugzetting</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>vóór een import</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Back-up terugzetten</translation>
        </message>
        <message>
            <source>Restore the backup of {when}? Everything changed since then is no longer shown. The current store is kept aside as a file in the data folder, so nothing is lost.</source>
            <translation>De back-up van {when} terugzetten? Alles wat sindsdien is gewijzigd, is dan niet meer zichtbaar. De huidige opslag wordt apart bewaard als bestand in de gegevensmap, dus er gaat niets verloren.</translation>
        </message>
        <message>
            <source>Where your data is stored</source>
            <translation>Waar uw gegevens staan</translation>
        </message>
        <message>
            <source>Location of the store</source>
            <translation>Locatie van de opslag</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Map openen</translation>
        </message>
        <message>
            <source>Warning: the store lies in a {reason}. Sync clients and network drives can damage or split a database that is being written. Move the data folder to a local disk and use backups or exchange packages to share.</source>
            <translation>Let op: de opslag staat in een {reason}. Synchronisatieprogramma's en netwerkschijven kunnen een database die wordt geschreven beschadigen of splitsen. Zet de gegevensmap op een lokale schijf en deel via back-ups of uitwisselpakketten.</translation>
        </message>
        <message>
            <source>Start Regiostem with --data-dir FOLDER, or set {env}, to use another folder.</source>
            <translation>Start Regiostem met --data-dir MAP, of zet {env}, om een andere map te gebruiken.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>When Regiostem starts and the last backup is more than {hours} hours old, it makes a checked backup; it keeps the newest {kept}. Restoring keeps the current store aside.</source>
            <translation>Als Regiostem start en de laatste back-up ouder is dan {hours} uur, maakt het een gecontroleerde back-up; de nieuwste {kept} blijven bewaard. Bij terugzetten wordt de huidige opslag apart bewaard.</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>&amp;Make a backup now</source>
            <translation>&amp;Nu een back-up maken</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>&amp;Terugzetten…</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The store refused to enforce foreign keys.</source>
            <translation>De opslag weigerde verwijzingen (foreign keys) af te dwingen.</translation>
        </message>
        <message>
            <source>The store cannot use write-ahead logging (journal mode {mode}).</source>
            <translation>De opslag kan geen write-ahead logging gebruiken (journaalmodus {mode}).</translation>
        </message>
        <message>
            <source>The store refused synchronous=FULL.</source>
            <translation>De opslag weigerde synchronous=FULL.</translation>
        </message>
        <message>
            <source>The store {path} cannot be read: {error}</source>
            <translation>De opslag {path} kan niet worden gelezen: {error}</translation>
        </message>
        <message>
            <source>The store {path} is an empty file. Restore a backup, or remove the file to start a new store.</source>
            <translation>De opslag {path} is een leeg bestand. Zet een back-up terug, of verwijder het bestand om met een nieuwe opslag te beginnen.</translation>
        </message>
        <message>
            <source>The file {path} is not a Regiostem store (not a SQLite database).</source>
            <translation>Het bestand {path} is geen opslag van Regiostem (geen SQLite-database).</translation>
        </message>
        <message>
            <source>The store {path} cannot be opened: {error}</source>
            <translation>De opslag {path} kan niet worden geopend: {error}</translation>
        </message>
        <message>
            <source>The file {path} is a SQLite database but not a Regiostem store.</source>
            <translation>Het bestand {path} is een SQLite-database, maar geen opslag van Regiostem.</translation>
        </message>
        <message>
            <source>The store {path} was written by a newer version of Regiostem (schema {revision}); this is version {version}. Install the newer version; the store was left untouched.</source>
            <translation>De opslag {path} is geschreven door een nieuwere versie van Regiostem (schema {revision}); dit is versie {version}. Installeer de nieuwere versie; de opslag is niet aangeraakt.</translation>
        </message>
        <message>
            <source>The store {path} is damaged: {problems}</source>
            <translation>De opslag {path} is beschadigd: {problems}</translation>
        </message>
        <message>
            <source>The store {path} is damaged: {error}</source>
            <translation>De opslag {path} is beschadigd: {error}</translation>
        </message>
        <message>
            <source> (process {pid} on {host}, since {since})</source>
            <translation> (proces {pid} op {host}, sinds {since})</translation>
        </message>
        <message>
            <source>The store in {folder} is in use by another Regiostem{holder}. Close it there first.</source>
            <translation>De opslag in {folder} is in gebruik door een andere Regiostem{holder}. Sluit die daar eerst.</translation>
        </message>
        <message>
            <source>There is no store in {folder} yet.</source>
            <translation>Er is nog geen opslag in {folder}.</translation>
        </message>
        <message>
            <source>The store in {folder} must be upgraded first; open it once without read-only.</source>
            <translation>De opslag in {folder} moet eerst worden bijgewerkt; open hem één keer zonder alleen-lezen.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created: {error}</source>
            <translation>De map {folder} kan niet worden aangemaakt: {error}</translation>
        </message>
        <message>
            <source>The new store {path} could not be completed.</source>
            <translation>De nieuwe opslag {path} kon niet worden voltooid.</translation>
        </message>
        <message>
            <source>The store {path} cannot be written: {error}</source>
            <translation>In de opslag {path} kan niet worden geschreven: {error}</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} is leeg.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <source>The backup failed its check: {problems}</source>
            <translation>De back-up is niet door de controle gekomen: {problems}</translation>
        </message>
        <message>
            <source>The backup could not be made: {error}</source>
            <translation>De back-up kon niet worden gemaakt: {error}</translation>
        </message>
        <message>
            <source>{path} is the store itself, not a backup.</source>
            <translation>{path} is de opslag zelf, geen back-up.</translation>
        </message>
        <message>
            <source>{path} is not a usable backup: {problems}</source>
            <translation>{path} is geen bruikbare back-up: {problems}</translation>
        </message>
    </context>
    <context>
        <name>SupportEditor</name>
        <message>
            <source>Tick the municipalities that recognise this concern. The breadth counts the municipality that raised it, these recognitions and those of concerns merged into it.</source>
            <translation>Vink de gemeenten aan die dit knelpunt herkennen. Het draagvlak telt de gemeente die het inbracht, deze herkenningen en die van knelpunten die erin zijn samengevoegd.</translation>
        </message>
        <message>
            <source>Recorded v&amp;ia</source>
            <translation>Vastgelegd &amp;via</translation>
        </message>
        <message>
            <source>&amp;on</source>
            <translation>&amp;op</translation>
        </message>
        <message>
            <source>O&amp;ther municipality</source>
            <translation>&amp;Andere gemeente</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hoe</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>Municipalities that recognise the concern</source>
            <translation>Gemeenten die het knelpunt herkennen</translation>
        </message>
        <message>
            <source>How new recognitions were obtained</source>
            <translation>Hoe nieuwe herkenningen zijn verkregen</translation>
        </message>
        <message>
            <source>Date of new recognitions</source>
            <translation>Datum van nieuwe herkenningen</translation>
        </message>
        <message>
            <source>Another municipality that recognises the concern</source>
            <translation>Een andere gemeente die het knelpunt herkent</translation>
        </message>
        <message>
            <source>Add the other municipality's recognition</source>
            <translation>De herkenning van de andere gemeente toevoegen</translation>
        </message>
        <message>
            <source>{name} (outside the region)</source>
            <translation>{name} (buiten de regio)</translation>
        </message>
        <message>
            <source>raised it</source>
            <translation>bracht het in</translation>
        </message>
        <message>
            <source>via a merged concern</source>
            <translation>via een samengevoegd knelpunt</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>herkenning</translation>
        </message>
        <message>
            <source>removal of a recognition</source>
            <translation>verwijderen van een herkenning</translation>
        </message>
        <message>
            <source>Type the name or GM code of a municipality first.</source>
            <translation>Typ eerst de naam of GM-code van een gemeente.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <source>How “{title}” is computed</source>
            <translation>Hoe “{title}” wordt berekend</translation>
        </message>
    </context>
    <context>
        <name>TemplateAction</name>
        <message>
            <source>Save intake template</source>
            <translation>Invulsjabloon opslaan</translation>
        </message>
        <message>
            <source>intake-concerns.xlsx</source>
            <translation>invullijst-knelpunten.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>The intake workbook was saved as {path}. Municipal staff fill in one concern per row; import the filled-in workbook with File &gt; Import.</source>
            <translation>De invulwerkmap is opgeslagen als {path}. Gemeentelijke medewerkers vullen één knelpunt per rij in; importeer de ingevulde werkmap met Bestand &gt; Importeren.</translation>
        </message>
        <message>
            <source>Intake workbook saved.</source>
            <translation>Invulwerkmap opgeslagen.</translation>
        </message>
        <message>
            <source>Intake workbook not saved</source>
            <translation>Invulwerkmap niet opgeslagen</translation>
        </message>
        <message>
            <source>Writing the intake workbook…</source>
            <translation>Invulwerkmap schrijven…</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>Unknown theme '{name}'. Known themes: {themes}.</source>
            <translation>Onbekend thema '{name}'. Bekende thema's: {themes}.</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Responses at this version</source>
            <translation>Reacties bij deze versie</translation>
        </message>
        <message>
            <source>support {support} of {members}, objections {objections}, responses {responded} of {members}</source>
            <translation>steun {support} van {members}, bezwaren {objections}, reacties {responded} van {members}</translation>
        </message>
        <message>
            <source>Compare versions — {title}</source>
            <translation>Versies vergelijken — {title}</translation>
        </message>
        <message>
            <source>&amp;Older version:</source>
            <translation>&amp;Oudere versie:</translation>
        </message>
        <message>
            <source>&amp;Newer version:</source>
            <translation>&amp;Nieuwere versie:</translation>
        </message>
        <message>
            <source>Older version</source>
            <translation>Oudere versie</translation>
        </message>
        <message>
            <source>Newer version</source>
            <translation>Nieuwere versie</translation>
        </message>
        <message>
            <source>Show &amp;unchanged fields too</source>
            <translation>Ook ongewijzigde velden &amp;tonen</translation>
        </message>
        <message>
            <source>Show unchanged fields too</source>
            <translation>Ook ongewijzigde velden tonen</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Verschillen tussen de twee versies</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>This position has no versions yet.</source>
            <translation>Dit standpunt heeft nog geen versies.</translation>
        </message>
        <message>
            <source>Version {title}</source>
            <translation>Versie {title}</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>Ongewijzigd:</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>Every status change keeps a version, and so does “New version”. Select two versions (Ctrl+click) to compare them word by word, or one to compare it with the version before.</source>
            <translation>Elke statuswijziging bewaart een versie, en “Nieuwe versie” ook. Kies twee versies (Ctrl+klik) om ze woord voor woord te vergelijken, of één om haar met de vorige te vergelijken.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Versions of the position</source>
            <translation>Versies van het standpunt</translation>
        </message>
        <message>
            <source>&amp;New version…</source>
            <translation>&amp;Nieuwe versie…</translation>
        </message>
        <message>
            <source>Keep a new version</source>
            <translation>Een nieuwe versie bewaren</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>Verge&amp;lijken…</translation>
        </message>
        <message>
            <source>Compare versions</source>
            <translation>Versies vergelijken</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regio-overleggen</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>Landelijk Beraad</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Standpunten</translation>
        </message>
        <message>
            <source>Municipalities &amp; contacts</source>
            <translation>Gemeenten &amp; contacten</translation>
        </message>
        <message>
            <source>News</source>
            <translation>Nieuws</translation>
        </message>
        <message>
            <source>News from national sources (VNG, Logius, the IBD and others) as background to the region's concerns and the agenda of the national meeting.</source>
            <translation>Nieuws uit landelijke bronnen (VNG, Logius, de IBD en anderen) als achtergrond bij de knelpunten van de regio en de agenda van de landelijke vergadering.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
    </context>
    <context>
        <name>Weighing</name>
        <message>
            <source>Support {support} of {members} ({support_percent}, {support_inhabitants_percent} of inhabitants); objections {objections}; responses {responded} of {members}.</source>
            <translation>Steun {support} van {members} ({support_percent}, {support_inhabitants_percent} van de inwoners); bezwaren {objections}; reacties {responded} van {members}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> of </translation>
        </message>
        <message>
            <source>By count: {part} of the {whole} member municipalities responded {grades}; {part} ÷ {whole} = {percent}.</source>
            <translation>Naar aantal: {part} van de {whole} deelnemende gemeenten reageerden met {grades}; {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>By inhabitants: the municipalities that responded {grades} have {part} of the {whole} inhabitants of all member municipalities; {part} ÷ {whole} = {percent}.</source>
            <translation>Naar inwoners: de gemeenten die reageerden met {grades} hebben {part} van de {whole} inwoners van alle deelnemende gemeenten; {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>Support (incl. with reservation)</source>
            <translation>Steun (ook met voorbehoud)</translation>
        </message>
        <message>
            <source>Responded</source>
            <translation>Gereageerd</translation>
        </message>
        <message>
            <source>Quorum: {part} of the {whole} member municipalities responded (any response except {none}); {part} ÷ {whole} = {percent}.</source>
            <translation>Quorum: {part} van de {whole} deelnemende gemeenten reageerden (elke reactie behalve {none}); {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>Support counts {support}. Responded counts every response except {none}; a member without a response counts as {none}. Shares by count divide by the number of member municipalities, shares by inhabitants by the inhabitants of all member municipalities.</source>
            <translation>Steun telt {support}. Gereageerd telt elke reactie behalve {none}; een deelnemer zonder reactie telt als {none}. Aandelen naar aantal delen door het aantal deelnemende gemeenten, aandelen naar inwoners door de inwoners van alle deelnemende gemeenten.</translation>
        </message>
        <message>
            <source>A position can be adopted when at least {quorum} of the member municipalities have responded, objections come from at most {count} of the member municipalities and from municipalities with at most {inhabitants} of their inhabitants, and any objection is recorded in a minority note.</source>
            <translation>Een standpunt kan worden vastgesteld als minstens {quorum} van de deelnemende gemeenten heeft gereageerd, bezwaren van hoogstens {count} van de deelnemende gemeenten komen en van gemeenten met hoogstens {inhabitants} van hun inwoners, en elk bezwaar in een minderheidsstandpunt is vastgelegd.</translation>
        </message>
        <message>
            <source>The region has no member municipalities yet.</source>
            <translation>De regio heeft nog geen deelnemende gemeenten.</translation>
        </message>
        <message>
            <source>Quorum reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</source>
            <translation>Quorum gehaald: {part} van {whole} deelnemende gemeenten reageerden ({percent}); minstens {required} is nodig.</translation>
        </message>
        <message>
            <source>Quorum not reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</source>
            <translation>Quorum niet gehaald: {part} van {whole} deelnemende gemeenten reageerden ({percent}); minstens {required} is nodig.</translation>
        </message>
        <message>
            <source>Objections by count within the rule: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</source>
            <translation>Bezwaren naar aantal binnen de regel: {part} van {whole} deelnemende gemeenten ({percent}); hoogstens {allowed} is toegestaan.</translation>
        </message>
        <message>
            <source>Too many objections by count: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</source>
            <translation>Te veel bezwaren naar aantal: {part} van {whole} deelnemende gemeenten ({percent}); hoogstens {allowed} is toegestaan.</translation>
        </message>
        <message>
            <source>Objections by inhabitants within the rule: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</source>
            <translation>Bezwaren naar inwoners binnen de regel: {part} van {whole} inwoners ({percent}); hoogstens {allowed} is toegestaan.</translation>
        </message>
        <message>
            <source>Too many objections by inhabitants: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</source>
            <translation>Te veel bezwaren naar inwoners: {part} van {whole} inwoners ({percent}); hoogstens {allowed} is toegestaan.</translation>
        </message>
        <message>
            <source>1 objection, recorded in the minority note.</source>
            <translation>1 bezwaar, vastgelegd in het minderheidsstandpunt.</translation>
        </message>
        <message>
            <source>{count} objections, recorded in the minority note.</source>
            <translation>{count} bezwaren, vastgelegd in het minderheidsstandpunt.</translation>
        </message>
        <message>
            <source>No objections, so no minority note is needed.</source>
            <translation>Geen bezwaren, dus er is geen minderheidsstandpunt nodig.</translation>
        </message>
        <message>
            <source>1 objection but no minority note: write down where municipalities differ.</source>
            <translation>1 bezwaar maar geen minderheidsstandpunt: leg vast waar gemeenten verschillen.</translation>
        </message>
        <message>
            <source>{count} objections but no minority note: write down where municipalities differ.</source>
            <translation>{count} bezwaren maar geen minderheidsstandpunt: leg vast waar gemeenten verschillen.</translation>
        </message>
    </context>
    <context>
        <name>WeighingPanel</name>
        <message>
            <source>Support in the region</source>
            <translation>Steun in de regio</translation>
        </message>
        <message>
            <source>Objections and reservations</source>
            <translation>Bezwaren en voorbehouden</translation>
        </message>
        <message>
            <source>Weighing of the position</source>
            <translation>Weging van het standpunt</translation>
        </message>
        <message>
            <source>How the quorum is computed</source>
            <translation>Hoe het quorum wordt berekend</translation>
        </message>
        <message>
            <source>By number of municipalities</source>
            <translation>Naar aantal gemeenten</translation>
        </message>
        <message>
            <source>{n} of {m} support</source>
            <translation>{n} van {m} steunen</translation>
        </message>
        <message>
            <source>1 of {m} supports</source>
            <translation>1 van {m} steunt</translation>
        </message>
        <message>
            <source>By inhabitants</source>
            <translation>Naar inwoners</translation>
        </message>
        <message>
            <source>{share} support</source>
            <translation>{share} steun</translation>
        </message>
        <message>
            <source>{mark} Responses in: {part} of {whole} ({percent})</source>
            <translation>{mark} Reacties binnen: {part} van {whole} ({percent})</translation>
        </message>
        <message>
            <source>Can be adopted under the rule</source>
            <translation>Kan volgens de regel worden vastgesteld</translation>
        </message>
        <message>
            <source>Cannot be adopted yet</source>
            <translation>Kan nog niet worden vastgesteld</translation>
        </message>
        <message>
            <source>Rule: {rule}</source>
            <translation>Regel: {rule}</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Geen.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowBar</name>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Stap terug</translation>
        </message>
        <message>
            <source>St&amp;art consultation</source>
            <translation>&amp;Consultatie starten</translation>
        </message>
        <message>
            <source>M&amp;ark as raised</source>
            <translation>Markeren als &amp;ingebracht</translation>
        </message>
        <message>
            <source>Back to “{status}”</source>
            <translation>Terug naar “{status}”</translation>
        </message>
        <message>
            <source>&amp;Adopt position</source>
            <translation>Standpunt &amp;vaststellen</translation>
        </message>
        <message>
            <source>Record &amp;outcome…</source>
            <translation>&amp;Uitkomst vastleggen…</translation>
        </message>
        <message>
            <source>Mark &amp;outcome known</source>
            <translation>Markeren als &amp;uitkomst bekend</translation>
        </message>
    </context>
    <context>
        <name>Writes</name>
        <message>
            <source>Not changed</source>
            <translation>Niet gewijzigd</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
    </context>
</TS>
