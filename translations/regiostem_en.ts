<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>Help and about Regiostem</source>
            <translation>Help and about Regiostem</translation>
        </message>
    </context>
    <context>
        <name>AboutText</name>
        <message>
            <source>About Regiostem</source>
            <translation>About Regiostem</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Log file</source>
            <translation>Log file</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>New concern</translation>
        </message>
        <message>
            <source>Search in the current view</source>
            <translation>Search in the current view</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>Undo / redo</translation>
        </message>
        <message>
            <source>Go to a part of the app</source>
            <translation>Go to a part of the app</translation>
        </message>
        <message>
            <source>Session mode (full screen, for a regional session)</source>
            <translation>Session mode (full screen, for a regional session)</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>This help</translation>
        </message>
        <message>
            <source>Regiostem helps the delegate of a region of municipalities prepare the Landelijk ICT Beraad: gather concerns, weigh them, agree one regional position per agenda item, and report the outcome back.</source>
            <translation>Regiostem helps the delegate of a region of municipalities prepare the Landelijk ICT Beraad: gather concerns, weigh them, agree one regional position per agenda item, and report the outcome back.</translation>
        </message>
        <message>
            <source>Municipal figures (names, codes, provinces, inhabitants): {credit}, licence CC BY 4.0.</source>
            <translation>Municipal figures (names, codes, provinces, inhabitants): {credit}, licence CC BY 4.0.</translation>
        </message>
        <message>
            <source>Keyboard</source>
            <translation>Keyboard</translation>
        </message>
    </context>
    <context>
        <name>AgendaItemEditor</name>
        <message>
            <source>title of the agenda item</source>
            <translation>title of the agenda item</translation>
        </message>
        <message>
            <source>national question</source>
            <translation>national question</translation>
        </message>
        <message>
            <source>description of the agenda item</source>
            <translation>description of the agenda item</translation>
        </message>
        <message>
            <source>reference links</source>
            <translation>reference links</translation>
        </message>
        <message>
            <source>Title of the agenda item</source>
            <translation>Title of the agenda item</translation>
        </message>
        <message>
            <source>T&amp;itle:</source>
            <translation>T&amp;itle:</translation>
        </message>
        <message>
            <source>National &amp;question:</source>
            <translation>National &amp;question:</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>National question</translation>
        </message>
        <message>
            <source>National body asking the question</source>
            <translation>National body asking the question</translation>
        </message>
        <message>
            <source>Asked b&amp;y:</source>
            <translation>Asked b&amp;y:</translation>
        </message>
        <message>
            <source>Description of the agenda item</source>
            <translation>Description of the agenda item</translation>
        </message>
        <message>
            <source>Des&amp;cription:</source>
            <translation>Des&amp;cription:</translation>
        </message>
        <message>
            <source>Reference &amp;links:</source>
            <translation>Reference &amp;links:</translation>
        </message>
        <message>
            <source>Reference links, one web address per line</source>
            <translation>Reference links, one web address per line</translation>
        </message>
        <message>
            <source>What the national body asks the regions</source>
            <translation>What the national body asks the regions</translation>
        </message>
        <message>
            <source>Linked concerns</source>
            <translation>Linked concerns</translation>
        </message>
        <message>
            <source>Concerns linked to the agenda item</source>
            <translation>Concerns linked to the agenda item</translation>
        </message>
        <message>
            <source>Lin&amp;k concerns…</source>
            <translation>Lin&amp;k concerns…</translation>
        </message>
        <message>
            <source>Link concerns to the agenda item</source>
            <translation>Link concerns to the agenda item</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>No concerns linked yet.</source>
            <translation>No concerns linked yet.</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>No outcome recorded yet.</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
    </context>
    <context>
        <name>AgendaTable</name>
        <message>
            <source>1 objection</source>
            <translation>1 objection</translation>
        </message>
        <message>
            <source>{n} objections</source>
            <translation>{n} objections</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>National question</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agenda items</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>expected %s argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>expected %s arguments</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unexpected option string: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>can't open '%(filename)s': %(error)s</translation>
        </message>
    </context>
    <context>
        <name>AttendanceTree</name>
        <message>
            <source>Municipality / person</source>
            <translation>Municipality / person</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Attendance per municipality and person</source>
            <translation>Attendance per municipality and person</translation>
        </message>
        <message>
            <source>{name} (outside the region)</source>
            <translation>{name} (outside the region)</translation>
        </message>
        <message>
            <source>present</source>
            <translation>present</translation>
        </message>
        <message>
            <source>absent</source>
            <translation>absent</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Making a backup...</source>
            <translation>Making a backup...</translation>
        </message>
        <message>
            <source>Backup made: {name}</source>
            <translation>Backup made: {name}</translation>
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
            <translation>1 municipality · {inhabitants} inhabitants</translation>
        </message>
        <message>
            <source>{count} municipalities · {inhabitants} inhabitants</source>
            <translation>{count} municipalities · {inhabitants} inhabitants</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Regiostem: the regional voice for the Landelijk ICT Beraad.</source>
            <translation>Regiostem: the regional voice for the Landelijk ICT Beraad.</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>show the version number and exit</translation>
        </message>
        <message>
            <source>the data folder holding the store (default: {env} or the per-user folder)</source>
            <translation>the data folder holding the store (default: {env} or the per-user folder)</translation>
        </message>
        <message>
            <source>open the app on a temporary demo region</source>
            <translation>open the app on a temporary demo region</translation>
        </message>
        <message>
            <source>language of the interface and documents</source>
            <translation>language of the interface and documents</translation>
        </message>
        <message>
            <source>Unexpected error: {error}.</source>
            <translation>Unexpected error: {error}.</translation>
        </message>
        <message>
            <source>Warning: the store lies in a {risk}; sync clients and network shares can damage or fork it. Move the data folder to a local disk.</source>
            <translation>Warning: the store lies in a {risk}; sync clients and network shares can damage or fork it. Move the data folder to a local disk.</translation>
        </message>
        <message>
            <source>File not found: {path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <source>To restore the newest good backup: delegate-app restore --latest</source>
            <translation>To restore the newest good backup: delegate-app restore --latest</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>The store reported a problem: {error}. Check it with: delegate-app check</source>
            <translation>The store reported a problem: {error}. Check it with: delegate-app check</translation>
        </message>
        <message>
            <source>(no log file)</source>
            <translation>(no log file)</translation>
        </message>
        <message>
            <source>Unexpected error: {error}. Details are in {log}</source>
            <translation>Unexpected error: {error}. Details are in {log}</translation>
        </message>
        <message>
            <source>fill the store with the demo region (idempotent)</source>
            <translation>fill the store with the demo region (idempotent)</translation>
        </message>
        <message>
            <source>also add N synthetic concerns (for load tests)</source>
            <translation>also add N synthetic concerns (for load tests)</translation>
        </message>
        <message>
            <source>--concerns must be 0 or more, not {n}.</source>
            <translation>--concerns must be 0 or more, not {n}.</translation>
        </message>
        <message>
            <source>--batch-size must be 1 or more, not {n}.</source>
            <translation>--batch-size must be 1 or more, not {n}.</translation>
        </message>
        <message>
            <source>The demo region was added to {path}.</source>
            <translation>The demo region was added to {path}.</translation>
        </message>
        <message>
            <source>The demo region is already in {path}.</source>
            <translation>The demo region is already in {path}.</translation>
        </message>
        <message>
            <source>1 synthetic concern added.</source>
            <translation>1 synthetic concern added.</translation>
        </message>
        <message>
            <source>{n} synthetic concerns added.</source>
            <translation>{n} synthetic concerns added.</translation>
        </message>
        <message>
            <source>write the briefing pack (PDF) for a national meeting</source>
            <translation>write the briefing pack (PDF) for a national meeting</translation>
        </message>
        <message>
            <source>Write the briefing pack for a national meeting. Concerns marked confidential are left out unless --include-confidential is given; then every page is marked confidential.</source>
            <translation>Write the briefing pack for a national meeting. Concerns marked confidential are left out unless --include-confidential is given; then every page is marked confidential.</translation>
        </message>
        <message>
            <source>the meeting's id, or 'next' for the coming meeting (default)</source>
            <translation>the meeting's id, or 'next' for the coming meeting (default)</translation>
        </message>
        <message>
            <source>write the report-back (PDF) of a national meeting</source>
            <translation>write the report-back (PDF) of a national meeting</translation>
        </message>
        <message>
            <source>Write the report-back of a national meeting for the region, or with --municipality for one municipality, listing what became of each of its concerns.</source>
            <translation>Write the report-back of a national meeting for the region, or with --municipality for one municipality, listing what became of each of its concerns.</translation>
        </message>
        <message>
            <source>the meeting's id, or 'last' for the latest meeting held (default)</source>
            <translation>the meeting's id, or 'last' for the latest meeting held (default)</translation>
        </message>
        <message>
            <source>write the report-back for this municipality (GM code or name)</source>
            <translation>write the report-back for this municipality (GM code or name)</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <source>include concerns marked confidential; every page is then marked confidential</source>
            <translation>include concerns marked confidential; every page is then marked confidential</translation>
        </message>
        <message>
            <source>language of the document (default: the interface language, Dutch)</source>
            <translation>language of the document (default: the interface language, Dutch)</translation>
        </message>
        <message>
            <source>--out: {path} must be a .pdf file.</source>
            <translation>--out: {path} must be a .pdf file.</translation>
        </message>
        <message>
            <source>--out: the folder {folder} does not exist.</source>
            <translation>--out: the folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>--out: {path} cannot be written.</source>
            <translation>--out: {path} cannot be written.</translation>
        </message>
        <message>
            <source>--out: {path} cannot be written: {error}</source>
            <translation>--out: {path} cannot be written: {error}</translation>
        </message>
        <message>
            <source>Briefing pack for {meeting} written to {path} ({pages} pages).</source>
            <translation>Briefing pack for {meeting} written to {path} ({pages} pages).</translation>
        </message>
        <message>
            <source>Report-back of {meeting} for {audience} written to {path} ({pages} pages).</source>
            <translation>Report-back of {meeting} for {audience} written to {path} ({pages} pages).</translation>
        </message>
        <message>
            <source>read the exchange passphrase from the first line of FILE (or set {env})</source>
            <translation>read the exchange passphrase from the first line of FILE (or set {env})</translation>
        </message>
        <message>
            <source>import concerns from a .csv/.xlsx file, or an exchange package; all or nothing</source>
            <translation>import concerns from a .csv/.xlsx file, or an exchange package; all or nothing</translation>
        </message>
        <message>
            <source>the .csv or .xlsx file, or the exchange package, to import</source>
            <translation>the .csv or .xlsx file, or the exchange package, to import</translation>
        </message>
        <message>
            <source>check the file and report; store nothing</source>
            <translation>check the file and report; store nothing</translation>
        </message>
        <message>
            <source>export concerns to .csv or .xlsx</source>
            <translation>export concerns to .csv or .xlsx</translation>
        </message>
        <message>
            <source>the concerns the filters select (default: all)</source>
            <translation>the concerns the filters select (default: all)</translation>
        </message>
        <message>
            <source>.csv or .xlsx, by extension</source>
            <translation>.csv or .xlsx, by extension</translation>
        </message>
        <message>
            <source>words to search for</source>
            <translation>words to search for</translation>
        </message>
        <message>
            <source>a theme's code or label</source>
            <translation>a theme's code or label</translation>
        </message>
        <message>
            <source>a municipality's name or GM code</source>
            <translation>a municipality's name or GM code</translation>
        </message>
        <message>
            <source>a status code (new, triaged, ...)</source>
            <translation>a status code (new, triaged, ...)</translation>
        </message>
        <message>
            <source>openbaar, regio or vertrouwelijk</source>
            <translation>openbaar, regio or vertrouwelijk</translation>
        </message>
        <message>
            <source>include confidential concerns (left out otherwise)</source>
            <translation>include confidential concerns (left out otherwise)</translation>
        </message>
        <message>
            <source>write the intake workbook for municipal staff</source>
            <translation>write the intake workbook for municipal staff</translation>
        </message>
        <message>
            <source>the workbook that is written</source>
            <translation>the workbook that is written</translation>
        </message>
        <message>
            <source>encrypted exchange packages between laptops</source>
            <translation>encrypted exchange packages between laptops</translation>
        </message>
        <message>
            <source>write a package of this store</source>
            <translation>write a package of this store</translation>
        </message>
        <message>
            <source>the package file that is written</source>
            <translation>the package file that is written</translation>
        </message>
        <message>
            <source>mine: concerns, supports and responses (what a contributor hands in); all: the whole store</source>
            <translation>mine: concerns, supports and responses (what a contributor hands in); all: the whole store</translation>
        </message>
        <message>
            <source>only this municipality's records (scope mine)</source>
            <translation>only this municipality's records (scope mine)</translation>
        </message>
        <message>
            <source>merge a package into this store</source>
            <translation>merge a package into this store</translation>
        </message>
        <message>
            <source>the package to merge</source>
            <translation>the package to merge</translation>
        </message>
        <message>
            <source>remove this store's exchange key from the keyring</source>
            <translation>remove this store's exchange key from the keyring</translation>
        </message>
        <message>
            <source>records edited on two laptops, waiting for a decision</source>
            <translation>records edited on two laptops, waiting for a decision</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>print JSON</translation>
        </message>
        <message>
            <source>also list settled conflicts</source>
            <translation>also list settled conflicts</translation>
        </message>
        <message>
            <source>settle a conflict</source>
            <translation>settle a conflict</translation>
        </message>
        <message>
            <source>the conflict's id, as listed by: conflicts</source>
            <translation>the conflict's id, as listed by: conflicts</translation>
        </message>
        <message>
            <source>local: keep the version of this laptop; incoming: take the incoming version</source>
            <translation>local: keep the version of this laptop; incoming: take the incoming version</translation>
        </message>
        <message>
            <source>The passphrase file {path} is not UTF-8 text.</source>
            <translation>The passphrase file {path} is not UTF-8 text.</translation>
        </message>
        <message>
            <source>The passphrase file {path} is empty.</source>
            <translation>The passphrase file {path} is empty.</translation>
        </message>
        <message>
            <source>Exchange passphrase: </source>
            <translation>Exchange passphrase: </translation>
        </message>
        <message>
            <source>Repeat the passphrase: </source>
            <translation>Repeat the passphrase: </translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>--dry-run applies to .csv and .xlsx files, not to packages.</source>
            <translation>--dry-run applies to .csv and .xlsx files, not to packages.</translation>
        </message>
        <message>
            <source>Columns ignored: {names}</source>
            <translation>Columns ignored: {names}</translation>
        </message>
        <message>
            <source>{file}: concerns imported: {created}; already present: {existing}.</source>
            <translation>{file}: concerns imported: {created}; already present: {existing}.</translation>
        </message>
        <message>
            <source>1 of them comes from a municipality outside the region.</source>
            <translation>1 of them comes from a municipality outside the region.</translation>
        </message>
        <message>
            <source>{file}: package from {sender} merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</source>
            <translation>{file}: package from {sender} merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</translation>
        </message>
        <message>
            <source>Package written to {path}. Concerns: {concerns}; records in all: {records}.</source>
            <translation>Package written to {path}. Concerns: {concerns}; records in all: {records}.</translation>
        </message>
        <message>
            <source>{count} of them come from municipalities outside the region.</source>
            <translation>{count} of them come from municipalities outside the region.</translation>
        </message>
        <message>
            <source>{file}: new concerns: {new}; already present: {existing}; nothing stored.</source>
            <translation>{file}: new concerns: {new}; already present: {existing}; nothing stored.</translation>
        </message>
        <message>
            <source>Edited on both laptops; see 'delegate-app conflicts' to decide.</source>
            <translation>Edited on both laptops; see 'delegate-app conflicts' to decide.</translation>
        </message>
        <message>
            <source>{option} must be one of {choices}, not '{value}'.</source>
            <translation>{option} must be one of {choices}, not '{value}'.</translation>
        </message>
        <message>
            <source>1 concern written to {path}.</source>
            <translation>1 concern written to {path}.</translation>
        </message>
        <message>
            <source>{count} concerns written to {path}.</source>
            <translation>{count} concerns written to {path}.</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: the file holds 1 confidential concern.</source>
            <translation>CONFIDENTIAL: the file holds 1 confidential concern.</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: the file holds {count} confidential concerns.</source>
            <translation>CONFIDENTIAL: the file holds {count} confidential concerns.</translation>
        </message>
        <message>
            <source>Intake workbook written to {path}.</source>
            <translation>Intake workbook written to {path}.</translation>
        </message>
        <message>
            <source>--municipality goes with --scope mine.</source>
            <translation>--municipality goes with --scope mine.</translation>
        </message>
        <message>
            <source>The exchange key of this store was removed from the keyring.</source>
            <translation>The exchange key of this store was removed from the keyring.</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <source>{id}  {entity} '{label}' from {peer}; differs in: {fields}{settled}</source>
            <translation>{id}  {entity} '{label}' from {peer}; differs in: {fields}{settled}</translation>
        </message>
        <message>
            <source>Conflict on {entity} '{label}' settled: {resolution}.</source>
            <translation>Conflict on {entity} '{label}' settled: {resolution}.</translation>
        </message>
        <message>
            <source>define or show the region</source>
            <translation>define or show the region</translation>
        </message>
        <message>
            <source>define the region and its member municipalities</source>
            <translation>define the region and its member municipalities</translation>
        </message>
        <message>
            <source>the region's name</source>
            <translation>the region's name</translation>
        </message>
        <message>
            <source>member municipalities: GM or CBS codes or names, separated by commas</source>
            <translation>member municipalities: GM or CBS codes or names, separated by commas</translation>
        </message>
        <message>
            <source>show the region</source>
            <translation>show the region</translation>
        </message>
        <message>
            <source>print one JSON object</source>
            <translation>print one JSON object</translation>
        </message>
        <message>
            <source>Region '{name}': 1 member municipality, {inhabitants} inhabitants.</source>
            <translation>Region '{name}': 1 member municipality, {inhabitants} inhabitants.</translation>
        </message>
        <message>
            <source>Region '{name}': {count} member municipalities, {inhabitants} inhabitants.</source>
            <translation>Region '{name}': {count} member municipalities, {inhabitants} inhabitants.</translation>
        </message>
        <message>
            <source>No region has been defined yet. Use: region set --name NAME --members GM0001,...</source>
            <translation>No region has been defined yet. Use: region set --name NAME --members GM0001,...</translation>
        </message>
        <message>
            <source>{name}: 1 member municipality, {inhabitants} inhabitants</source>
            <translation>{name}: 1 member municipality, {inhabitants} inhabitants</translation>
        </message>
        <message>
            <source>{name}: {count} member municipalities, {inhabitants} inhabitants</source>
            <translation>{name}: {count} member municipalities, {inhabitants} inhabitants</translation>
        </message>
        <message>
            <source>show what the store holds</source>
            <translation>show what the store holds</translation>
        </message>
        <message>
            <source>check integrity, foreign keys and schema version (exit 0 when all is well)</source>
            <translation>check integrity, foreign keys and schema version (exit 0 when all is well)</translation>
        </message>
        <message>
            <source>make a verified backup of the store</source>
            <translation>make a verified backup of the store</translation>
        </message>
        <message>
            <source>where to write it (a file or a folder; default: the backups folder of the store)</source>
            <translation>where to write it (a file or a folder; default: the backups folder of the store)</translation>
        </message>
        <message>
            <source>replace the store by a backup; the current store is kept aside</source>
            <translation>replace the store by a backup; the current store is kept aside</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>the backup to restore</translation>
        </message>
        <message>
            <source>restore the newest backup that passes its check</source>
            <translation>restore the newest backup that passes its check</translation>
        </message>
        <message>
            <source>also replace a store written by a newer version of Regiostem (it is kept aside)</source>
            <translation>also replace a store written by a newer version of Regiostem (it is kept aside)</translation>
        </message>
        <message>
            <source>There is no store in {folder}.</source>
            <translation>There is no store in {folder}.</translation>
        </message>
        <message>
            <source>The store {path} has schema {revision}; this version uses {head}. It is upgraded, after a backup, when Regiostem next opens it.</source>
            <translation>The store {path} has schema {revision}; this version uses {head}. It is upgraded, after a backup, when Regiostem next opens it.</translation>
        </message>
        <message>
            <source>The store {path} failed its check: {problems}. Restore a backup with: restore --latest</source>
            <translation>The store {path} failed its check: {problems}. Restore a backup with: restore --latest</translation>
        </message>
        <message>
            <source>The store {path} is in order (schema {revision}).</source>
            <translation>The store {path} is in order (schema {revision}).</translation>
        </message>
        <message>
            <source>--out {path} is the store itself; choose another file.</source>
            <translation>--out {path} is the store itself; choose another file.</translation>
        </message>
        <message>
            <source>Backup made and verified: {path}</source>
            <translation>Backup made and verified: {path}</translation>
        </message>
        <message>
            <source>There is no usable backup in {folder}.</source>
            <translation>There is no usable backup in {folder}.</translation>
        </message>
        <message>
            <source>Restored {backup} into {folder}.</source>
            <translation>Restored {backup} into {folder}.</translation>
        </message>
        <message>
            <source>The previous store was kept as {path}.</source>
            <translation>The previous store was kept as {path}.</translation>
        </message>
        <message>
            <source>write a PNG of every main view and of session mode (user guide, review)</source>
            <translation>write a PNG of every main view and of session mode (user guide, review)</translation>
        </message>
        <message>
            <source>the folder to write the PNG files to</source>
            <translation>the folder to write the PNG files to</translation>
        </message>
        <message>
            <source>window size as WIDTHxHEIGHT (default: {size})</source>
            <translation>window size as WIDTHxHEIGHT (default: {size})</translation>
        </message>
        <message>
            <source>--size must look like 1400x900 (at least 640x480), not '{value}'.</source>
            <translation>--size must look like 1400x900 (at least 640x480), not '{value}'.</translation>
        </message>
    </context>
    <context>
        <name>ConcernEditor</name>
        <message>
            <source>&amp;Urgency</source>
            <translation>&amp;Urgency</translation>
        </message>
        <message>
            <source>&amp;Impact</source>
            <translation>&amp;Impact</translation>
        </message>
        <message>
            <source>&amp;Confidentiality</source>
            <translation>&amp;Confidentiality</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>Re&amp;ason</source>
            <translation>Re&amp;ason</translation>
        </message>
        <message>
            <source>Contri&amp;butor</source>
            <translation>Contri&amp;butor</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>Mu&amp;nicipality</source>
            <translation>Mu&amp;nicipality</translation>
        </message>
        <message>
            <source>The&amp;me</source>
            <translation>The&amp;me</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>Descri&amp;ption</translation>
        </message>
        <message>
            <source>Anonymise</source>
            <translation>Anonymise</translation>
        </message>
        <message>
            <source>Show as “a municipality in the region” in lists and documents; you still see the name here</source>
            <translation>Show as “a municipality in the region” in lists and documents; you still see the name here</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(no theme)</translation>
        </message>
        <message>
            <source>Why this status, e.g. why the concern was closed</source>
            <translation>Why this status, e.g. why the concern was closed</translation>
        </message>
        <message>
            <source>Who handed it in (name only)</source>
            <translation>Who handed it in (name only)</translation>
        </message>
        <message>
            <source>What goes wrong, since when, and what it costs</source>
            <translation>What goes wrong, since when, and what it costs</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Choose a concern in the list to see and edit it here.</source>
            <translation>Choose a concern in the list to see and edit it here.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Anonymise the municipality</source>
            <translation>Anonymise the municipality</translation>
        </message>
        <message>
            <source>Main theme</source>
            <translation>Main theme</translation>
        </message>
        <message>
            <source>Further themes</source>
            <translation>Further themes</translation>
        </message>
        <message>
            <source>Urgency, 1 to 5</source>
            <translation>Urgency, 1 to 5</translation>
        </message>
        <message>
            <source>Impact, 1 to 5</source>
            <translation>Impact, 1 to 5</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Reason for the status</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Contributor</translation>
        </message>
        <message>
            <source>Date handed in</source>
            <translation>Date handed in</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Undo the merge</source>
            <translation>Undo the merge</translation>
        </message>
        <message>
            <source>Open the concern it was merged into</source>
            <translation>Open the concern it was merged into</translation>
        </message>
        <message>
            <source>1 · very low</source>
            <translation>1 · very low</translation>
        </message>
        <message>
            <source>2 · low</source>
            <translation>2 · low</translation>
        </message>
        <message>
            <source>3 · medium</source>
            <translation>3 · medium</translation>
        </message>
        <message>
            <source>4 · high</source>
            <translation>4 · high</translation>
        </message>
        <message>
            <source>5 · very high</source>
            <translation>5 · very high</translation>
        </message>
        <message>
            <source>More themes ({count})</source>
            <translation>More themes ({count})</translation>
        </message>
        <message>
            <source>More themes</source>
            <translation>More themes</translation>
        </message>
        <message>
            <source>This concern is deleted. Restore it to use and edit it again.</source>
            <translation>This concern is deleted. Restore it to use and edit it again.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restore this concern</source>
            <translation>Restore this concern</translation>
        </message>
        <message>
            <source>Merged into “{title}”. Its municipality and recognitions count there.</source>
            <translation>Merged into “{title}”. Its municipality and recognitions count there.</translation>
        </message>
        <message>
            <source>Unmerge</source>
            <translation>Unmerge</translation>
        </message>
        <message>
            <source>session: {title}</source>
            <translation>session: {title}</translation>
        </message>
        <message>
            <source>Merged into this concern:</source>
            <translation>Merged into this concern:</translation>
        </message>
        <message>
            <source>Unmerge “{title}”</source>
            <translation>Unmerge “{title}”</translation>
        </message>
        <message>
            <source>edit of “{title}”</source>
            <translation>edit of “{title}”</translation>
        </message>
        <message>
            <source>Not saved: {message}</source>
            <translation>Not saved: {message}</translation>
        </message>
        <message>
            <source>restore of “{title}”</source>
            <translation>restore of “{title}”</translation>
        </message>
        <message>
            <source>unmerge</source>
            <translation>unmerge</translation>
        </message>
    </context>
    <context>
        <name>ConcernPicker</name>
        <message>
            <source>Search concerns: words from the title, description or municipality</source>
            <translation>Search concerns: words from the title, description or municipality</translation>
        </message>
        <message>
            <source>Search concerns</source>
            <translation>Search concerns</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Recognised by</source>
            <translation>Recognised by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Concerns; tick to link</source>
            <translation>Concerns; tick to link</translation>
        </message>
        <message>
            <source>Shown: {n} · ticked: {k}</source>
            <translation>Shown: {n} · ticked: {k}</translation>
        </message>
        <message>
            <source>{n} mun. · {i} inh.</source>
            <translation>{n} mun. · {i} inh.</translation>
        </message>
    </context>
    <context>
        <name>ConcernRegisterView</name>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>New concern</translation>
        </message>
        <message>
            <source>Add a concern (Ctrl+N)</source>
            <translation>Add a concern (Ctrl+N)</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Merge the selected concerns into one (Ctrl+M)</source>
            <translation>Merge the selected concerns into one (Ctrl+M)</translation>
        </message>
        <message>
            <source>Merge the selected concerns</source>
            <translation>Merge the selected concerns</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Unmerge</source>
            <translation>Unmerge</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Arrow keys move, Enter edits the concern, Delete deletes it, the menu key shows more</source>
            <translation>Arrow keys move, Enter edits the concern, Delete deletes it, the menu key shows more</translation>
        </message>
        <message>
            <source>Details of the selected concern</source>
            <translation>Details of the selected concern</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Recognition</translation>
        </message>
        <message>
            <source>{count} concerns</source>
            <translation>{count} concerns</translation>
        </message>
        <message>
            <source>1 concern</source>
            <translation>1 concern</translation>
        </message>
        <message>
            <source>{count} selected</source>
            <translation>{count} selected</translation>
        </message>
        <message>
            <source>No concern matches this search or filter.</source>
            <translation>No concern matches this search or filter.</translation>
        </message>
        <message>
            <source>No concerns yet.
Press Ctrl+N to add the first one, or import a file.</source>
            <translation>No concerns yet.
Press Ctrl+N to add the first one, or import a file.</translation>
        </message>
        <message>
            <source>The concern is saved but hidden by the current filter.</source>
            <translation>The concern is saved but hidden by the current filter.</translation>
        </message>
        <message>
            <source>Select two or more concerns to merge (Ctrl+click or Shift+click).</source>
            <translation>Select two or more concerns to merge (Ctrl+click or Shift+click).</translation>
        </message>
        <message>
            <source>unmerge</source>
            <translation>unmerge</translation>
        </message>
        <message>
            <source>deletion of {count} concerns</source>
            <translation>deletion of {count} concerns</translation>
        </message>
        <message>
            <source>deletion of a concern</source>
            <translation>deletion of a concern</translation>
        </message>
        <message>
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>Deleted. Ctrl+Z brings it back.</translation>
        </message>
        <message>
            <source>restore</source>
            <translation>restore</translation>
        </message>
    </context>
    <context>
        <name>ConcernSource</name>
        <message>
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <source>Raised in a session</source>
            <translation>Raised in a session</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Imported from a file</translation>
        </message>
        <message>
            <source>Received in a package</source>
            <translation>Received in a package</translation>
        </message>
    </context>
    <context>
        <name>ConcernStatus</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Triaged</source>
            <translation>Triaged</translation>
        </message>
        <message>
            <source>In a position</source>
            <translation>In a position</translation>
        </message>
        <message>
            <source>Raised nationally</source>
            <translation>Raised nationally</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
    </context>
    <context>
        <name>ConcernTableModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Recognised by</source>
            <translation>Recognised by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>How many municipalities raise or recognise the concern, and their inhabitants</source>
            <translation>How many municipalities raise or recognise the concern, and their inhabitants</translation>
        </message>
        <message>
            <source>A municipality in the region</source>
            <translation>A municipality in the region</translation>
        </message>
        <message>
            <source>Deleted: restore it from the context menu</source>
            <translation>Deleted: restore it from the context menu</translation>
        </message>
        <message>
            <source>Merged into another concern</source>
            <translation>Merged into another concern</translation>
        </message>
        <message>
            <source>Confidential: leaves the store only when you include it explicitly</source>
            <translation>Confidential: leaves the store only when you include it explicitly</translation>
        </message>
        <message>
            <source>Anonymised: the municipality's name is shown only in the editor</source>
            <translation>Anonymised: the municipality's name is shown only in the editor</translation>
        </message>
    </context>
    <context>
        <name>Concerns</name>
        <message>
            <source>{label} must be a whole number from 1 to 5, not '{value}'.</source>
            <translation>{label} must be a whole number from 1 to 5, not '{value}'.</translation>
        </message>
        <message>
            <source>{label} must be one of {choices}, not '{value}'.</source>
            <translation>{label} must be one of {choices}, not '{value}'.</translation>
        </message>
        <message>
            <source>A concern needs a title.</source>
            <translation>A concern needs a title.</translation>
        </message>
        <message>
            <source>The title is {length} characters long; at most {limit} are allowed.</source>
            <translation>The title is {length} characters long; at most {limit} are allowed.</translation>
        </message>
        <message>
            <source>The description must be text.</source>
            <translation>The description must be text.</translation>
        </message>
        <message>
            <source>A new concern needs a description.</source>
            <translation>A new concern needs a description.</translation>
        </message>
        <message>
            <source>The description is {length} characters long; at most {limit} are allowed. Shorten it or attach the full text elsewhere.</source>
            <translation>The description is {length} characters long; at most {limit} are allowed. Shorten it or attach the full text elsewhere.</translation>
        </message>
        <message>
            <source>Unknown municipality '{value}'.</source>
            <translation>Unknown municipality '{value}'.</translation>
        </message>
        <message>
            <source>Unknown theme '{value}'.</source>
            <translation>Unknown theme '{value}'.</translation>
        </message>
        <message>
            <source>Unknown national body '{value}'.</source>
            <translation>Unknown national body '{value}'.</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>The contributor's name is too long.</source>
            <translation>The contributor's name is too long.</translation>
        </message>
        <message>
            <source>Unknown contributor '{value}'.</source>
            <translation>Unknown contributor '{value}'.</translation>
        </message>
        <message>
            <source>Unknown regional session '{value}'.</source>
            <translation>Unknown regional session '{value}'.</translation>
        </message>
        <message>
            <source>The date '{value}' is not a date.</source>
            <translation>The date '{value}' is not a date.</translation>
        </message>
        <message>
            <source>Anonymised must be yes or no.</source>
            <translation>Anonymised must be yes or no.</translation>
        </message>
        <message>
            <source>A concern with id {value} already exists.</source>
            <translation>A concern with id {value} already exists.</translation>
        </message>
        <message>
            <source>There is no concern with id {id}.</source>
            <translation>There is no concern with id {id}.</translation>
        </message>
        <message>
            <source>This municipality raised the concern itself; it cannot also recognise it.</source>
            <translation>This municipality raised the concern itself; it cannot also recognise it.</translation>
        </message>
        <message>
            <source>Recorded via</source>
            <translation>Recorded via</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
    </context>
    <context>
        <name>Confidentiality</name>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Region only</source>
            <translation>Region only</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Confidential</translation>
        </message>
    </context>
    <context>
        <name>ConflictField</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reason for the status</source>
            <translation>Reason for the status</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Contributor</translation>
        </message>
        <message>
            <source>Submitted on</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Merged into</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>deleted on {date}</source>
            <translation>deleted on {date}</translation>
        </message>
    </context>
    <context>
        <name>ConflictKind</name>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>Recognition</source>
            <translation>Recognition</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Regional session</source>
            <translation>Regional session</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>National meeting</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Edited on two laptops</source>
            <translation>Edited on two laptops</translation>
        </message>
        <message>
            <source>These records were changed here and on another laptop since they last exchanged packages. This laptop's version stays in place until you choose; your choice travels with the next package.</source>
            <translation>These records were changed here and on another laptop since they last exchanged packages. This laptop's version stays in place until you choose; your choice travels with the next package.</translation>
        </message>
        <message>
            <source>Conflicts waiting for a decision</source>
            <translation>Conflicts waiting for a decision</translation>
        </message>
        <message>
            <source>Both versions, field by field</source>
            <translation>Both versions, field by field</translation>
        </message>
        <message>
            <source>&amp;Keep this laptop's version</source>
            <translation>&amp;Keep this laptop's version</translation>
        </message>
        <message>
            <source>Keep this laptop's version</source>
            <translation>Keep this laptop's version</translation>
        </message>
        <message>
            <source>&amp;Take the incoming version</source>
            <translation>&amp;Take the incoming version</translation>
        </message>
        <message>
            <source>Take the incoming version</source>
            <translation>Take the incoming version</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>No conflicts: nothing waits for a decision.</source>
            <translation>No conflicts: nothing waits for a decision.</translation>
        </message>
        <message>
            <source>from {peer}, {date}</source>
            <translation>from {peer}, {date}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>On this laptop</source>
            <translation>On this laptop</translation>
        </message>
        <message>
            <source>Incoming from {peer}</source>
            <translation>Incoming from {peer}</translation>
        </message>
        <message>
            <source>Not settled</source>
            <translation>Not settled</translation>
        </message>
        <message>
            <source>Kept this laptop's version of “{label}”.</source>
            <translation>Kept this laptop's version of “{label}”.</translation>
        </message>
        <message>
            <source>Took the incoming version of “{label}”.</source>
            <translation>Took the incoming version of “{label}”.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>This store already has the region '{name}'. Fill the demo into an empty store, for example with --data-dir pointing to a new folder.</source>
            <translation>This store already has the region '{name}'. Fill the demo into an empty store, for example with --data-dir pointing to a new folder.</translation>
        </message>
        <message>
            <source>The store lacks the reference data the demo needs ({missing}).</source>
            <translation>The store lacks the reference data the demo needs ({missing}).</translation>
        </message>
        <message>
            <source>The store has no municipalities to attach concerns to.</source>
            <translation>The store has no municipalities to attach concerns to.</translation>
        </message>
        <message>
            <source>The number of concerns must be 0 or more, not {n}.</source>
            <translation>The number of concerns must be 0 or more, not {n}.</translation>
        </message>
        <message>
            <source>The batch size must be 1 or more, not {n}.</source>
            <translation>The batch size must be 1 or more, not {n}.</translation>
        </message>
        <message>
            <source>The store is open read-only; concerns cannot be added.</source>
            <translation>The store is open read-only; concerns cannot be added.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Status: {status} · version {version}</source>
            <translation>Status: {status} · version {version}</translation>
        </message>
        <message>
            <source>Core position</source>
            <translation>Core position</translation>
        </message>
        <message>
            <source>Explanation and arguments</source>
            <translation>Explanation and arguments</translation>
        </message>
        <message>
            <source>Red lines</source>
            <translation>Red lines</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <source>Fallback position</source>
            <translation>Fallback position</translation>
        </message>
        <message>
            <source>Minority note</source>
            <translation>Minority note</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Talking points</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inhabitants</translation>
        </message>
        <message>
            <source>Under the region's rule this position can be adopted.</source>
            <translation>Under the region's rule this position can be adopted.</translation>
        </message>
        <message>
            <source>Under the region's rule this position cannot be adopted yet:</source>
            <translation>Under the region's rule this position cannot be adopted yet:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>no longer a member; not counted</source>
            <translation>no longer a member; not counted</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>Breadth</source>
            <translation>Breadth</translation>
        </message>
        <message>
            <source>What became of it</source>
            <translation>What became of it</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>[CONFIDENTIAL]</source>
            <translation>[CONFIDENTIAL]</translation>
        </message>
        <message>
            <source>Used for:</source>
            <translation>Used for:</translation>
        </message>
        <message>
            <source>{count} mun.</source>
            <translation>{count} mun.</translation>
        </message>
        <message>
            <source>{count} inh.</source>
            <translation>{count} inh.</translation>
        </message>
        <message>
            <source>No outcome has been recorded yet.</source>
            <translation>No outcome has been recorded yet.</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>What it means for municipalities</source>
            <translation>What it means for municipalities</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIAL</translation>
        </message>
        <message>
            <source>Briefing pack {meeting}</source>
            <translation>Briefing pack {meeting}</translation>
        </message>
        <message>
            <source>Briefing pack of region {region} for {meeting} on {date}</source>
            <translation>Briefing pack of region {region} for {meeting} on {date}</translation>
        </message>
        <message>
            <source>Briefing pack · {date}</source>
            <translation>Briefing pack · {date}</translation>
        </message>
        <message>
            <source>{region} · version {version}</source>
            <translation>{region} · version {version}</translation>
        </message>
        <message>
            <source>briefing pack</source>
            <translation>briefing pack</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Delegate</translation>
        </message>
        <message>
            <source>Version of the pack</source>
            <translation>Version of the pack</translation>
        </message>
        <message>
            <source>Date of the pack</source>
            <translation>Date of the pack</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Briefing pack</source>
            <translation>Briefing pack</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad · {date} · {region}</source>
            <translation>Landelijk ICT Beraad · {date} · {region}</translation>
        </message>
        <message>
            <source>This pack contains confidential concerns. Do not pass it on; every page is marked CONFIDENTIAL.</source>
            <translation>This pack contains confidential concerns. Do not pass it on; every page is marked CONFIDENTIAL.</translation>
        </message>
        <message>
            <source>Intended for the delegate and the municipalities of the region. Concerns marked confidential are not included.</source>
            <translation>Intended for the delegate and the municipalities of the region. Concerns marked confidential are not included.</translation>
        </message>
        <message>
            <source>On the agenda</source>
            <translation>On the agenda</translation>
        </message>
        <message>
            <source>… and 1 more agenda item</source>
            <translation>… and 1 more agenda item</translation>
        </message>
        <message>
            <source>… and {count} more agenda items</source>
            <translation>… and {count} more agenda items</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Support (mun.)</source>
            <translation>Support (mun.)</translation>
        </message>
        <message>
            <source>Support (inh.)</source>
            <translation>Support (inh.)</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Agenda item {number}</source>
            <translation>Agenda item {number}</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>Asked by</translation>
        </message>
        <message>
            <source>National question</source>
            <translation>National question</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>References</source>
            <translation>References</translation>
        </message>
        <message>
            <source>Regional position</source>
            <translation>Regional position</translation>
        </message>
        <message>
            <source>The region has no position on this item yet.</source>
            <translation>The region has no position on this item yet.</translation>
        </message>
        <message>
            <source>Support in the region</source>
            <translation>Support in the region</translation>
        </message>
        <message>
            <source>Responses of the municipalities</source>
            <translation>Responses of the municipalities</translation>
        </message>
        <message>
            <source>Supporting concerns</source>
            <translation>Supporting concerns</translation>
        </message>
        <message>
            <source>Annex A · Open concerns by theme</source>
            <translation>Annex A · Open concerns by theme</translation>
        </message>
        <message>
            <source>There are no open concerns.</source>
            <translation>There are no open concerns.</translation>
        </message>
        <message>
            <source>Concerns not yet answered or closed, by theme, broadest first. Breadth counts the municipalities that raised or recognise a concern, and their inhabitants.</source>
            <translation>Concerns not yet answered or closed, by theme, broadest first. Breadth counts the municipalities that raised or recognise a concern, and their inhabitants.</translation>
        </message>
        <message>
            <source>{theme} ({count})</source>
            <translation>{theme} ({count})</translation>
        </message>
        <message>
            <source>Annex B · Attendance at regional sessions</source>
            <translation>Annex B · Attendance at regional sessions</translation>
        </message>
        <message>
            <source>Sessions since the previous national meeting ({date}).</source>
            <translation>Sessions since the previous national meeting ({date}).</translation>
        </message>
        <message>
            <source>All recorded sessions.</source>
            <translation>All recorded sessions.</translation>
        </message>
        <message>
            <source>No sessions were held in this period.</source>
            <translation>No sessions were held in this period.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>The table shows the latest {shown} of {total} sessions.</source>
            <translation>The table shows the latest {shown} of {total} sessions.</translation>
        </message>
        <message>
            <source>Annex C · Contacts</source>
            <translation>Annex C · Contacts</translation>
        </message>
        <message>
            <source>No contacts recorded.</source>
            <translation>No contacts recorded.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>E-mail and phone</source>
            <translation>E-mail and phone</translation>
        </message>
        <message>
            <source>Colophon</source>
            <translation>Colophon</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Made with</source>
            <translation>Made with</translation>
        </message>
        <message>
            <source>Store</source>
            <translation>Store</translation>
        </message>
        <message>
            <source>Store id</source>
            <translation>Store id</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Confidential concerns included</source>
            <translation>Confidential concerns included</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Left out</translation>
        </message>
        <message>
            <source>1 concern marked confidential</source>
            <translation>1 concern marked confidential</translation>
        </message>
        <message>
            <source>{count} concerns marked confidential</source>
            <translation>{count} concerns marked confidential</translation>
        </message>
        <message>
            <source>Anonymised concerns are shown without their municipality. Inhabitants per municipality: Bron: CBS. Shares are rounded for display; the adoption rule uses exact figures.</source>
            <translation>Anonymised concerns are shown without their municipality. Inhabitants per municipality: Bron: CBS. Shares are rounded for display; the adoption rule uses exact figures.</translation>
        </message>
        <message>
            <source>Municipalities ({count})</source>
            <translation>Municipalities ({count})</translation>
        </message>
        <message>
            <source>Inhabitants ({count})</source>
            <translation>Inhabitants ({count})</translation>
        </message>
        <message>
            <source>Regiostem · the regional voice for the Landelijk ICT Beraad</source>
            <translation>Regiostem · the regional voice for the Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>Page {page} of</translation>
        </message>
        <message>
            <source>Report-back {meeting} for {audience}</source>
            <translation>Report-back {meeting} for {audience}</translation>
        </message>
        <message>
            <source>Outcome of {meeting} on {date} and what it means for {audience}</source>
            <translation>Outcome of {meeting} on {date} and what it means for {audience}</translation>
        </message>
        <message>
            <source>Report-back · {date}</source>
            <translation>Report-back · {date}</translation>
        </message>
        <message>
            <source>report-back</source>
            <translation>report-back</translation>
        </message>
        <message>
            <source>Made on {when} with Regiostem {version} from the store {store}. {sources}</source>
            <translation>Made on {when} with Regiostem {version} from the store {store}. {sources}</translation>
        </message>
        <message>
            <source>Date of this report-back</source>
            <translation>Date of this report-back</translation>
        </message>
        <message>
            <source>For</source>
            <translation>For</translation>
        </message>
        <message>
            <source>{name} ({code}, {inhabitants} inhabitants)</source>
            <translation>{name} ({code}, {inhabitants} inhabitants)</translation>
        </message>
        <message>
            <source>What the national meeting decided, how the region's position fared, and what became of the concerns your municipality raised.</source>
            <translation>What the national meeting decided, how the region's position fared, and what became of the concerns your municipality raised.</translation>
        </message>
        <message>
            <source>What the national meeting decided, how the region's position fared, and what it means for the municipalities of the region.</source>
            <translation>What the national meeting decided, how the region's position fared, and what it means for the municipalities of the region.</translation>
        </message>
        <message>
            <source>Report-back</source>
            <translation>Report-back</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>The region's position</source>
            <translation>The region's position</translation>
        </message>
        <message>
            <source>The region took no position on this item.</source>
            <translation>The region took no position on this item.</translation>
        </message>
        <message>
            <source>Core position ({status})</source>
            <translation>Core position ({status})</translation>
        </message>
        <message>
            <source>Your municipality's response</source>
            <translation>Your municipality's response</translation>
        </message>
        <message>
            <source>Concerns behind this item</source>
            <translation>Concerns behind this item</translation>
        </message>
        <message>
            <source>The concerns of {name}</source>
            <translation>The concerns of {name}</translation>
        </message>
        <message>
            <source>Your municipality raised no concerns.</source>
            <translation>Your municipality raised no concerns.</translation>
        </message>
        <message>
            <source>The one concern your municipality raised, with what became of it.</source>
            <translation>The one concern your municipality raised, with what became of it.</translation>
        </message>
        <message>
            <source>All {count} concerns your municipality raised, with what became of each.</source>
            <translation>All {count} concerns your municipality raised, with what became of each.</translation>
        </message>
        <message>
            <source>1 concern marked confidential is not listed in this document.</source>
            <translation>1 concern marked confidential is not listed in this document.</translation>
        </message>
        <message>
            <source>{count} concerns marked confidential are not listed in this document.</source>
            <translation>{count} concerns marked confidential are not listed in this document.</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>Make briefin&amp;g pack…</source>
            <translation>Make briefin&amp;g pack…</translation>
        </message>
        <message>
            <source>The PDF to take to the national meeting (Ctrl+P)</source>
            <translation>The PDF to take to the national meeting (Ctrl+P)</translation>
        </message>
        <message>
            <source>Make &amp;report-back…</source>
            <translation>Make &amp;report-back…</translation>
        </message>
        <message>
            <source>The outcome of a meeting for the region or one municipality</source>
            <translation>The outcome of a meeting for the region or one municipality</translation>
        </message>
    </context>
    <context>
        <name>DocumentExport</name>
        <message>
            <source>Overview of the agenda</source>
            <translation>Overview of the agenda</translation>
        </message>
        <message>
            <source>Agenda items: position, support and responses</source>
            <translation>Agenda items: position, support and responses</translation>
        </message>
        <message>
            <source>Annex: open concerns by theme</source>
            <translation>Annex: open concerns by theme</translation>
        </message>
        <message>
            <source>Annex: attendance at regional sessions</source>
            <translation>Annex: attendance at regional sessions</translation>
        </message>
        <message>
            <source>Annex: contacts</source>
            <translation>Annex: contacts</translation>
        </message>
        <message>
            <source>{path} is not a PDF file name; the name must end in .pdf.</source>
            <translation>{path} is not a PDF file name; the name must end in .pdf.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>{path} is a folder, not a file.</source>
            <translation>{path} is a folder, not a file.</translation>
        </message>
        <message>
            <source>{path} is read-only; choose another name or folder.</source>
            <translation>{path} is read-only; choose another name or folder.</translation>
        </message>
        <message>
            <source>You may not write in the folder {folder}; choose another folder.</source>
            <translation>You may not write in the folder {folder}; choose another folder.</translation>
        </message>
        <message>
            <source>Briefing pack</source>
            <translation>Briefing pack</translation>
        </message>
        <message>
            <source>Report-back</source>
            <translation>Report-back</translation>
        </message>
        <message>
            <source>Collecting the data…</source>
            <translation>Collecting the data…</translation>
        </message>
        <message>
            <source>Laying out the pages…</source>
            <translation>Laying out the pages…</translation>
        </message>
    </context>
    <context>
        <name>DocumentExportDialog</name>
        <message>
            <source>{meeting} (next meeting)</source>
            <translation>{meeting} (next meeting)</translation>
        </message>
        <message>
            <source>{meeting} (last held)</source>
            <translation>{meeting} (last held)</translation>
        </message>
        <message>
            <source>There is no meeting of the Landelijk ICT Beraad yet. Plan one first under National meeting.</source>
            <translation>There is no meeting of the Landelijk ICT Beraad yet. Plan one first under National meeting.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Choose the meeting.</translation>
        </message>
        <message>
            <source>Choose at least one part to include in the briefing pack.</source>
            <translation>Choose at least one part to include in the briefing pack.</translation>
        </message>
        <message>
            <source>The region has no member municipalities yet; choose the whole region.</source>
            <translation>The region has no member municipalities yet; choose the whole region.</translation>
        </message>
        <message>
            <source>This meeting has no agenda items yet; the document will have no agenda pages.</source>
            <translation>This meeting has no agenda items yet; the document will have no agenda pages.</translation>
        </message>
        <message>
            <source>No outcome has been recorded for this meeting yet. The report-back will say so under every agenda item; record the outcomes first under National meeting.</source>
            <translation>No outcome has been recorded for this meeting yet. The report-back will say so under every agenda item; record the outcomes first under National meeting.</translation>
        </message>
        <message>
            <source>No outcome has been recorded yet for {missing} of the {items} agenda items; the report-back will say so under those items.</source>
            <translation>No outcome has been recorded yet for {missing} of the {items} agenda items; the report-back will say so under those items.</translation>
        </message>
        <message>
            <source>Agenda items: {items} · outcomes recorded: {outcomes}</source>
            <translation>Agenda items: {items} · outcomes recorded: {outcomes}</translation>
        </message>
        <message>
            <source>Confidential concerns will be printed, and every page will say {marking}. Share this document only with people who may read it.</source>
            <translation>Confidential concerns will be printed, and every page will say {marking}. Share this document only with people who may read it.</translation>
        </message>
        <message>
            <source>Make the briefing pack</source>
            <translation>Make the briefing pack</translation>
        </message>
        <message>
            <source>The briefing pack is the PDF you take to the meeting: per agenda item the region's position, the support among the municipalities and each municipality's response.</source>
            <translation>The briefing pack is the PDF you take to the meeting: per agenda item the region's position, the support among the municipalities and each municipality's response.</translation>
        </message>
        <message>
            <source>&amp;Save briefing pack as PDF…</source>
            <translation>&amp;Save briefing pack as PDF…</translation>
        </message>
        <message>
            <source>Make the report-back</source>
            <translation>Make the report-back</translation>
        </message>
        <message>
            <source>The report-back tells after the meeting what was decided per agenda item and what it means, for the whole region or for one municipality with what became of its own concerns.</source>
            <translation>The report-back tells after the meeting what was decided per agenda item and what it means, for the whole region or for one municipality with what became of its own concerns.</translation>
        </message>
        <message>
            <source>&amp;Save report-back as PDF…</source>
            <translation>&amp;Save report-back as PDF…</translation>
        </message>
        <message>
            <source>Document:</source>
            <translation>Document:</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Meeting:</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>Parts:</source>
            <translation>Parts:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Confidentiality:</source>
            <translation>Confidentiality:</translation>
        </message>
        <message>
            <source>&amp;Briefing pack</source>
            <translation>&amp;Briefing pack</translation>
        </message>
        <message>
            <source>Briefing pack, for the meeting</source>
            <translation>Briefing pack, for the meeting</translation>
        </message>
        <message>
            <source>&amp;Report-back</source>
            <translation>&amp;Report-back</translation>
        </message>
        <message>
            <source>Report-back, after the meeting</source>
            <translation>Report-back, after the meeting</translation>
        </message>
        <message>
            <source>The &amp;whole region</source>
            <translation>The &amp;whole region</translation>
        </message>
        <message>
            <source>Report-back for the whole region</source>
            <translation>Report-back for the whole region</translation>
        </message>
        <message>
            <source>One m&amp;unicipality:</source>
            <translation>One m&amp;unicipality:</translation>
        </message>
        <message>
            <source>Report-back for one municipality</source>
            <translation>Report-back for one municipality</translation>
        </message>
        <message>
            <source>&amp;Include confidential concerns</source>
            <translation>&amp;Include confidential concerns</translation>
        </message>
        <message>
            <source>Include concerns marked confidential</source>
            <translation>Include concerns marked confidential</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Municipality for the report-back</source>
            <translation>Municipality for the report-back</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Language of the document</translation>
        </message>
        <message>
            <source>Off by default: concerns marked confidential are left out of every document.</source>
            <translation>Off by default: concerns marked confidential are left out of every document.</translation>
        </message>
        <message>
            <source>Include: {part}</source>
            <translation>Include: {part}</translation>
        </message>
        <message>
            <source>The cover, the contents and the colophon are always included.</source>
            <translation>The cover, the contents and the colophon are always included.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Show &amp;preview</source>
            <translation>Show &amp;preview</translation>
        </message>
        <message>
            <source>Show the document in the preview</source>
            <translation>Show the document in the preview</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Open &amp;folder</translation>
        </message>
        <message>
            <source>Open the folder that holds the document</source>
            <translation>Open the folder that holds the document</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Nothing was saved. {problem}</source>
            <translation>Nothing was saved. {problem}</translation>
        </message>
        <message>
            <source>Making the briefing pack…</source>
            <translation>Making the briefing pack…</translation>
        </message>
        <message>
            <source>Making the report-back…</source>
            <translation>Making the report-back…</translation>
        </message>
        <message>
            <source>Saved as {name} ({pages} pages).</source>
            <translation>Saved as {name} ({pages} pages).</translation>
        </message>
        <message>
            <source>Confidential concerns left out: {count}.</source>
            <translation>Confidential concerns left out: {count}.</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>The document was not saved: {path} could not be written ({error}).</source>
            <translation>The document was not saved: {path} could not be written ({error}).</translation>
        </message>
        <message>
            <source>The document was not made: {error}</source>
            <translation>The document was not made: {error}</translation>
        </message>
        <message>
            <source>The document was not made because of an unexpected error; nothing was saved.</source>
            <translation>The document was not made because of an unexpected error; nothing was saved.</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was saved.</source>
            <translation>Cancelled. Nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>Documents</name>
        <message>
            <source>a municipality in the region</source>
            <translation>a municipality in the region</translation>
        </message>
        <message>
            <source>There is no coming national meeting; plan one first or give its id.</source>
            <translation>There is no coming national meeting; plan one first or give its id.</translation>
        </message>
        <message>
            <source>No national meeting has been held yet; give the meeting's id.</source>
            <translation>No national meeting has been held yet; give the meeting's id.</translation>
        </message>
        <message>
            <source>(no region defined)</source>
            <translation>(no region defined)</translation>
        </message>
        <message>
            <source>No theme</source>
            <translation>No theme</translation>
        </message>
        <message>
            <source>Inhabitants per municipality: {credit} (2024).</source>
            <translation>Inhabitants per municipality: {credit} (2024).</translation>
        </message>
        <message>
            <source>Merged into another concern.</source>
            <translation>Merged into another concern.</translation>
        </message>
        <message>
            <source>Merged into '{title}'.</source>
            <translation>Merged into '{title}'.</translation>
        </message>
        <message>
            <source>Discussed under agenda item {number}.</source>
            <translation>Discussed under agenda item {number}.</translation>
        </message>
    </context>
    <context>
        <name>DropHandler</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>{files}: Regiostem cannot import this. It imports {accepted}.</source>
            <translation>{files}: Regiostem cannot import this. It imports {accepted}.</translation>
        </message>
        <message>
            <source>Drop one file at a time; {file} is opened first.</source>
            <translation>Drop one file at a time; {file} is opened first.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Regiostem ran into an unexpected error: {error}

Your work has been saved and you can carry on.</source>
            <translation>Regiostem ran into an unexpected error: {error}

Your work has been saved and you can carry on.</translation>
        </message>
        <message>
            <source>Details are in the log file: {path}</source>
            <translation>Details are in the log file: {path}</translation>
        </message>
        <message>
            <source>No log file is kept for this run.</source>
            <translation>No log file is kept for this run.</translation>
        </message>
        <message>
            <source>The error happened once more.</source>
            <translation>The error happened once more.</translation>
        </message>
        <message>
            <source>The error happened {n} more times.</source>
            <translation>The error happened {n} more times.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceTab</name>
        <message>
            <source>The concerns this position relies on. Say per concern which paragraph of the position relies on it, so every claim can be traced to what municipalities reported.</source>
            <translation>The concerns this position relies on. Say per concern which paragraph of the position relies on it, so every claim can be traced to what municipalities reported.</translation>
        </message>
        <message>
            <source>Concern</source>
            <translation>Concern</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Paragraph relying on it</source>
            <translation>Paragraph relying on it</translation>
        </message>
        <message>
            <source>Evidence: linked concerns</source>
            <translation>Evidence: linked concerns</translation>
        </message>
        <message>
            <source>&amp;Link concerns…</source>
            <translation>&amp;Link concerns…</translation>
        </message>
        <message>
            <source>Link concerns</source>
            <translation>Link concerns</translation>
        </message>
        <message>
            <source>&amp;Unlink</source>
            <translation>&amp;Unlink</translation>
        </message>
        <message>
            <source>Unlink the selected concern</source>
            <translation>Unlink the selected concern</translation>
        </message>
    </context>
    <context>
        <name>Exchange</name>
        <message>
            <source>The column '{name}' appears twice in the header.</source>
            <translation>The column '{name}' appears twice in the header.</translation>
        </message>
        <message>
            <source>Required column missing: {names}. Expected columns: {expected}.</source>
            <translation>Required column missing: {names}. Expected columns: {expected}.</translation>
        </message>
        <message>
            <source>The package asks for unreasonable key-derivation settings (n=2^{log2_n}, r={r}, p={p}); it was not made by Regiostem or it was altered.</source>
            <translation>The package asks for unreasonable key-derivation settings (n=2^{log2_n}, r={r}, p={p}); it was not made by Regiostem or it was altered.</translation>
        </message>
        <message>
            <source>The passphrase is empty.</source>
            <translation>The passphrase is empty.</translation>
        </message>
        <message>
            <source>The file is not a Regiostem exchange package.</source>
            <translation>The file is not a Regiostem exchange package.</translation>
        </message>
        <message>
            <source>The package is incomplete (cut off).</source>
            <translation>The package is incomplete (cut off).</translation>
        </message>
        <message>
            <source>The package has format {version}, which this version of Regiostem cannot read.</source>
            <translation>The package has format {version}, which this version of Regiostem cannot read.</translation>
        </message>
        <message>
            <source>Wrong passphrase: this package was sealed with another exchange passphrase.</source>
            <translation>Wrong passphrase: this package was sealed with another exchange passphrase.</translation>
        </message>
        <message>
            <source>The package is damaged or was altered after it was made; nothing was imported.</source>
            <translation>The package is damaged or was altered after it was made; nothing was imported.</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>a municipality in the region</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>CONFIDENTIAL: contains confidential concerns</source>
            <translation>CONFIDENTIAL: contains confidential concerns</translation>
        </message>
        <message>
            <source>Cannot export to '{name}': choose a .csv or .xlsx file.</source>
            <translation>Cannot export to '{name}': choose a .csv or .xlsx file.</translation>
        </message>
        <message>
            <source>Confidential concerns are exported only when you include them explicitly.</source>
            <translation>Confidential concerns are exported only when you include them explicitly.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>The file cannot be read: {error}</source>
            <translation>The file cannot be read: {error}</translation>
        </message>
        <message>
            <source>(1 more problem)</source>
            <translation>(1 more problem)</translation>
        </message>
        <message>
            <source>({count} more problems)</source>
            <translation>({count} more problems)</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>{file}: row {row}: {message}</source>
            <translation>{file}: row {row}: {message}</translation>
        </message>
        <message>
            <source>{file}: row {row}, column {column}: {message}</source>
            <translation>{file}: row {row}, column {column}: {message}</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write dd-mm-jjjj or jjjj-mm-dd.</source>
            <translation>'{value}' is not a date; write dd-mm-jjjj or jjjj-mm-dd.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid id.</source>
            <translation>'{value}' is not a valid id.</translation>
        </message>
        <message>
            <source>The file has no rows below the header.</source>
            <translation>The file has no rows below the header.</translation>
        </message>
        <message>
            <source>The store changed since the check; check again.</source>
            <translation>The store changed since the check; check again.</translation>
        </message>
        <message>
            <source>The intake workbook is an .xlsx file; '{name}' is not.</source>
            <translation>The intake workbook is an .xlsx file; '{name}' is not.</translation>
        </message>
        <message>
            <source>This system has no keyring to remember the exchange key; the passphrase is asked each time.</source>
            <translation>This system has no keyring to remember the exchange key; the passphrase is asked each time.</translation>
        </message>
        <message>
            <source>No known column header found; expected columns such as {names}.</source>
            <translation>No known column header found; expected columns such as {names}.</translation>
        </message>
        <message>
            <source>The file says it is UTF-8 but is not (byte {position}).</source>
            <translation>The file says it is UTF-8 but is not (byte {position}).</translation>
        </message>
        <message>
            <source>The file says it is UTF-16 but is not (byte {position}).</source>
            <translation>The file says it is UTF-16 but is not (byte {position}).</translation>
        </message>
        <message>
            <source>This is not a text (CSV) file.</source>
            <translation>This is not a text (CSV) file.</translation>
        </message>
        <message>
            <source>Row {row} cannot be read as CSV: {error}</source>
            <translation>Row {row} cannot be read as CSV: {error}</translation>
        </message>
        <message>
            <source>The file is not a readable Excel workbook (.xlsx); it may be damaged or incomplete ({error}).</source>
            <translation>The file is not a readable Excel workbook (.xlsx); it may be damaged or incomplete ({error}).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read; save the file as .xlsx or .csv.</source>
            <translation>Old Excel files (.xls) cannot be read; save the file as .xlsx or .csv.</translation>
        </message>
        <message>
            <source>no workbook inside</source>
            <translation>no workbook inside</translation>
        </message>
        <message>
            <source>Choose which version to keep: {choices}.</source>
            <translation>Choose which version to keep: {choices}.</translation>
        </message>
        <message>
            <source>There is no conflict with id {id}.</source>
            <translation>There is no conflict with id {id}.</translation>
        </message>
        <message>
            <source>This conflict was already settled ({resolution}).</source>
            <translation>This conflict was already settled ({resolution}).</translation>
        </message>
        <message>
            <source>Records of kind '{entity}' cannot be settled here.</source>
            <translation>Records of kind '{entity}' cannot be settled here.</translation>
        </message>
        <message>
            <source>The record of this conflict no longer exists.</source>
            <translation>The record of this conflict no longer exists.</translation>
        </message>
        <message>
            <source>The other version refers to a record this store no longer has.</source>
            <translation>The other version refers to a record this store no longer has.</translation>
        </message>
        <message>
            <source>The exchange passphrase is needed: give --passphrase-file FILE or set DELEGATE_APP_PASSPHRASE.</source>
            <translation>The exchange passphrase is needed: give --passphrase-file FILE or set DELEGATE_APP_PASSPHRASE.</translation>
        </message>
        <message>
            <source>The exchange passphrase must be at least {count} characters long.</source>
            <translation>The exchange passphrase must be at least {count} characters long.</translation>
        </message>
        <message>
            <source>The package is not a valid Regiostem package ({detail}).</source>
            <translation>The package is not a valid Regiostem package ({detail}).</translation>
        </message>
        <message>
            <source>Unknown scope '{scope}'; choose {choices}.</source>
            <translation>Unknown scope '{scope}'; choose {choices}.</translation>
        </message>
        <message>
            <source>Unknown municipality code '{code}'.</source>
            <translation>Unknown municipality code '{code}'.</translation>
        </message>
        <message>
            <source>too large</source>
            <translation>too large</translation>
        </message>
        <message>
            <source>unknown format</source>
            <translation>unknown format</translation>
        </message>
        <message>
            <source>The package was made by a newer version of Regiostem (format {version}, schema {schema}); install that version to import it.</source>
            <translation>The package was made by a newer version of Regiostem (format {version}, schema {schema}); install that version to import it.</translation>
        </message>
        <message>
            <source>unknown table {name}</source>
            <translation>unknown table {name}</translation>
        </message>
        <message>
            <source>columns of {name}</source>
            <translation>columns of {name}</translation>
        </message>
        <message>
            <source>The package's {table} records do not fit this store: {error}</source>
            <translation>The package's {table} records do not fit this store: {error}</translation>
        </message>
        <message>
            <source>The package refers to records it does not contain ({table} refers to {parent}).</source>
            <translation>The package refers to records it does not contain ({table} refers to {parent}).</translation>
        </message>
        <message>
            <source>This package was made from this same store; there is nothing to import.</source>
            <translation>This package was made from this same store; there is nothing to import.</translation>
        </message>
        <message>
            <source>This store has no id; run 'check' on it.</source>
            <translation>This store has no id; run 'check' on it.</translation>
        </message>
        <message>
            <source>A package file ends in {suffix}; '{name}' does not.</source>
            <translation>A package file ends in {suffix}; '{name}' does not.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeActions</name>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>Import concerns from an Excel workbook, a CSV file or a package</source>
            <translation>Import concerns from an Excel workbook, a CSV file or a package</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export the concerns as filtered in the register</source>
            <translation>Export the concerns as filtered in the register</translation>
        </message>
        <message>
            <source>Save intake &amp;template…</source>
            <translation>Save intake &amp;template…</translation>
        </message>
        <message>
            <source>The Excel workbook municipal staff fill in</source>
            <translation>The Excel workbook municipal staff fill in</translation>
        </message>
        <message>
            <source>Export &amp;package…</source>
            <translation>Export &amp;package…</translation>
        </message>
        <message>
            <source>An encrypted package for another laptop</source>
            <translation>An encrypted package for another laptop</translation>
        </message>
        <message>
            <source>Import pa&amp;ckage…</source>
            <translation>Import pa&amp;ckage…</translation>
        </message>
        <message>
            <source>Merge a package from another laptop</source>
            <translation>Merge a package from another laptop</translation>
        </message>
        <message>
            <source>Con&amp;flicts…</source>
            <translation>Con&amp;flicts…</translation>
        </message>
        <message>
            <source>Records edited on two laptops, waiting for your decision</source>
            <translation>Records edited on two laptops, waiting for your decision</translation>
        </message>
    </context>
    <context>
        <name>ExchangeFiles</name>
        <message>
            <source>an Excel workbook (.xlsx), a CSV file (.csv) or a Regiostem package (.regiostem)</source>
            <translation>an Excel workbook (.xlsx), a CSV file (.csv) or a Regiostem package (.regiostem)</translation>
        </message>
        <message>
            <source>Regiostem package (*.regiostem)</source>
            <translation>Regiostem package (*.regiostem)</translation>
        </message>
        <message>
            <source>Concerns or package (*.xlsx *.csv *.txt *.regiostem)</source>
            <translation>Concerns or package (*.xlsx *.csv *.txt *.regiostem)</translation>
        </message>
        <message>
            <source>Excel workbook or CSV (*.xlsx *.csv *.txt)</source>
            <translation>Excel workbook or CSV (*.xlsx *.csv *.txt)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>searching for “{text}”</source>
            <translation>searching for “{text}”</translation>
        </message>
        <message>
            <source>theme {name}</source>
            <translation>theme {name}</translation>
        </message>
        <message>
            <source>municipality {name}</source>
            <translation>municipality {name}</translation>
        </message>
        <message>
            <source>status {name}</source>
            <translation>status {name}</translation>
        </message>
        <message>
            <source>confidentiality {name}</source>
            <translation>confidentiality {name}</translation>
        </message>
        <message>
            <source>merged concerns included</source>
            <translation>merged concerns included</translation>
        </message>
        <message>
            <source>Export concerns</source>
            <translation>Export concerns</translation>
        </message>
        <message>
            <source>The concerns as filtered in the register: {filter}.</source>
            <translation>The concerns as filtered in the register: {filter}.</translation>
        </message>
        <message>
            <source>All concerns in the store (the register shows no filter).</source>
            <translation>All concerns in the store (the register shows no filter).</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>&amp;CSV for Excel (.csv)</source>
            <translation>&amp;CSV for Excel (.csv)</translation>
        </message>
        <message>
            <source>CSV for Excel</source>
            <translation>CSV for Excel</translation>
        </message>
        <message>
            <source>E&amp;xcel workbook (.xlsx)</source>
            <translation>E&amp;xcel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel workbook</translation>
        </message>
        <message>
            <source>&amp;Include confidential concerns ({count})</source>
            <translation>&amp;Include confidential concerns ({count})</translation>
        </message>
        <message>
            <source>Include confidential concerns</source>
            <translation>Include confidential concerns</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>1 concern will be written.</source>
            <translation>1 concern will be written.</translation>
        </message>
        <message>
            <source>{count} concerns will be written.</source>
            <translation>{count} concerns will be written.</translation>
        </message>
        <message>
            <source>1 confidential one stays out unless you include it.</source>
            <translation>1 confidential one stays out unless you include it.</translation>
        </message>
        <message>
            <source>{count} confidential ones stay out unless you include them.</source>
            <translation>{count} confidential ones stay out unless you include them.</translation>
        </message>
        <message>
            <source>The file will hold confidential concerns. Share it only with people allowed to read them; an Excel workbook says so on every printed page.</source>
            <translation>The file will hold confidential concerns. Share it only with people allowed to read them; an Excel workbook says so on every printed page.</translation>
        </message>
        <message>
            <source>CSV for Excel (*.csv)</source>
            <translation>CSV for Excel (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>concerns-{date}</source>
            <translation>concerns-{date}</translation>
        </message>
        <message>
            <source>Exporting concerns to {file}…</source>
            <translation>Exporting concerns to {file}…</translation>
        </message>
        <message>
            <source>1 concern written to {path}.</source>
            <translation>1 concern written to {path}.</translation>
        </message>
        <message>
            <source>{count} concerns written to {path}.</source>
            <translation>{count} concerns written to {path}.</translation>
        </message>
        <message>
            <source>The file holds 1 confidential concern.</source>
            <translation>The file holds 1 confidential concern.</translation>
        </message>
        <message>
            <source>The file holds {count} confidential concerns.</source>
            <translation>The file holds {count} confidential concerns.</translation>
        </message>
        <message>
            <source>Export done</source>
            <translation>Export done</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Not exported</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search title, description, municipality…  (Ctrl+F)</source>
            <translation>Search title, description, municipality…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>All themes</source>
            <translation>All themes</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>All municipalities</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any confidentiality</source>
            <translation>Any confidentiality</translation>
        </message>
        <message>
            <source>Show merged</source>
            <translation>Show merged</translation>
        </message>
        <message>
            <source>Also list concerns that were merged into another one</source>
            <translation>Also list concerns that were merged into another one</translation>
        </message>
        <message>
            <source>Show deleted</source>
            <translation>Show deleted</translation>
        </message>
        <message>
            <source>Also list deleted concerns, to restore them</source>
            <translation>Also list deleted concerns, to restore them</translation>
        </message>
        <message>
            <source>Search concerns</source>
            <translation>Search concerns</translation>
        </message>
        <message>
            <source>Filter by theme</source>
            <translation>Filter by theme</translation>
        </message>
        <message>
            <source>Filter by municipality</source>
            <translation>Filter by municipality</translation>
        </message>
        <message>
            <source>Filter by status</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>Filter by confidentiality</source>
            <translation>Filter by confidentiality</translation>
        </message>
        <message>
            <source>Show merged concerns</source>
            <translation>Show merged concerns</translation>
        </message>
        <message>
            <source>Show deleted concerns</source>
            <translation>Show deleted concerns</translation>
        </message>
    </context>
    <context>
        <name>FirstStartWizard</name>
        <message>
            <source>Set up Regiostem</source>
            <translation>Set up Regiostem</translation>
        </message>
        <message>
            <source>Please check</source>
            <translation>Please check</translation>
        </message>
    </context>
    <context>
        <name>GeneralPage</name>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Language of the interface:</source>
            <translation>&amp;Language of the interface:</translation>
        </message>
        <message>
            <source>Language of the interface</source>
            <translation>Language of the interface</translation>
        </message>
        <message>
            <source>Documents (briefing pack, report-back) can be made in either language when you create them.</source>
            <translation>Documents (briefing pack, report-back) can be made in either language when you create them.</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>About you</translation>
        </message>
        <message>
            <source>Your name is recorded with the changes you make.</source>
            <translation>Your name is recorded with the changes you make.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Your role:</source>
            <translation>&amp;Your role:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Your role</translation>
        </message>
        <message>
            <source>Your e-mail address</source>
            <translation>Your e-mail address</translation>
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <source>Support</source>
            <translation>Support</translation>
        </message>
        <message>
            <source>Support with reservation</source>
            <translation>Support with reservation</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Objection</source>
            <translation>Objection</translation>
        </message>
        <message>
            <source>No response</source>
            <translation>No response</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import a package</source>
            <translation>Import a package</translation>
        </message>
        <message>
            <source>Import concerns</source>
            <translation>Import concerns</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>File to import</translation>
        </message>
        <message>
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choose a file to import</source>
            <translation>Choose a file to import</translation>
        </message>
        <message>
            <source>Choose a Regiostem package (.regiostem), or drop it on the main window.</source>
            <translation>Choose a Regiostem package (.regiostem), or drop it on the main window.</translation>
        </message>
        <message>
            <source>Choose an Excel workbook (.xlsx), a CSV file or a Regiostem package, or drop it on the main window. You see what will be imported before anything is stored.</source>
            <translation>Choose an Excel workbook (.xlsx), a CSV file or a Regiostem package, or drop it on the main window. You see what will be imported before anything is stored.</translation>
        </message>
        <message>
            <source>Rows of the file</source>
            <translation>Rows of the file</translation>
        </message>
        <message>
            <source>Show only &amp;problems and likely duplicates</source>
            <translation>Show only &amp;problems and likely duplicates</translation>
        </message>
        <message>
            <source>Show only problems and likely duplicates</source>
            <translation>Show only problems and likely duplicates</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>{file}: this is not a file Regiostem can import; choose {accepted}.</source>
            <translation>{file}: this is not a file Regiostem can import; choose {accepted}.</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>Opening {file}…</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Checking {file}…</translation>
        </message>
        <message>
            <source>Checking the file was cancelled; nothing was imported.</source>
            <translation>Checking the file was cancelled; nothing was imported.</translation>
        </message>
        <message>
            <source>1 problem: nothing is imported until the file is corrected: {first}</source>
            <translation>1 problem: nothing is imported until the file is corrected: {first}</translation>
        </message>
        <message>
            <source>{count} problems: nothing is imported until the file is corrected. First: {first}</source>
            <translation>{count} problems: nothing is imported until the file is corrected. First: {first}</translation>
        </message>
        <message>
            <source>{count} look like concerns the store already holds (marked); check them.</source>
            <translation>{count} look like concerns the store already holds (marked); check them.</translation>
        </message>
        <message>
            <source>{count} come from municipalities outside the region.</source>
            <translation>{count} come from municipalities outside the region.</translation>
        </message>
        <message>
            <source>Columns ignored: {names}.</source>
            <translation>Columns ignored: {names}.</translation>
        </message>
        <message>
            <source>{file}: new concerns: {new}; already in the store: {present}.</source>
            <translation>{file}: new concerns: {new}; already in the store: {present}.</translation>
        </message>
        <message>
            <source>1 looks like a concern the store already holds (marked); check it.</source>
            <translation>1 looks like a concern the store already holds (marked); check it.</translation>
        </message>
        <message>
            <source>There is nothing new to import.</source>
            <translation>There is nothing new to import.</translation>
        </message>
        <message>
            <source>{file} is opened and checked. Importing merges it: new records are added, records edited on both laptops stay as they are here and are listed under Conflicts.</source>
            <translation>{file} is opened and checked. Importing merges it: new records are added, records edited on both laptops stay as they are here and are listed under Conflicts.</translation>
        </message>
        <message>
            <source>The package was not opened; nothing was imported.</source>
            <translation>The package was not opened; nothing was imported.</translation>
        </message>
        <message>
            <source>Importing {count} concerns…</source>
            <translation>Importing {count} concerns…</translation>
        </message>
        <message>
            <source>Importing 1 concern…</source>
            <translation>Importing 1 concern…</translation>
        </message>
        <message>
            <source>1 concern imported from {file}.</source>
            <translation>1 concern imported from {file}.</translation>
        </message>
        <message>
            <source>{count} concerns imported from {file}.</source>
            <translation>{count} concerns imported from {file}.</translation>
        </message>
        <message>
            <source>1 was already in the store.</source>
            <translation>1 was already in the store.</translation>
        </message>
        <message>
            <source>{count} were already in the store.</source>
            <translation>{count} were already in the store.</translation>
        </message>
        <message>
            <source>1 comes from a municipality outside the region.</source>
            <translation>1 comes from a municipality outside the region.</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nothing imported</translation>
        </message>
        <message>
            <source>1 record was edited on both laptops. It stays as it is here until you decide. Review it now?</source>
            <translation>1 record was edited on both laptops. It stays as it is here until you decide. Review it now?</translation>
        </message>
        <message>
            <source>{count} records were edited on both laptops. They stay as they are here until you decide. Review them now?</source>
            <translation>{count} records were edited on both laptops. They stay as they are here until you decide. Review them now?</translation>
        </message>
        <message>
            <source>Import done</source>
            <translation>Import done</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>This store is open read-only; nothing can be imported.</source>
            <translation>This store is open read-only; nothing can be imported.</translation>
        </message>
    </context>
    <context>
        <name>Intake</name>
        <message>
            <source>Concerns for region {region}</source>
            <translation>Concerns for region {region}</translation>
        </message>
        <message>
            <source>Concerns for the region</source>
            <translation>Concerns for the region</translation>
        </message>
        <message>
            <source>Fill in one concern per row on the sheet '{sheet}'. Do not change the first row.</source>
            <translation>Fill in one concern per row on the sheet '{sheet}'. Do not change the first row.</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Columns marked as required must be filled in; the others may stay empty.</source>
            <translation>Columns marked as required must be filled in; the others may stay empty.</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>What to fill in</source>
            <translation>What to fill in</translation>
        </message>
        <message>
            <source>Required. The municipality raising the concern: choose from the list, or type its name or its CBS code (e.g. GM0344).</source>
            <translation>Required. The municipality raising the concern: choose from the list, or type its name or its CBS code (e.g. GM0344).</translation>
        </message>
        <message>
            <source>The list holds the region's municipalities; a neighbouring municipality may be typed too.</source>
            <translation>The list holds the region's municipalities; a neighbouring municipality may be typed too.</translation>
        </message>
        <message>
            <source>Required. A short title (at most 300 characters).</source>
            <translation>Required. A short title (at most 300 characters).</translation>
        </message>
        <message>
            <source>Required. What goes wrong, for whom, since when, and what it costs the municipality.</source>
            <translation>Required. What goes wrong, for whom, since when, and what it costs the municipality.</translation>
        </message>
        <message>
            <source>Optional. Choose a theme from the list.</source>
            <translation>Optional. Choose a theme from the list.</translation>
        </message>
        <message>
            <source>Optional. 1 (can wait) to 5 (very urgent); 3 if left empty.</source>
            <translation>Optional. 1 (can wait) to 5 (very urgent); 3 if left empty.</translation>
        </message>
        <message>
            <source>Optional. 1 (small) to 5 (very large); 3 if left empty.</source>
            <translation>Optional. 1 (small) to 5 (very large); 3 if left empty.</translation>
        </message>
        <message>
            <source>Optional. openbaar (public), regio (only within the region; the default) or vertrouwelijk (confidential: only shared when the delegate decides so explicitly).</source>
            <translation>Optional. openbaar (public), regio (only within the region; the default) or vertrouwelijk (confidential: only shared when the delegate decides so explicitly).</translation>
        </message>
        <message>
            <source>Optional. Your name, so the delegate can ask you about it.</source>
            <translation>Optional. Your name, so the delegate can ask you about it.</translation>
        </message>
        <message>
            <source>Optional. The date, as dd-mm-jjjj.</source>
            <translation>Optional. The date, as dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>Save the file as .xlsx (or as CSV) and send it to the delegate.</source>
            <translation>Save the file as .xlsx (or as CSV) and send it to the delegate.</translation>
        </message>
        <message>
            <source>Importing the same file twice adds nothing twice.</source>
            <translation>Importing the same file twice adds nothing twice.</translation>
        </message>
        <message>
            <source>This municipality is not on the list of the region. Keep it anyway?</source>
            <translation>This municipality is not on the list of the region. Keep it anyway?</translation>
        </message>
        <message>
            <source>Choose the municipality, or type its name or GM code.</source>
            <translation>Choose the municipality, or type its name or GM code.</translation>
        </message>
        <message>
            <source>Choose a theme from the list.</source>
            <translation>Choose a theme from the list.</translation>
        </message>
        <message>
            <source>Choose a theme.</source>
            <translation>Choose a theme.</translation>
        </message>
        <message>
            <source>Fill in a whole number from 1 to 5.</source>
            <translation>Fill in a whole number from 1 to 5.</translation>
        </message>
        <message>
            <source>1 (low) to 5 (high).</source>
            <translation>1 (low) to 5 (high).</translation>
        </message>
        <message>
            <source>Choose openbaar, regio or vertrouwelijk.</source>
            <translation>Choose openbaar, regio or vertrouwelijk.</translation>
        </message>
        <message>
            <source>openbaar, regio or vertrouwelijk.</source>
            <translation>openbaar, regio or vertrouwelijk.</translation>
        </message>
        <message>
            <source>Fill in a date as dd-mm-jjjj.</source>
            <translation>Fill in a date as dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>dd-mm-jjjj</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>(read-only)</source>
            <translation>(read-only)</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Session mode</translation>
        </message>
        <message>
            <source>Session mode comes in a later version.</source>
            <translation>Session mode comes in a later version.</translation>
        </message>
        <message>
            <source>Store cannot be opened</source>
            <translation>Store cannot be opened</translation>
        </message>
        <message>
            <source>Backup not restored</source>
            <translation>Backup not restored</translation>
        </message>
        <message>
            <source>Backup restored. The previous store was kept as {name}.</source>
            <translation>Backup restored. The previous store was kept as {name}.</translation>
        </message>
        <message>
            <source>Changes are not possible</source>
            <translation>Changes are not possible</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>All changes saved</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Undo {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Redo {what}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Waiting for work in progress to finish...</source>
            <translation>Waiting for work in progress to finish...</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;New concern</source>
            <translation>&amp;New concern</translation>
        </message>
        <message>
            <source>&amp;Session mode</source>
            <translation>&amp;Session mode</translation>
        </message>
        <message>
            <source>Capture concerns at a regional session, full screen</source>
            <translation>Capture concerns at a regional session, full screen</translation>
        </message>
        <message>
            <source>Make a &amp;backup now</source>
            <translation>Make a &amp;backup now</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Help and about Regiostem</source>
            <translation>&amp;Help and about Regiostem</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>About &amp;Qt</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>The parts of Regiostem; Ctrl+1 to Ctrl+8 jump to one</source>
            <translation>The parts of Regiostem; Ctrl+1 to Ctrl+8 jump to one</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Another Regiostem has this store open; you can look but not change anything.</source>
            <translation>Another Regiostem has this store open; you can look but not change anything.</translation>
        </message>
        <message>
            <source>Store: {path}</source>
            <translation>Store: {path}</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Explanation (Markdown)</source>
            <translation>Explanation (Markdown)</translation>
        </message>
        <message>
            <source>Arguments and explanation. Markdown: **bold**, *italic*, - bullet, # heading</source>
            <translation>Arguments and explanation. Markdown: **bold**, *italic*, - bullet, # heading</translation>
        </message>
        <message>
            <source>Preview of the explanation</source>
            <translation>Preview of the explanation</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad</source>
            <translation>Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <source>Title of the meeting</source>
            <translation>Title of the meeting</translation>
        </message>
        <message>
            <source>Place of the meeting</source>
            <translation>Place of the meeting</translation>
        </message>
        <message>
            <source>Carry open agenda items, their concerns and positions over</source>
            <translation>Carry open agenda items, their concerns and positions over</translation>
        </message>
        <message>
            <source>Create the next meeting</source>
            <translation>Create the next meeting</translation>
        </message>
        <message>
            <source>The next meeting continues from “{title}” of {date}: agenda items without an outcome are carried over.</source>
            <translation>The next meeting continues from “{title}” of {date}: agenda items without an outcome are carried over.</translation>
        </message>
        <message>
            <source>Leave empty for “Landelijk ICT Beraad” and the date</source>
            <translation>Leave empty for “Landelijk ICT Beraad” and the date</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>A meeting of the Landelijk ICT Beraad.</source>
            <translation>A meeting of the Landelijk ICT Beraad.</translation>
        </message>
    </context>
    <context>
        <name>MeetingDocumentButtons</name>
        <message>
            <source>&amp;Briefing pack…</source>
            <translation>&amp;Briefing pack…</translation>
        </message>
        <message>
            <source>Make the briefing pack of this meeting</source>
            <translation>Make the briefing pack of this meeting</translation>
        </message>
        <message>
            <source>&amp;Report-back…</source>
            <translation>&amp;Report-back…</translation>
        </message>
        <message>
            <source>Make the report-back of this meeting</source>
            <translation>Make the report-back of this meeting</translation>
        </message>
    </context>
    <context>
        <name>MeetingStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Reported back</source>
            <translation>Reported back</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>national meeting</source>
            <translation>national meeting</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <source>meeting status</source>
            <translation>meeting status</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>There is no meeting before {date} to continue from.</source>
            <translation>There is no meeting before {date} to continue from.</translation>
        </message>
        <message>
            <source>Landelijk ICT Beraad {date}</source>
            <translation>Landelijk ICT Beraad {date}</translation>
        </message>
        <message>
            <source>Line {line} of the reference links is not a web address starting with http:// or https://: '{text}'.</source>
            <translation>Line {line} of the reference links is not a web address starting with http:// or https://: '{text}'.</translation>
        </message>
        <message>
            <source>national body</source>
            <translation>national body</translation>
        </message>
        <message>
            <source>The new order must name every agenda item of the meeting exactly once.</source>
            <translation>The new order must name every agenda item of the meeting exactly once.</translation>
        </message>
        <message>
            <source>The outcome of agenda item '{title}' is recorded; it can no longer be deleted.</source>
            <translation>The outcome of agenda item '{title}' is recorded; it can no longer be deleted.</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>concern</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <source>title of the meeting</source>
            <translation>title of the meeting</translation>
        </message>
        <message>
            <source>place of the meeting</source>
            <translation>place of the meeting</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Meetings of the Landelijk ICT Beraad</source>
            <translation>Meetings of the Landelijk ICT Beraad</translation>
        </message>
        <message>
            <source>Create the ne&amp;xt meeting…</source>
            <translation>Create the ne&amp;xt meeting…</translation>
        </message>
        <message>
            <source>Create the next meeting from the last one</source>
            <translation>Create the next meeting from the last one</translation>
        </message>
        <message>
            <source>Carries the open agenda items over (Ctrl+Shift+N)</source>
            <translation>Carries the open agenda items over (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>New meeting…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Title of the meeting</source>
            <translation>Title of the meeting</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>Date of the meeting</source>
            <translation>Date of the meeting</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Place of the meeting</source>
            <translation>Place of the meeting</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Status of the meeting</source>
            <translation>Status of the meeting</translation>
        </message>
        <message>
            <source>&amp;Add agenda item</source>
            <translation>&amp;Add agenda item</translation>
        </message>
        <message>
            <source>Add an agenda item</source>
            <translation>Add an agenda item</translation>
        </message>
        <message>
            <source>Move the agenda item up (Alt+Up)</source>
            <translation>Move the agenda item up (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the agenda item down (Alt+Down)</source>
            <translation>Move the agenda item down (Alt+Down)</translation>
        </message>
        <message>
            <source>&amp;Go to position</source>
            <translation>&amp;Go to position</translation>
        </message>
        <message>
            <source>Draft a positio&amp;n</source>
            <translation>Draft a positio&amp;n</translation>
        </message>
        <message>
            <source>Remove the agenda item</source>
            <translation>Remove the agenda item</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>Re&amp;move…</translation>
        </message>
        <message>
            <source>Record &amp;outcome…</source>
            <translation>Record &amp;outcome…</translation>
        </message>
        <message>
            <source>Record the outcome of the agenda item</source>
            <translation>Record the outcome of the agenda item</translation>
        </message>
        <message>
            <source>No meetings yet. Create the first meeting of the Landelijk ICT Beraad with “New meeting”.</source>
            <translation>No meetings yet. Create the first meeting of the Landelijk ICT Beraad with “New meeting”.</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>National meeting</translation>
        </message>
        <message>
            <source>{date} · next meeting</source>
            <translation>{date} · next meeting</translation>
        </message>
        <message>
            <source>outcome recorded</source>
            <translation>outcome recorded</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>a municipality in the region</translation>
        </message>
        <message>
            <source>date of the meeting</source>
            <translation>date of the meeting</translation>
        </message>
        <message>
            <source>status of the meeting</source>
            <translation>status of the meeting</translation>
        </message>
        <message>
            <source>New agenda item</source>
            <translation>New agenda item</translation>
        </message>
        <message>
            <source>order of the agenda</source>
            <translation>order of the agenda</translation>
        </message>
        <message>
            <source>Remove agenda item</source>
            <translation>Remove agenda item</translation>
        </message>
        <message>
            <source>Remove “{title}” from the agenda? A position drafted for it is kept as a standalone position.</source>
            <translation>Remove “{title}” from the agenda? A position drafted for it is kept as a standalone position.</translation>
        </message>
        <message>
            <source>body asking the question</source>
            <translation>body asking the question</translation>
        </message>
        <message>
            <source>Concerns for “{title}”</source>
            <translation>Concerns for “{title}”</translation>
        </message>
        <message>
            <source>linked concerns</source>
            <translation>linked concerns</translation>
        </message>
    </context>
    <context>
        <name>MembersPage</name>
        <message>
            <source>Member municipalities</source>
            <translation>Member municipalities</translation>
        </message>
        <message>
            <source>Tick the municipalities of your region. Type a name and press Enter to tick it.</source>
            <translation>Tick the municipalities of your region. Type a name and press Enter to tick it.</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>Choose at least one concern to merge.</source>
            <translation>Choose at least one concern to merge.</translation>
        </message>
        <message>
            <source>A concern cannot be merged into itself.</source>
            <translation>A concern cannot be merged into itself.</translation>
        </message>
        <message>
            <source>'{title}' is deleted; restore it before merging into it.</source>
            <translation>'{title}' is deleted; restore it before merging into it.</translation>
        </message>
        <message>
            <source>'{title}' is deleted and cannot be merged.</source>
            <translation>'{title}' is deleted and cannot be merged.</translation>
        </message>
        <message>
            <source>'{title}' is already merged into another concern; unmerge it first.</source>
            <translation>'{title}' is already merged into another concern; unmerge it first.</translation>
        </message>
        <message>
            <source>'{title}' cannot be merged into a concern that is itself merged into it.</source>
            <translation>'{title}' cannot be merged into a concern that is itself merged into it.</translation>
        </message>
        <message>
            <source>'{title}' is not merged into another concern.</source>
            <translation>'{title}' is not merged into another concern.</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge concerns</source>
            <translation>Merge concerns</translation>
        </message>
        <message>
            <source>Merge {count} concerns into one</source>
            <translation>Merge {count} concerns into one</translation>
        </message>
        <message>
            <source>Nothing is lost: every concern keeps its own text, municipality and recognitions, and the merge can be undone later (Unmerge in the editor).</source>
            <translation>Nothing is lost: every concern keeps its own text, municipality and recognitions, and the merge can be undone later (Unmerge in the editor).</translation>
        </message>
        <message>
            <source>Which concern stays?</source>
            <translation>Which concern stays?</translation>
        </message>
        <message>
            <source>Stays</source>
            <translation>Stays</translation>
        </message>
        <message>
            <source>Merged into it</source>
            <translation>Merged into it</translation>
        </message>
        <message>
            <source>Breadth now</source>
            <translation>Breadth now</translation>
        </message>
        <message>
            <source>After merging</source>
            <translation>After merging</translation>
        </message>
        <message>
            <source>Municipalities added</source>
            <translation>Municipalities added</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>none (all already counted)</source>
            <translation>none (all already counted)</translation>
        </message>
        <message>
            <source>merge of {count} concerns</source>
            <translation>merge of {count} concerns</translation>
        </message>
    </context>
    <context>
        <name>MinutesPanel</name>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;us:</translation>
        </message>
        <message>
            <source>Status of the minutes</source>
            <translation>Status of the minutes</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
        <message>
            <source>Reopen the final minutes for a correction</source>
            <translation>Reopen the final minutes for a correction</translation>
        </message>
        <message>
            <source>Minutes (Markdown)</source>
            <translation>Minutes (Markdown)</translation>
        </message>
        <message>
            <source>Minutes of the session. Markdown: # heading, - bullet, **bold**</source>
            <translation>Minutes of the session. Markdown: # heading, - bullet, **bold**</translation>
        </message>
        <message>
            <source>Preview of the minutes</source>
            <translation>Preview of the minutes</translation>
        </message>
        <message>
            <source>Final minutes are locked. Reopen them to correct something; they become corrected.</source>
            <translation>Final minutes are locked. Reopen them to correct something; they become corrected.</translation>
        </message>
        <message>
            <source>Saved as you type. Mark them corrected after the members' remarks, final once agreed.</source>
            <translation>Saved as you type. Mark them corrected after the members' remarks, final once agreed.</translation>
        </message>
    </context>
    <context>
        <name>MinutesStatus</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>Final</translation>
        </message>
    </context>
    <context>
        <name>Month</name>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>Municipalities</name>
        <message>
            <source>No municipality given.</source>
            <translation>No municipality given.</translation>
        </message>
        <message>
            <source>The municipality '{name}' is ambiguous: {candidates}.</source>
            <translation>The municipality '{name}' is ambiguous: {candidates}.</translation>
        </message>
        <message>
            <source>Unknown municipality '{name}'.</source>
            <translation>Unknown municipality '{name}'.</translation>
        </message>
    </context>
    <context>
        <name>MunicipalitiesView</name>
        <message>
            <source>{attended} of {held}</source>
            <translation>{attended} of {held}</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts — {name}</source>
            <translation>Contacts — {name}</translation>
        </message>
        <message>
            <source>No contacts known for {name} yet. Use "Add contact" to add one.</source>
            <translation>No contacts known for {name} yet. Use "Add contact" to add one.</translation>
        </message>
        <message>
            <source>Erase contact</source>
            <translation>Erase contact</translation>
        </message>
        <message>
            <source>Erase all personal data of {name}? Their name, e-mail and phone number are removed everywhere, also from the history. Concerns they submitted stay with their municipality. This cannot be undone.</source>
            <translation>Erase all personal data of {name}? Their name, e-mail and phone number are removed everywhere, also from the history. Concerns they submitted stay with their municipality. This cannot be undone.</translation>
        </message>
        <message>
            <source>The contact's personal data were erased.</source>
            <translation>The contact's personal data were erased.</translation>
        </message>
        <message>
            <source>Search municipality or organisation</source>
            <translation>Search municipality or organisation</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Member municipalities</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>Municipalities or organisations</source>
            <translation>Municipalities or organisations</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inhabitants</translation>
        </message>
        <message>
            <source>Size class</source>
            <translation>Size class</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Inhabitants on 1 January (Bron: CBS)</source>
            <translation>Inhabitants on 1 January (Bron: CBS)</translation>
        </message>
        <message>
            <source>Size class by inhabitants</source>
            <translation>Size class by inhabitants</translation>
        </message>
        <message>
            <source>Regional sessions attended, of those held</source>
            <translation>Regional sessions attended, of those held</translation>
        </message>
        <message>
            <source>Concerns the municipality submitted</source>
            <translation>Concerns the municipality submitted</translation>
        </message>
        <message>
            <source>Concerns of other municipalities it recognised</source>
            <translation>Concerns of other municipalities it recognised</translation>
        </message>
        <message>
            <source>Responses given to regional positions</source>
            <translation>Responses given to regional positions</translation>
        </message>
        <message>
            <source>Contacts known for the municipality</source>
            <translation>Contacts known for the municipality</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>&amp;Add contact…</source>
            <translation>&amp;Add contact…</translation>
        </message>
        <message>
            <source>E&amp;dit…</source>
            <translation>E&amp;dit…</translation>
        </message>
        <message>
            <source>E&amp;rase…</source>
            <translation>E&amp;rase…</translation>
        </message>
        <message>
            <source>Erase this person's personal data everywhere</source>
            <translation>Erase this person's personal data everywhere</translation>
        </message>
    </context>
    <context>
        <name>MunicipalityPicker</name>
        <message>
            <source>All provinces</source>
            <translation>All provinces</translation>
        </message>
        <message>
            <source>1 municipality chosen · {people} inhabitants</source>
            <translation>1 municipality chosen · {people} inhabitants</translation>
        </message>
        <message>
            <source>{count} municipalities chosen · {people} inhabitants</source>
            <translation>{count} municipalities chosen · {people} inhabitants</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Name or GM code</source>
            <translation>Name or GM code</translation>
        </message>
        <message>
            <source>Search municipality</source>
            <translation>Search municipality</translation>
        </message>
        <message>
            <source>&amp;Province:</source>
            <translation>&amp;Province:</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>Only &amp;chosen</source>
            <translation>Only &amp;chosen</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Space ticks the current municipality</source>
            <translation>Space ticks the current municipality</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inhabitants</translation>
        </message>
    </context>
    <context>
        <name>NewConcernDialog</name>
        <message>
            <source>New concern</source>
            <translation>New concern</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;heme</translation>
        </message>
        <message>
            <source>&amp;Confidentiality</source>
            <translation>&amp;Confidentiality</translation>
        </message>
        <message>
            <source>Type a name or GM code</source>
            <translation>Type a name or GM code</translation>
        </message>
        <message>
            <source>In a few words: what goes wrong?</source>
            <translation>In a few words: what goes wrong?</translation>
        </message>
        <message>
            <source>What goes wrong, since when, and what it costs</source>
            <translation>What goes wrong, since when, and what it costs</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(no theme)</translation>
        </message>
        <message>
            <source>&amp;Add concern</source>
            <translation>&amp;Add concern</translation>
        </message>
        <message>
            <source>Enter adds · Ctrl+Enter from the description · Esc cancels</source>
            <translation>Enter adds · Ctrl+Enter from the description · Esc cancels</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Similar concerns already in the register:</source>
            <translation>Similar concerns already in the register:</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Similar concerns</source>
            <translation>Similar concerns</translation>
        </message>
        <message>
            <source>Record a recognition of the chosen similar concern</source>
            <translation>Record a recognition of the chosen similar concern</translation>
        </message>
        <message>
            <source>Add concern</source>
            <translation>Add concern</translation>
        </message>
        <message>
            <source>Same concern: record that {name} recognises it</source>
            <translation>Same concern: record that {name} recognises it</translation>
        </message>
        <message>
            <source>Same concern: record that this municipality recognises it</source>
            <translation>Same concern: record that this municipality recognises it</translation>
        </message>
        <message>
            <source>Choose the municipality that recognises the concern first.</source>
            <translation>Choose the municipality that recognises the concern first.</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>recognition</translation>
        </message>
        <message>
            <source>Choose a municipality: type its name or GM code.</source>
            <translation>Choose a municipality: type its name or GM code.</translation>
        </message>
        <message>
            <source>new concern “{title}”</source>
            <translation>new concern “{title}”</translation>
        </message>
    </context>
    <context>
        <name>NewPositionDialog</name>
        <message>
            <source>(standalone, no agenda item)</source>
            <translation>(standalone, no agenda item)</translation>
        </message>
        <message>
            <source>&amp;Agenda item:</source>
            <translation>&amp;Agenda item:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>New position</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Defaults to the agenda item's title</source>
            <translation>Defaults to the agenda item's title</translation>
        </message>
    </context>
    <context>
        <name>Ops</name>
        <message>
            <source>Please wait</source>
            <translation>Please wait</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling...</source>
            <translation>Cancelling...</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Done.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
    </context>
    <context>
        <name>OrganisationKind</name>
        <message>
            <source>User association</source>
            <translation>User association</translation>
        </message>
        <message>
            <source>National body</source>
            <translation>National body</translation>
        </message>
        <message>
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Outcome of “{title}”</source>
            <translation>Outcome of “{title}”</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Decision:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>&amp;Meaning for municipalities:</source>
            <translation>&amp;Meaning for municipalities:</translation>
        </message>
        <message>
            <source>Meaning for municipalities</source>
            <translation>Meaning for municipalities</translation>
        </message>
        <message>
            <source>&amp;Follow-up:</source>
            <translation>&amp;Follow-up:</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Review:</source>
            <translation>Review:</translation>
        </message>
        <message>
            <source>Review on a date</source>
            <translation>Review on a date</translation>
        </message>
        <message>
            <source>Linked concerns:</source>
            <translation>Linked concerns:</translation>
        </message>
        <message>
            <source>Linked concerns become answered</source>
            <translation>Linked concerns become answered</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Reason shown in the report-back</source>
            <translation>Reason shown in the report-back</translation>
        </message>
        <message>
            <source>Review on</source>
            <translation>Review on</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Review date</translation>
        </message>
        <message>
            <source>Linked concerns become closed</source>
            <translation>Linked concerns become closed</translation>
        </message>
        <message>
            <source>Why the concerns are answered or closed (defaults to the decision)</source>
            <translation>Why the concerns are answered or closed (defaults to the decision)</translation>
        </message>
        <message>
            <source>This concern will move to the chosen status:</source>
            <translation>This concern will move to the chosen status:</translation>
        </message>
        <message>
            <source>These {n} concerns will move to the chosen status:</source>
            <translation>These {n} concerns will move to the chosen status:</translation>
        </message>
        <message>
            <source>No concerns are linked to this agenda item.</source>
            <translation>No concerns are linked to this agenda item.</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Record outcome</translation>
        </message>
        <message>
            <source>Outcome not recorded</source>
            <translation>Outcome not recorded</translation>
        </message>
        <message>
            <source>Outcome recorded</source>
            <translation>Outcome recorded</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>The decision may not be empty.</source>
            <translation>The decision may not be empty.</translation>
        </message>
        <message>
            <source>An outcome leaves the concerns answered or closed, not '{value}'.</source>
            <translation>An outcome leaves the concerns answered or closed, not '{value}'.</translation>
        </message>
        <message>
            <source>Outcome recorded: {decision}</source>
            <translation>Outcome recorded: {decision}</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <source>No theme</source>
            <translation>No theme</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>{open} still open</source>
            <translation>{open} still open</translation>
        </message>
        <message>
            <source>Recognitions</source>
            <translation>Recognitions</translation>
        </message>
        <message>
            <source>municipalities that recognise another's concern</source>
            <translation>municipalities that recognise another's concern</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Member municipalities</translation>
        </message>
        <message>
            <source>{people} inhabitants</source>
            <translation>{people} inhabitants</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>none yet</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regional sessions</translation>
        </message>
        <message>
            <source>last: {date}</source>
            <translation>last: {date}</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Recognised</source>
            <translation>Recognised</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>Sessions attended</translation>
        </message>
        <message>
            <source>Attendance at sessions in the region ({held} held)</source>
            <translation>Attendance at sessions in the region ({held} held)</translation>
        </message>
        <message>
            <source>Next national meeting</source>
            <translation>Next national meeting</translation>
        </message>
        <message>
            <source>No national meeting is planned yet (see Landelijk Beraad).</source>
            <translation>No national meeting is planned yet (see Landelijk Beraad).</translation>
        </message>
        <message>
            <source>Next national meeting: {title}</source>
            <translation>Next national meeting: {title}</translation>
        </message>
        <message>
            <source>can be adopted</source>
            <translation>can be adopted</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>not yet</translation>
        </message>
        <message>
            <source>outcome recorded</source>
            <translation>outcome recorded</translation>
        </message>
        <message>
            <source>no position yet</source>
            <translation>no position yet</translation>
        </message>
        <message>
            <source>No region has been set up yet. Name your region and choose its member municipalities.</source>
            <translation>No region has been set up yet. Name your region and choose its member municipalities.</translation>
        </message>
        <message>
            <source>Set up the region...</source>
            <translation>Set up the region...</translation>
        </message>
        <message>
            <source>Concerns by status</source>
            <translation>Concerns by status</translation>
        </message>
        <message>
            <source>Concerns by theme</source>
            <translation>Concerns by theme</translation>
        </message>
        <message>
            <source>Concerns per member municipality</source>
            <translation>Concerns per member municipality</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Agenda item</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Support (municipalities · inhabitants)</source>
            <translation>Support (municipalities · inhabitants)</translation>
        </message>
        <message>
            <source>Objections</source>
            <translation>Objections</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Agenda of the next national meeting</source>
            <translation>Agenda of the next national meeting</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Chart: concerns by status</source>
            <translation>Chart: concerns by status</translation>
        </message>
        <message>
            <source>Chart: concerns by theme</source>
            <translation>Chart: concerns by theme</translation>
        </message>
        <message>
            <source>Chart: concerns per member municipality</source>
            <translation>Chart: concerns per member municipality</translation>
        </message>
        <message>
            <source>Chart: participation per member municipality</source>
            <translation>Chart: participation per member municipality</translation>
        </message>
    </context>
    <context>
        <name>PackageExportDialog</name>
        <message>
            <source>Export a package</source>
            <translation>Export a package</translation>
        </message>
        <message>
            <source>What goes in</source>
            <translation>What goes in</translation>
        </message>
        <message>
            <source>The &amp;whole store (for an alternate or the secretariat)</source>
            <translation>The &amp;whole store (for an alternate or the secretariat)</translation>
        </message>
        <message>
            <source>The whole store</source>
            <translation>The whole store</translation>
        </message>
        <message>
            <source>&amp;My concerns, recognitions and responses</source>
            <translation>&amp;My concerns, recognitions and responses</translation>
        </message>
        <message>
            <source>My concerns, recognitions and responses</source>
            <translation>My concerns, recognitions and responses</translation>
        </message>
        <message>
            <source>All municipalities</source>
            <translation>All municipalities</translation>
        </message>
        <message>
            <source>Only of municipality</source>
            <translation>Only of municipality</translation>
        </message>
        <message>
            <source>Include &amp;confidential concerns</source>
            <translation>Include &amp;confidential concerns</translation>
        </message>
        <message>
            <source>Include confidential concerns</source>
            <translation>Include confidential concerns</translation>
        </message>
        <message>
            <source>Exchange passphrase</source>
            <translation>Exchange passphrase</translation>
        </message>
        <message>
            <source>This store remembers its exchange key: the package is sealed with it, no passphrase needed.</source>
            <translation>This store remembers its exchange key: the package is sealed with it, no passphrase needed.</translation>
        </message>
        <message>
            <source>Packages are encrypted with the region's exchange passphrase (at least 10 characters). Agree on it with the other laptops; it is not stored in any file.</source>
            <translation>Packages are encrypted with the region's exchange passphrase (at least 10 characters). Agree on it with the other laptops; it is not stored in any file.</translation>
        </message>
        <message>
            <source>Use &amp;another passphrase</source>
            <translation>Use &amp;another passphrase</translation>
        </message>
        <message>
            <source>Use another passphrase</source>
            <translation>Use another passphrase</translation>
        </message>
        <message>
            <source>Package written to {path}. Concerns: {concerns}; records in all: {records}.</source>
            <translation>Package written to {path}. Concerns: {concerns}; records in all: {records}.</translation>
        </message>
        <message>
            <source>&amp;Only of municipality:</source>
            <translation>&amp;Only of municipality:</translation>
        </message>
        <message>
            <source>Remember the &amp;key in the system keyring</source>
            <translation>Remember the &amp;key in the system keyring</translation>
        </message>
        <message>
            <source>Remember the key in the system keyring</source>
            <translation>Remember the key in the system keyring</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Export the package</source>
            <translation>Export the package</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>package-{date}</source>
            <translation>package-{date}</translation>
        </message>
        <message>
            <source>Regiostem package (*.regiostem)</source>
            <translation>Regiostem package (*.regiostem)</translation>
        </message>
        <message>
            <source>Sealing the package {file}…</source>
            <translation>Sealing the package {file}…</translation>
        </message>
        <message>
            <source>Package exported</source>
            <translation>Package exported</translation>
        </message>
        <message>
            <source>Package written to {path}.</source>
            <translation>Package written to {path}.</translation>
        </message>
        <message>
            <source>Package not exported</source>
            <translation>Package not exported</translation>
        </message>
    </context>
    <context>
        <name>PackageImport</name>
        <message>
            <source>{file}: cannot be read ({reason}).</source>
            <translation>{file}: cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>{file}: {message}</source>
            <translation>{file}: {message}</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>Opening {file}…</translation>
        </message>
        <message>
            <source>Wrong passphrase</source>
            <translation>Wrong passphrase</translation>
        </message>
        <message>
            <source>Package not opened</source>
            <translation>Package not opened</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nothing imported</translation>
        </message>
        <message>
            <source>Merging {file}…</source>
            <translation>Merging {file}…</translation>
        </message>
        <message>
            <source>Nothing new: this store already holds everything in the package.</source>
            <translation>Nothing new: this store already holds everything in the package.</translation>
        </message>
        <message>
            <source>Merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</source>
            <translation>Merged. New records: {inserted}; updated: {updated}; kept as they are here: {kept}; conflicts: {conflicts}.</translation>
        </message>
    </context>
    <context>
        <name>PackageSummary</name>
        <message>
            <source>1 concern</source>
            <translation>1 concern</translation>
        </message>
        <message>
            <source>{count} concerns</source>
            <translation>{count} concerns</translation>
        </message>
        <message>
            <source>1 recognition</source>
            <translation>1 recognition</translation>
        </message>
        <message>
            <source>{count} recognitions</source>
            <translation>{count} recognitions</translation>
        </message>
        <message>
            <source>1 response</source>
            <translation>1 response</translation>
        </message>
        <message>
            <source>{count} responses</source>
            <translation>{count} responses</translation>
        </message>
        <message>
            <source>1 position</source>
            <translation>1 position</translation>
        </message>
        <message>
            <source>{count} positions</source>
            <translation>{count} positions</translation>
        </message>
        <message>
            <source>1 national meeting</source>
            <translation>1 national meeting</translation>
        </message>
        <message>
            <source>{count} national meetings</source>
            <translation>{count} national meetings</translation>
        </message>
        <message>
            <source>1 regional session</source>
            <translation>1 regional session</translation>
        </message>
        <message>
            <source>{count} regional sessions</source>
            <translation>{count} regional sessions</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 person</translation>
        </message>
        <message>
            <source>{count} persons</source>
            <translation>{count} persons</translation>
        </message>
        <message>
            <source>1 other record</source>
            <translation>1 other record</translation>
        </message>
        <message>
            <source>{count} other records</source>
            <translation>{count} other records</translation>
        </message>
        <message>
            <source>no records</source>
            <translation>no records</translation>
        </message>
    </context>
    <context>
        <name>PackageSummaryView</name>
        <message>
            <source>From:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Made on:</translation>
        </message>
        <message>
            <source>Holds:</source>
            <translation>Holds:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Records:</translation>
        </message>
        <message>
            <source>Confidential:</source>
            <translation>Confidential:</translation>
        </message>
        <message>
            <source>another Regiostem (unnamed)</source>
            <translation>another Regiostem (unnamed)</translation>
        </message>
        <message>
            <source>the sender's own concerns, recognitions and responses</source>
            <translation>the sender's own concerns, recognitions and responses</translation>
        </message>
        <message>
            <source>the whole store of the sender</source>
            <translation>the whole store of the sender</translation>
        </message>
        <message>
            <source>included</source>
            <translation>included</translation>
        </message>
        <message>
            <source>left out by the sender</source>
            <translation>left out by the sender</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Regiostem keeps the key derived from it in the system keyring, never the passphrase itself.</source>
            <translation>Regiostem keeps the key derived from it in the system keyring, never the passphrase itself.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Exchange passphrase</source>
            <translation>Exchange passphrase</translation>
        </message>
        <message>
            <source>Type the region's exchange passphrase to open {file}.</source>
            <translation>Type the region's exchange passphrase to open {file}.</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Open the package</source>
            <translation>Open the package</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Exchange passphrase</source>
            <translation>Exchange passphrase</translation>
        </message>
        <message>
            <source>Repeat the exchange passphrase</source>
            <translation>Repeat the exchange passphrase</translation>
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>&amp;Show the passphrase</translation>
        </message>
        <message>
            <source>Show the passphrase</source>
            <translation>Show the passphrase</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Type the passphrase.</translation>
        </message>
        <message>
            <source>At least {count} characters.</source>
            <translation>At least {count} characters.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>The two passphrases differ.</translation>
        </message>
        <message>
            <source>Repeat it below.</source>
            <translation>Repeat it below.</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>synced folder ({client})</source>
            <translation>synced folder ({client})</translation>
        </message>
        <message>
            <source>network share</source>
            <translation>network share</translation>
        </message>
        <message>
            <source>network file system ({fs})</source>
            <translation>network file system ({fs})</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewWindow</name>
        <message>
            <source>{name} — Preview</source>
            <translation>{name} — Preview</translation>
        </message>
        <message>
            <source>Preview tools</source>
            <translation>Preview tools</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>First page</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Last page</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Fit to width</source>
            <translation>Fit to width</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Open in PDF viewer</source>
            <translation>Open in PDF viewer</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Page</source>
            <translation>&amp;Page</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Page number</translation>
        </message>
        <message>
            <source>Type a page number and press Enter</source>
            <translation>Type a page number and press Enter</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Zoom</translation>
        </message>
        <message>
            <source>Contents of the document</source>
            <translation>Contents of the document</translation>
        </message>
        <message>
            <source>Page view</source>
            <translation>Page view</translation>
        </message>
        <message>
            <source>Page width</source>
            <translation>Page width</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>{name} cannot be shown: {problem}</source>
            <translation>{name} cannot be shown: {problem}</translation>
        </message>
        <message>
            <source>of {count}</source>
            <translation>of {count}</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
        <message>
            <source>Print {name}</source>
            <translation>Print {name}</translation>
        </message>
        <message>
            <source>Printing…</source>
            <translation>Printing…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Printing</translation>
        </message>
        <message>
            <source>Printing page {done} of {total}…</source>
            <translation>Printing page {done} of {total}…</translation>
        </message>
        <message>
            <source>Pages sent to the printer: {count}.</source>
            <translation>Pages sent to the printer: {count}.</translation>
        </message>
        <message>
            <source>No program to open {name} was found on this computer.</source>
            <translation>No program to open {name} was found on this computer.</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>it is not a valid PDF</source>
            <translation>it is not a valid PDF</translation>
        </message>
        <message>
            <source>it is protected by a password</source>
            <translation>it is protected by a password</translation>
        </message>
        <message>
            <source>it is protected in a way that cannot be opened</source>
            <translation>it is protected in a way that cannot be opened</translation>
        </message>
        <message>
            <source>the file cannot be read</source>
            <translation>the file cannot be read</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Function:</source>
            <translation>&amp;Function:</translation>
        </message>
        <message>
            <source>&amp;Works for:</source>
            <translation>&amp;Works for:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>Works for</source>
            <translation>Works for</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>(not given)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <source>Municipality {name}</source>
            <translation>Municipality {name}</translation>
        </message>
    </context>
    <context>
        <name>PersonRole</name>
        <message>
            <source>Delegate</source>
            <translation>Delegate</translation>
        </message>
        <message>
            <source>Alternate delegate</source>
            <translation>Alternate delegate</translation>
        </message>
        <message>
            <source>ICT contact</source>
            <translation>ICT contact</translation>
        </message>
        <message>
            <source>Information manager</source>
            <translation>Information manager</translation>
        </message>
        <message>
            <source>CISO</source>
            <translation>CISO</translation>
        </message>
        <message>
            <source>Secretariat</source>
            <translation>Secretariat</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>Persons</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>A contact needs a name.</translation>
        </message>
        <message>
            <source>This text is longer than {limit} characters.</source>
            <translation>This text is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' is not an e-mail address.</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number.</source>
            <translation>'{value}' is not a phone number.</translation>
        </message>
        <message>
            <source>The role must be one of {choices}, not '{value}'.</source>
            <translation>The role must be one of {choices}, not '{value}'.</translation>
        </message>
        <message>
            <source>Unknown municipality '{value}'.</source>
            <translation>Unknown municipality '{value}'.</translation>
        </message>
        <message>
            <source>Unknown organisation '{value}'.</source>
            <translation>Unknown organisation '{value}'.</translation>
        </message>
        <message>
            <source>There is no contact with id {id}.</source>
            <translation>There is no contact with id {id}.</translation>
        </message>
        <message>
            <source>This contact was erased and cannot be edited.</source>
            <translation>This contact was erased and cannot be edited.</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderView</name>
        <message>
            <source>This part could not be loaded. The details are in the log file (Help &gt; About).</source>
            <translation>This part could not be loaded. The details are in the log file (Help &gt; About).</translation>
        </message>
        <message>
            <source>This part of Regiostem comes in a later version.</source>
            <translation>This part of Regiostem comes in a later version.</translation>
        </message>
    </context>
    <context>
        <name>PositionField</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Core position</source>
            <translation>Core position</translation>
        </message>
        <message>
            <source>Explanation and arguments</source>
            <translation>Explanation and arguments</translation>
        </message>
        <message>
            <source>Red lines</source>
            <translation>Red lines</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Mandate</translation>
        </message>
        <message>
            <source>Fallback position</source>
            <translation>Fallback position</translation>
        </message>
        <message>
            <source>Minority note</source>
            <translation>Minority note</translation>
        </message>
        <message>
            <source>Talking points</source>
            <translation>Talking points</translation>
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
            <translation>Draft</translation>
        </message>
        <message>
            <source>In consultation</source>
            <translation>In consultation</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adopted</translation>
        </message>
        <message>
            <source>Raised</source>
            <translation>Raised</translation>
        </message>
        <message>
            <source>Outcome known</source>
            <translation>Outcome known</translation>
        </message>
    </context>
    <context>
        <name>PositionTexts</name>
        <message>
            <source>The region's position in one or two sentences.</source>
            <translation>The region's position in one or two sentences.</translation>
        </message>
        <message>
            <source>What the region cannot accept, one per line.</source>
            <translation>What the region cannot accept, one per line.</translation>
        </message>
        <message>
            <source>Points to make at the meeting, one per line.</source>
            <translation>Points to make at the meeting, one per line.</translation>
        </message>
        <message>
            <source>How far the delegate may move without asking the region again.</source>
            <translation>How far the delegate may move without asking the region again.</translation>
        </message>
        <message>
            <source>What the delegate settles for if the position does not carry.</source>
            <translation>What the delegate settles for if the position does not carry.</translation>
        </message>
        <message>
            <source>Where municipalities differ, and why. Required when there is an objection.</source>
            <translation>Where municipalities differ, and why. Required when there is an objection.</translation>
        </message>
        <message>
            <source>Title of the position</source>
            <translation>Title of the position</translation>
        </message>
        <message>
            <source>Texts of the position</source>
            <translation>Texts of the position</translation>
        </message>
        <message>
            <source>1 sentence; one or two make the clearest core position.</source>
            <translation>1 sentence; one or two make the clearest core position.</translation>
        </message>
        <message>
            <source>{n} sentences; one or two make the clearest core position.</source>
            <translation>{n} sentences; one or two make the clearest core position.</translation>
        </message>
        <message>
            <source>1 municipality objects: describe its view here; without it the position cannot be adopted.</source>
            <translation>1 municipality objects: describe its view here; without it the position cannot be adopted.</translation>
        </message>
        <message>
            <source>{n} municipalities object: describe their view here; without it the position cannot be adopted.</source>
            <translation>{n} municipalities object: describe their view here; without it the position cannot be adopted.</translation>
        </message>
    </context>
    <context>
        <name>Positions</name>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>agenda item</source>
            <translation>agenda item</translation>
        </message>
        <message>
            <source>Agenda item '{item}' already has a position: '{position}'. Edit that one.</source>
            <translation>Agenda item '{item}' already has a position: '{position}'. Edit that one.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>The position '{title}' is {status}; move it back to consultation to change it.</source>
            <translation>The position '{title}' is {status}; move it back to consultation to change it.</translation>
        </message>
        <message>
            <source>response</source>
            <translation>response</translation>
        </message>
        <message>
            <source>way of recording</source>
            <translation>way of recording</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>municipality</translation>
        </message>
        <message>
            <source>{name} is not a member of the region; only members respond to a position.</source>
            <translation>{name} is not a member of the region; only members respond to a position.</translation>
        </message>
        <message>
            <source>The position '{title}' is {status}; move it back to consultation to change responses.</source>
            <translation>The position '{title}' is {status}; move it back to consultation to change responses.</translation>
        </message>
        <message>
            <source>concern</source>
            <translation>concern</translation>
        </message>
        <message>
            <source>The concern '{title}' was merged into '{target}'; use that one.</source>
            <translation>The concern '{title}' was merged into '{target}'; use that one.</translation>
        </message>
        <message>
            <source>A position cannot go from {current} to {new}.</source>
            <translation>A position cannot go from {current} to {new}.</translation>
        </message>
        <message>
            <source>Record the outcome of the agenda item; that marks the position as outcome known.</source>
            <translation>Record the outcome of the agenda item; that marks the position as outcome known.</translation>
        </message>
        <message>
            <source>The outcome of the agenda item is recorded; the position stays outcome known.</source>
            <translation>The outcome of the agenda item is recorded; the position stays outcome known.</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>The position '{title}' cannot be adopted: {reasons}</source>
            <translation>The position '{title}' cannot be adopted: {reasons}</translation>
        </message>
        <message>
            <source>version</source>
            <translation>version</translation>
        </message>
        <message>
            <source>Only versions of the same position can be compared.</source>
            <translation>Only versions of the same position can be compared.</translation>
        </message>
    </context>
    <context>
        <name>PositionsList</name>
        <message>
            <source>1 objection</source>
            <translation>1 objection</translation>
        </message>
        <message>
            <source>{n} objections</source>
            <translation>{n} objections</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Meeting:</translation>
        </message>
        <message>
            <source>Show positions of meeting</source>
            <translation>Show positions of meeting</translation>
        </message>
        <message>
            <source>Find a position</source>
            <translation>Find a position</translation>
        </message>
        <message>
            <source>Find a position by title</source>
            <translation>Find a position by title</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>New &amp;position…</source>
            <translation>New &amp;position…</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>New position</translation>
        </message>
        <message>
            <source>No positions here yet. Start one with “New position”.</source>
            <translation>No positions here yet. Start one with “New position”.</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>All meetings</translation>
        </message>
        <message>
            <source>Without an agenda item</source>
            <translation>Without an agenda item</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>More</source>
            <translation>More</translation>
        </message>
        <message>
            <source>More actions for this position</source>
            <translation>More actions for this position</translation>
        </message>
        <message>
            <source>Keep a &amp;new version…</source>
            <translation>Keep a &amp;new version…</translation>
        </message>
        <message>
            <source>&amp;Compare versions…</source>
            <translation>&amp;Compare versions…</translation>
        </message>
        <message>
            <source>Go to the &amp;agenda item</source>
            <translation>Go to the &amp;agenda item</translation>
        </message>
        <message>
            <source>&amp;Delete position…</source>
            <translation>&amp;Delete position…</translation>
        </message>
        <message>
            <source>Parts of the position</source>
            <translation>Parts of the position</translation>
        </message>
        <message>
            <source>Select a position on the left, or start one with “New position” (Ctrl+N).</source>
            <translation>Select a position on the left, or start one with “New position” (Ctrl+N).</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Agenda item {n} of {meeting}, {date}</source>
            <translation>Agenda item {n} of {meeting}, {date}</translation>
        </message>
        <message>
            <source>National question: {q}</source>
            <translation>National question: {q}</translation>
        </message>
        <message>
            <source>Standalone position (no agenda item)</source>
            <translation>Standalone position (no agenda item)</translation>
        </message>
        <message>
            <source>Version {n}</source>
            <translation>Version {n}</translation>
        </message>
        <message>
            <source>This position is {status}: its texts and responses are what was adopted and are locked. Move it back to consultation to change them.</source>
            <translation>This position is {status}: its texts and responses are what was adopted and are locked. Move it back to consultation to change them.</translation>
        </message>
        <message>
            <source>&amp;Text</source>
            <translation>&amp;Text</translation>
        </message>
        <message>
            <source>&amp;Responses</source>
            <translation>&amp;Responses</translation>
        </message>
        <message>
            <source>Ev&amp;idence</source>
            <translation>Ev&amp;idence</translation>
        </message>
        <message>
            <source>Ver&amp;sions</source>
            <translation>Ver&amp;sions</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Status not changed</translation>
        </message>
        <message>
            <source>response of {name}</source>
            <translation>response of {name}</translation>
        </message>
        <message>
            <source>Evidence for “{title}”</source>
            <translation>Evidence for “{title}”</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>evidence</translation>
        </message>
        <message>
            <source>paragraph of the evidence</source>
            <translation>paragraph of the evidence</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>New version</translation>
        </message>
        <message>
            <source>What changed, or why keep this version? (optional)</source>
            <translation>What changed, or why keep this version? (optional)</translation>
        </message>
        <message>
            <source>Delete position</source>
            <translation>Delete position</translation>
        </message>
        <message>
            <source>Delete the position “{title}”? Its versions and responses are kept in the store.</source>
            <translation>Delete the position “{title}”? Its versions and responses are kept in the store.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgency</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>Confidentiality</source>
            <translation>Confidentiality</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Column {column}: {message}</source>
            <translation>Column {column}: {message}</translation>
        </message>
        <message>
            <source>Already in the store; skipped</source>
            <translation>Already in the store; skipped</translation>
        </message>
        <message>
            <source>Same as row {row}; skipped</source>
            <translation>Same as row {row}; skipped</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>outside the region</source>
            <translation>outside the region</translation>
        </message>
        <message>
            <source>looks like “{title}” ({municipality})</source>
            <translation>looks like “{title}” ({municipality})</translation>
        </message>
        <message>
            <source>Similar concerns in the store:</source>
            <translation>Similar concerns in the store:</translation>
        </message>
    </context>
    <context>
        <name>RecordedVia</name>
        <message>
            <source>In a session</source>
            <translation>In a session</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>By phone</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>By e-mail</translation>
        </message>
        <message>
            <source>From a file</source>
            <translation>From a file</translation>
        </message>
        <message>
            <source>From a package</source>
            <translation>From a package</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
    </context>
    <context>
        <name>Records</name>
        <message>
            <source>The {what} '{id}' does not exist (any more).</source>
            <translation>The {what} '{id}' does not exist (any more).</translation>
        </message>
        <message>
            <source>The {field} may not be empty.</source>
            <translation>The {field} may not be empty.</translation>
        </message>
        <message>
            <source>The {field} is {length} characters long; at most {max} are allowed.</source>
            <translation>The {field} is {length} characters long; at most {max} are allowed.</translation>
        </message>
        <message>
            <source>A {what} has no field {fields} that can be changed.</source>
            <translation>A {what} has no field {fields} that can be changed.</translation>
        </message>
        <message>
            <source>'{value}' is not a date (use YYYY-MM-DD).</source>
            <translation>'{value}' is not a date (use YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>Unknown {what} '{value}'; choose one of: {allowed}.</source>
            <translation>Unknown {what} '{value}'; choose one of: {allowed}.</translation>
        </message>
    </context>
    <context>
        <name>Region</name>
        <message>
            <source>The region needs a name.</source>
            <translation>The region needs a name.</translation>
        </message>
        <message>
            <source>The region's name is {length} characters long; at most {max} are allowed.</source>
            <translation>The region's name is {length} characters long; at most {max} are allowed.</translation>
        </message>
        <message>
            <source>A region needs at least one member municipality.</source>
            <translation>A region needs at least one member municipality.</translation>
        </message>
        <message>
            <source>Unknown municipality id: {ids}.</source>
            <translation>Unknown municipality id: {ids}.</translation>
        </message>
        <message>
            <source>Your name may not be empty.</source>
            <translation>Your name may not be empty.</translation>
        </message>
        <message>
            <source>Unknown role '{role}'. Known roles: {roles}.</source>
            <translation>Unknown role '{role}'. Known roles: {roles}.</translation>
        </message>
        <message>
            <source>'{email}' is not an e-mail address.</source>
            <translation>'{email}' is not an e-mail address.</translation>
        </message>
        <message>
            <source>Define the region first.</source>
            <translation>Define the region first.</translation>
        </message>
        <message>
            <source>The share {field} must be a number from 0 to 1, not {value}.</source>
            <translation>The share {field} must be a number from 0 to 1, not {value}.</translation>
        </message>
    </context>
    <context>
        <name>RegionPage</name>
        <message>
            <source>Welcome to Regiostem</source>
            <translation>Welcome to Regiostem</translation>
        </message>
        <message>
            <source>First, the region you speak for.</source>
            <translation>First, the region you speak for.</translation>
        </message>
        <message>
            <source>Name of the region</source>
            <translation>Name of the region</translation>
        </message>
        <message>
            <source>for example: Regio Rivierenland</source>
            <translation>for example: Regio Rivierenland</translation>
        </message>
        <message>
            <source>&amp;Name of the region:</source>
            <translation>&amp;Name of the region:</translation>
        </message>
        <message>
            <source>Regiostem gathers the concerns of the municipalities in your region, weighs them and helps you bring one regional position to the Landelijk ICT Beraad. It works on this computer only; nothing is sent anywhere.</source>
            <translation>Regiostem gathers the concerns of the municipalities in your region, weighs them and helps you bring one regional position to the Landelijk ICT Beraad. It works on this computer only; nothing is sent anywhere.</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Member municipalities:</source>
            <translation>Member municipalities:</translation>
        </message>
        <message>
            <source>Rule for adopting a position</source>
            <translation>Rule for adopting a position</translation>
        </message>
        <message>
            <source>&amp;Quorum: responses from at least</source>
            <translation>&amp;Quorum: responses from at least</translation>
        </message>
        <message>
            <source>Quorum: share of members that must respond</source>
            <translation>Quorum: share of members that must respond</translation>
        </message>
        <message>
            <source>Objections from at most (&amp;municipalities)</source>
            <translation>Objections from at most (&amp;municipalities)</translation>
        </message>
        <message>
            <source>Largest share of member municipalities that may object</source>
            <translation>Largest share of member municipalities that may object</translation>
        </message>
        <message>
            <source>Objections from at most (&amp;inhabitants)</source>
            <translation>Objections from at most (&amp;inhabitants)</translation>
        </message>
        <message>
            <source>Largest share of inhabitants whose municipality may object</source>
            <translation>Largest share of inhabitants whose municipality may object</translation>
        </message>
    </context>
    <context>
        <name>ResponseDelegate</name>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Obtained</translation>
        </message>
        <message>
            <source>Date of the response</source>
            <translation>Date of the response</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ResponsesModel</name>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inhabitants</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Response</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Obtained</source>
            <translation>Obtained</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>No longer a member of the region: kept, but not counted.</source>
            <translation>No longer a member of the region: kept, but not counted.</translation>
        </message>
    </context>
    <context>
        <name>ResponsesPage</name>
        <message>
            <source>New responses o&amp;btained:</source>
            <translation>New responses o&amp;btained:</translation>
        </message>
        <message>
            <source>How new responses were obtained</source>
            <translation>How new responses were obtained</translation>
        </message>
        <message>
            <source>Every member municipality is listed. In the Response column type {keys} (or 1–5) to record a grade and move to the next; Delete clears it; Enter edits a cell.</source>
            <translation>Every member municipality is listed. In the Response column type {keys} (or 1–5) to record a grade and move to the next; Delete clears it; Enter edits a cell.</translation>
        </message>
        <message>
            <source>Responses of the member municipalities</source>
            <translation>Responses of the member municipalities</translation>
        </message>
    </context>
    <context>
        <name>SelfPage</name>
        <message>
            <source>About you</source>
            <translation>About you</translation>
        </message>
        <message>
            <source>Your name is recorded with the changes you make, so others can see who did what.</source>
            <translation>Your name is recorded with the changes you make, so others can see who did what.</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>Your role</translation>
        </message>
        <message>
            <source>Your e-mail address (optional)</source>
            <translation>Your e-mail address (optional)</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Your &amp;role:</source>
            <translation>Your &amp;role:</translation>
        </message>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>&amp;E-mail (optional):</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Kind of session</source>
            <translation>Kind of session</translation>
        </message>
        <message>
            <source>Title of the session</source>
            <translation>Title of the session</translation>
        </message>
        <message>
            <source>For example: Regio-overleg voorjaar</source>
            <translation>For example: Regio-overleg voorjaar</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <source>Place of the session</source>
            <translation>Place of the session</translation>
        </message>
    </context>
    <context>
        <name>SessionKind</name>
        <message>
            <source>Regional session</source>
            <translation>Regional session</translation>
        </message>
        <message>
            <source>Knowledge session</source>
            <translation>Knowledge session</translation>
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
            <translation>Regiostem — session mode</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Session mode</translation>
        </message>
        <message>
            <source>Session:</source>
            <translation>Session:</translation>
        </message>
        <message>
            <source>New session today</source>
            <translation>New session today</translation>
        </message>
        <message>
            <source>Esc closes · everything is saved as you go</source>
            <translation>Esc closes · everything is saved as you go</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>New concern</source>
            <translation>New concern</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Municipality</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Description  (Ctrl+Enter saves)</source>
            <translation>&amp;Description  (Ctrl+Enter saves)</translation>
        </message>
        <message>
            <source>T&amp;heme</source>
            <translation>T&amp;heme</translation>
        </message>
        <message>
            <source>Type a few letters of the name</source>
            <translation>Type a few letters of the name</translation>
        </message>
        <message>
            <source>What goes wrong, in a few words</source>
            <translation>What goes wrong, in a few words</translation>
        </message>
        <message>
            <source>Since when, how often, what it costs</source>
            <translation>Since when, how often, what it costs</translation>
        </message>
        <message>
            <source>(no theme)</source>
            <translation>(no theme)</translation>
        </message>
        <message>
            <source>Save and next  (Enter)</source>
            <translation>Save and next  (Enter)</translation>
        </message>
        <message>
            <source>Find any concern in the register…</source>
            <translation>Find any concern in the register…</translation>
        </message>
        <message>
            <source>Regional session</source>
            <translation>Regional session</translation>
        </message>
        <message>
            <source>Create a regional session for today</source>
            <translation>Create a regional session for today</translation>
        </message>
        <message>
            <source>Close session mode</source>
            <translation>Close session mode</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Save the concern and start the next</source>
            <translation>Save the concern and start the next</translation>
        </message>
        <message>
            <source>Find a concern to recognise</source>
            <translation>Find a concern to recognise</translation>
        </message>
        <message>
            <source>Concerns of this session</source>
            <translation>Concerns of this session</translation>
        </message>
        <message>
            <source>Record that the chosen municipality recognises the selected concern</source>
            <translation>Record that the chosen municipality recognises the selected concern</translation>
        </message>
        <message>
            <source>Municipalities present</source>
            <translation>Municipalities present</translation>
        </message>
        <message>
            <source>Found in the register ({count})</source>
            <translation>Found in the register ({count})</translation>
        </message>
        <message>
            <source>Raised in this session ({count})</source>
            <translation>Raised in this session ({count})</translation>
        </message>
        <message>
            <source>Present ({present} of {total})</source>
            <translation>Present ({present} of {total})</translation>
        </message>
        <message>
            <source>{name} recognises this  (Space)</source>
            <translation>{name} recognises this  (Space)</translation>
        </message>
        <message>
            <source>Choose a municipality to record its recognition</source>
            <translation>Choose a municipality to record its recognition</translation>
        </message>
        <message>
            <source>There is no regional session yet: create one for today to start.</source>
            <translation>There is no regional session yet: create one for today to start.</translation>
        </message>
        <message>
            <source>Regional session {date}</source>
            <translation>Regional session {date}</translation>
        </message>
        <message>
            <source>Session “{title}” created.</source>
            <translation>Session “{title}” created.</translation>
        </message>
        <message>
            <source>Which municipality? Type a few letters of its name.</source>
            <translation>Which municipality? Type a few letters of its name.</translation>
        </message>
        <message>
            <source>Add a short description, then Ctrl+Enter.</source>
            <translation>Add a short description, then Ctrl+Enter.</translation>
        </message>
        <message>
            <source>new concern “{title}”</source>
            <translation>new concern “{title}”</translation>
        </message>
        <message>
            <source>Saved: “{title}” ({municipality}).</source>
            <translation>Saved: “{title}” ({municipality}).</translation>
        </message>
        <message>
            <source>First choose the municipality that recognises it.</source>
            <translation>First choose the municipality that recognises it.</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>recognition</translation>
        </message>
        <message>
            <source>Recorded: {municipality} recognises this concern.</source>
            <translation>Recorded: {municipality} recognises this concern.</translation>
        </message>
        <message>
            <source>{name} (guest)</source>
            <translation>{name} (guest)</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>attendance</translation>
        </message>
    </context>
    <context>
        <name>Sessions</name>
        <message>
            <source>regional session</source>
            <translation>regional session</translation>
        </message>
        <message>
            <source>kind of session</source>
            <translation>kind of session</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>municipality</source>
            <translation>municipality</translation>
        </message>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>{person} does not work for {municipality}.</source>
            <translation>{person} does not work for {municipality}.</translation>
        </message>
        <message>
            <source>(erased person)</source>
            <translation>(erased person)</translation>
        </message>
        <message>
            <source>The minutes of '{title}' are final; reopen them to change them.</source>
            <translation>The minutes of '{title}' are final; reopen them to change them.</translation>
        </message>
        <message>
            <source>status of minutes</source>
            <translation>status of minutes</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
        <message>
            <source>title of the session</source>
            <translation>title of the session</translation>
        </message>
        <message>
            <source>place of the session</source>
            <translation>place of the session</translation>
        </message>
        <message>
            <source>agenda of the session</source>
            <translation>agenda of the session</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>Show sessions of kind</source>
            <translation>Show sessions of kind</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>&amp;New session…</source>
            <translation>&amp;New session…</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>New session</translation>
        </message>
        <message>
            <source>Open in session &amp;mode</source>
            <translation>Open in session &amp;mode</translation>
        </message>
        <message>
            <source>Open this session in session mode</source>
            <translation>Open this session in session mode</translation>
        </message>
        <message>
            <source>Capture concerns and attendance full screen, for a beamer</source>
            <translation>Capture concerns and attendance full screen, for a beamer</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>A&amp;genda:</source>
            <translation>A&amp;genda:</translation>
        </message>
        <message>
            <source>Title of the session</source>
            <translation>Title of the session</translation>
        </message>
        <message>
            <source>Kind of session</source>
            <translation>Kind of session</translation>
        </message>
        <message>
            <source>Date of the session</source>
            <translation>Date of the session</translation>
        </message>
        <message>
            <source>Place of the session</source>
            <translation>Place of the session</translation>
        </message>
        <message>
            <source>Agenda of the session</source>
            <translation>Agenda of the session</translation>
        </message>
        <message>
            <source>The agenda, one item per line</source>
            <translation>The agenda, one item per line</translation>
        </message>
        <message>
            <source>Concerns raised at the session</source>
            <translation>Concerns raised at the session</translation>
        </message>
        <message>
            <source>National questions discussed at the session; tick to record</source>
            <translation>National questions discussed at the session; tick to record</translation>
        </message>
        <message>
            <source>Attendance, concerns and national questions</source>
            <translation>Attendance, concerns and national questions</translation>
        </message>
        <message>
            <source>No sessions yet. Record a regional session with “New session”.</source>
            <translation>No sessions yet. Record a regional session with “New session”.</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regional sessions</translation>
        </message>
        <message>
            <source>{n} of {m} member municipalities present</source>
            <translation>{n} of {m} member municipalities present</translation>
        </message>
        <message>
            <source>a municipality in the region</source>
            <translation>a municipality in the region</translation>
        </message>
        <message>
            <source>No concerns were raised at this session.</source>
            <translation>No concerns were raised at this session.</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>kind of session</source>
            <translation>kind of session</translation>
        </message>
        <message>
            <source>date of the session</source>
            <translation>date of the session</translation>
        </message>
        <message>
            <source>Minutes not changed</source>
            <translation>Minutes not changed</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>attendance</translation>
        </message>
        <message>
            <source>national questions discussed</source>
            <translation>national questions discussed</translation>
        </message>
        <message>
            <source>Session mode</source>
            <translation>Session mode</translation>
        </message>
        <message>
            <source>Session mode is not available here.</source>
            <translation>Session mode is not available here.</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>&amp;General</source>
            <translation>&amp;General</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Region</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <source>Storage and &amp;backups</source>
            <translation>Storage and &amp;backups</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SizeClass</name>
        <message>
            <source>Under 20,000 inhabitants</source>
            <translation>Under 20,000 inhabitants</translation>
        </message>
        <message>
            <source>20,000 to 50,000 inhabitants</source>
            <translation>20,000 to 50,000 inhabitants</translation>
        </message>
        <message>
            <source>50,000 to 100,000 inhabitants</source>
            <translation>50,000 to 100,000 inhabitants</translation>
        </message>
        <message>
            <source>100,000 inhabitants or more</source>
            <translation>100,000 inhabitants or more</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <source>Store in use</source>
            <translation>Store in use</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Open read-only</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Another Regiostem is working with this store. You can look at it read-only, or quit and close the other one first.</source>
            <translation>Another Regiostem is working with this store. You can look at it read-only, or quit and close the other one first.</translation>
        </message>
        <message>
            <source>There is no good backup in {folder} to restore. The file was left as it is.</source>
            <translation>There is no good backup in {folder} to restore. The file was left as it is.</translation>
        </message>
        <message>
            <source>Store damaged</source>
            <translation>Store damaged</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Regiostem can restore the newest good backup ({name}). The damaged file is kept aside, nothing is deleted.</source>
            <translation>Regiostem can restore the newest good backup ({name}). The damaged file is kept aside, nothing is deleted.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>The backup {name} was restored. The damaged file was kept as {aside}.</source>
            <translation>The backup {name} was restored. The damaged file was kept as {aside}.</translation>
        </message>
        <message>
            <source>Regiostem cannot start</source>
            <translation>Regiostem cannot start</translation>
        </message>
    </context>
    <context>
        <name>Stats</name>
        <message>
            <source>Municipalities</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Member municipalities</source>
            <translation>Member municipalities</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Persons</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Merged concerns</source>
            <translation>Merged concerns</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Supports</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regional sessions</translation>
        </message>
        <message>
            <source>National meetings</source>
            <translation>National meetings</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Position versions</source>
            <translation>Position versions</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Outcomes</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Store: {path} (schema {version})</source>
            <translation>Store: {path} (schema {version})</translation>
        </message>
        <message>
            <source>Region: {name}</source>
            <translation>Region: {name}</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(not set)</translation>
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
            <translation>No backups yet.</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>made by hand</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatic</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>before an upgrade</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>before an import</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restore the backup of {when}? Everything changed since then is no longer shown. The current store is kept aside as a file in the data folder, so nothing is lost.</source>
            <translation>Restore the backup of {when}? Everything changed since then is no longer shown. The current store is kept aside as a file in the data folder, so nothing is lost.</translation>
        </message>
        <message>
            <source>Where your data is stored</source>
            <translation>Where your data is stored</translation>
        </message>
        <message>
            <source>Location of the store</source>
            <translation>Location of the store</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>&amp;Open folder</translation>
        </message>
        <message>
            <source>Warning: the store lies in a {reason}. Sync clients and network drives can damage or split a database that is being written. Move the data folder to a local disk and use backups or exchange packages to share.</source>
            <translation>Warning: the store lies in a {reason}. Sync clients and network drives can damage or split a database that is being written. Move the data folder to a local disk and use backups or exchange packages to share.</translation>
        </message>
        <message>
            <source>Start Regiostem with --data-dir FOLDER, or set {env}, to use another folder.</source>
            <translation>Start Regiostem with --data-dir FOLDER, or set {env}, to use another folder.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>When Regiostem starts and the last backup is more than {hours} hours old, it makes a checked backup; it keeps the newest {kept}. Restoring keeps the current store aside.</source>
            <translation>When Regiostem starts and the last backup is more than {hours} hours old, it makes a checked backup; it keeps the newest {kept}. Restoring keeps the current store aside.</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>&amp;Make a backup now</source>
            <translation>&amp;Make a backup now</translation>
        </message>
        <message>
            <source>Re&amp;store…</source>
            <translation>Re&amp;store…</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The store refused to enforce foreign keys.</source>
            <translation>The store refused to enforce foreign keys.</translation>
        </message>
        <message>
            <source>The store cannot use write-ahead logging (journal mode {mode}).</source>
            <translation>The store cannot use write-ahead logging (journal mode {mode}).</translation>
        </message>
        <message>
            <source>The store refused synchronous=FULL.</source>
            <translation>The store refused synchronous=FULL.</translation>
        </message>
        <message>
            <source>The store {path} cannot be read: {error}</source>
            <translation>The store {path} cannot be read: {error}</translation>
        </message>
        <message>
            <source>The store {path} is an empty file. Restore a backup, or remove the file to start a new store.</source>
            <translation>The store {path} is an empty file. Restore a backup, or remove the file to start a new store.</translation>
        </message>
        <message>
            <source>The file {path} is not a Regiostem store (not a SQLite database).</source>
            <translation>The file {path} is not a Regiostem store (not a SQLite database).</translation>
        </message>
        <message>
            <source>The store {path} cannot be opened: {error}</source>
            <translation>The store {path} cannot be opened: {error}</translation>
        </message>
        <message>
            <source>The file {path} is a SQLite database but not a Regiostem store.</source>
            <translation>The file {path} is a SQLite database but not a Regiostem store.</translation>
        </message>
        <message>
            <source>The store {path} was written by a newer version of Regiostem (schema {revision}); this is version {version}. Install the newer version; the store was left untouched.</source>
            <translation>The store {path} was written by a newer version of Regiostem (schema {revision}); this is version {version}. Install the newer version; the store was left untouched.</translation>
        </message>
        <message>
            <source>The store {path} is damaged: {problems}</source>
            <translation>The store {path} is damaged: {problems}</translation>
        </message>
        <message>
            <source>The store {path} is damaged: {error}</source>
            <translation>The store {path} is damaged: {error}</translation>
        </message>
        <message>
            <source> (process {pid} on {host}, since {since})</source>
            <translation> (process {pid} on {host}, since {since})</translation>
        </message>
        <message>
            <source>The store in {folder} is in use by another Regiostem{holder}. Close it there first.</source>
            <translation>The store in {folder} is in use by another Regiostem{holder}. Close it there first.</translation>
        </message>
        <message>
            <source>There is no store in {folder} yet.</source>
            <translation>There is no store in {folder} yet.</translation>
        </message>
        <message>
            <source>The store in {folder} must be upgraded first; open it once without read-only.</source>
            <translation>The store in {folder} must be upgraded first; open it once without read-only.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created: {error}</source>
            <translation>The folder {folder} cannot be created: {error}</translation>
        </message>
        <message>
            <source>The new store {path} could not be completed.</source>
            <translation>The new store {path} could not be completed.</translation>
        </message>
        <message>
            <source>The store {path} cannot be written: {error}</source>
            <translation>The store {path} cannot be written: {error}</translation>
        </message>
        <message>
            <source>{path} is empty.</source>
            <translation>{path} is empty.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>The backup failed its check: {problems}</source>
            <translation>The backup failed its check: {problems}</translation>
        </message>
        <message>
            <source>The backup could not be made: {error}</source>
            <translation>The backup could not be made: {error}</translation>
        </message>
        <message>
            <source>{path} is the store itself, not a backup.</source>
            <translation>{path} is the store itself, not a backup.</translation>
        </message>
        <message>
            <source>{path} is not a usable backup: {problems}</source>
            <translation>{path} is not a usable backup: {problems}</translation>
        </message>
    </context>
    <context>
        <name>SupportEditor</name>
        <message>
            <source>Tick the municipalities that recognise this concern. The breadth counts the municipality that raised it, these recognitions and those of concerns merged into it.</source>
            <translation>Tick the municipalities that recognise this concern. The breadth counts the municipality that raised it, these recognitions and those of concerns merged into it.</translation>
        </message>
        <message>
            <source>Recorded v&amp;ia</source>
            <translation>Recorded v&amp;ia</translation>
        </message>
        <message>
            <source>&amp;on</source>
            <translation>&amp;on</translation>
        </message>
        <message>
            <source>O&amp;ther municipality</source>
            <translation>O&amp;ther municipality</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <source>Inhabitants</source>
            <translation>Inhabitants</translation>
        </message>
        <message>
            <source>How</source>
            <translation>How</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Municipalities that recognise the concern</source>
            <translation>Municipalities that recognise the concern</translation>
        </message>
        <message>
            <source>How new recognitions were obtained</source>
            <translation>How new recognitions were obtained</translation>
        </message>
        <message>
            <source>Date of new recognitions</source>
            <translation>Date of new recognitions</translation>
        </message>
        <message>
            <source>Another municipality that recognises the concern</source>
            <translation>Another municipality that recognises the concern</translation>
        </message>
        <message>
            <source>Add the other municipality's recognition</source>
            <translation>Add the other municipality's recognition</translation>
        </message>
        <message>
            <source>{name} (outside the region)</source>
            <translation>{name} (outside the region)</translation>
        </message>
        <message>
            <source>raised it</source>
            <translation>raised it</translation>
        </message>
        <message>
            <source>via a merged concern</source>
            <translation>via a merged concern</translation>
        </message>
        <message>
            <source>recognition</source>
            <translation>recognition</translation>
        </message>
        <message>
            <source>removal of a recognition</source>
            <translation>removal of a recognition</translation>
        </message>
        <message>
            <source>Type the name or GM code of a municipality first.</source>
            <translation>Type the name or GM code of a municipality first.</translation>
        </message>
    </context>
    <context>
        <name>TallyPanel</name>
        <message>
            <source>How “{title}” is computed</source>
            <translation>How “{title}” is computed</translation>
        </message>
    </context>
    <context>
        <name>TemplateAction</name>
        <message>
            <source>Save intake template</source>
            <translation>Save intake template</translation>
        </message>
        <message>
            <source>intake-concerns.xlsx</source>
            <translation>intake-concerns.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>The intake workbook was saved as {path}. Municipal staff fill in one concern per row; import the filled-in workbook with File &gt; Import.</source>
            <translation>The intake workbook was saved as {path}. Municipal staff fill in one concern per row; import the filled-in workbook with File &gt; Import.</translation>
        </message>
        <message>
            <source>Intake workbook saved.</source>
            <translation>Intake workbook saved.</translation>
        </message>
        <message>
            <source>Intake workbook not saved</source>
            <translation>Intake workbook not saved</translation>
        </message>
        <message>
            <source>Writing the intake workbook…</source>
            <translation>Writing the intake workbook…</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <source>Unknown theme '{name}'. Known themes: {themes}.</source>
            <translation>Unknown theme '{name}'. Known themes: {themes}.</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <source>Responses at this version</source>
            <translation>Responses at this version</translation>
        </message>
        <message>
            <source>support {support} of {members}, objections {objections}, responses {responded} of {members}</source>
            <translation>support {support} of {members}, objections {objections}, responses {responded} of {members}</translation>
        </message>
        <message>
            <source>Compare versions — {title}</source>
            <translation>Compare versions — {title}</translation>
        </message>
        <message>
            <source>&amp;Older version:</source>
            <translation>&amp;Older version:</translation>
        </message>
        <message>
            <source>&amp;Newer version:</source>
            <translation>&amp;Newer version:</translation>
        </message>
        <message>
            <source>Older version</source>
            <translation>Older version</translation>
        </message>
        <message>
            <source>Newer version</source>
            <translation>Newer version</translation>
        </message>
        <message>
            <source>Show &amp;unchanged fields too</source>
            <translation>Show &amp;unchanged fields too</translation>
        </message>
        <message>
            <source>Show unchanged fields too</source>
            <translation>Show unchanged fields too</translation>
        </message>
        <message>
            <source>Differences between the two versions</source>
            <translation>Differences between the two versions</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>This position has no versions yet.</source>
            <translation>This position has no versions yet.</translation>
        </message>
        <message>
            <source>Version {title}</source>
            <translation>Version {title}</translation>
        </message>
        <message>
            <source>Unchanged:</source>
            <translation>Unchanged:</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>Every status change keeps a version, and so does “New version”. Select two versions (Ctrl+click) to compare them word by word, or one to compare it with the version before.</source>
            <translation>Every status change keeps a version, and so does “New version”. Select two versions (Ctrl+click) to compare them word by word, or one to compare it with the version before.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Versions of the position</source>
            <translation>Versions of the position</translation>
        </message>
        <message>
            <source>&amp;New version…</source>
            <translation>&amp;New version…</translation>
        </message>
        <message>
            <source>Keep a new version</source>
            <translation>Keep a new version</translation>
        </message>
        <message>
            <source>&amp;Compare…</source>
            <translation>&amp;Compare…</translation>
        </message>
        <message>
            <source>Compare versions</source>
            <translation>Compare versions</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Regional sessions</source>
            <translation>Regional sessions</translation>
        </message>
        <message>
            <source>National meeting</source>
            <translation>National meeting</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Municipalities &amp; contacts</source>
            <translation>Municipalities &amp; contacts</translation>
        </message>
        <message>
            <source>News</source>
            <translation>News</translation>
        </message>
        <message>
            <source>News from national sources (VNG, Logius, the IBD and others) as background to the region's concerns and the agenda of the national meeting.</source>
            <translation>News from national sources (VNG, Logius, the IBD and others) as background to the region's concerns and the agenda of the national meeting.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>Weighing</name>
        <message>
            <source>Support {support} of {members} ({support_percent}, {support_inhabitants_percent} of inhabitants); objections {objections}; responses {responded} of {members}.</source>
            <translation>Support {support} of {members} ({support_percent}, {support_inhabitants_percent} of inhabitants); objections {objections}; responses {responded} of {members}.</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>By count: {part} of the {whole} member municipalities responded {grades}; {part} ÷ {whole} = {percent}.</source>
            <translation>By count: {part} of the {whole} member municipalities responded {grades}; {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>By inhabitants: the municipalities that responded {grades} have {part} of the {whole} inhabitants of all member municipalities; {part} ÷ {whole} = {percent}.</source>
            <translation>By inhabitants: the municipalities that responded {grades} have {part} of the {whole} inhabitants of all member municipalities; {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>Support (incl. with reservation)</source>
            <translation>Support (incl. with reservation)</translation>
        </message>
        <message>
            <source>Responded</source>
            <translation>Responded</translation>
        </message>
        <message>
            <source>Quorum: {part} of the {whole} member municipalities responded (any response except {none}); {part} ÷ {whole} = {percent}.</source>
            <translation>Quorum: {part} of the {whole} member municipalities responded (any response except {none}); {part} ÷ {whole} = {percent}.</translation>
        </message>
        <message>
            <source>Support counts {support}. Responded counts every response except {none}; a member without a response counts as {none}. Shares by count divide by the number of member municipalities, shares by inhabitants by the inhabitants of all member municipalities.</source>
            <translation>Support counts {support}. Responded counts every response except {none}; a member without a response counts as {none}. Shares by count divide by the number of member municipalities, shares by inhabitants by the inhabitants of all member municipalities.</translation>
        </message>
        <message>
            <source>A position can be adopted when at least {quorum} of the member municipalities have responded, objections come from at most {count} of the member municipalities and from municipalities with at most {inhabitants} of their inhabitants, and any objection is recorded in a minority note.</source>
            <translation>A position can be adopted when at least {quorum} of the member municipalities have responded, objections come from at most {count} of the member municipalities and from municipalities with at most {inhabitants} of their inhabitants, and any objection is recorded in a minority note.</translation>
        </message>
        <message>
            <source>The region has no member municipalities yet.</source>
            <translation>The region has no member municipalities yet.</translation>
        </message>
        <message>
            <source>Quorum reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</source>
            <translation>Quorum reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</translation>
        </message>
        <message>
            <source>Quorum not reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</source>
            <translation>Quorum not reached: {part} of {whole} member municipalities responded ({percent}); at least {required} is required.</translation>
        </message>
        <message>
            <source>Objections by count within the rule: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</source>
            <translation>Objections by count within the rule: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</translation>
        </message>
        <message>
            <source>Too many objections by count: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</source>
            <translation>Too many objections by count: {part} of {whole} member municipalities ({percent}); at most {allowed} is allowed.</translation>
        </message>
        <message>
            <source>Objections by inhabitants within the rule: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</source>
            <translation>Objections by inhabitants within the rule: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</translation>
        </message>
        <message>
            <source>Too many objections by inhabitants: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</source>
            <translation>Too many objections by inhabitants: {part} of {whole} inhabitants ({percent}); at most {allowed} is allowed.</translation>
        </message>
        <message>
            <source>1 objection, recorded in the minority note.</source>
            <translation>1 objection, recorded in the minority note.</translation>
        </message>
        <message>
            <source>{count} objections, recorded in the minority note.</source>
            <translation>{count} objections, recorded in the minority note.</translation>
        </message>
        <message>
            <source>No objections, so no minority note is needed.</source>
            <translation>No objections, so no minority note is needed.</translation>
        </message>
        <message>
            <source>1 objection but no minority note: write down where municipalities differ.</source>
            <translation>1 objection but no minority note: write down where municipalities differ.</translation>
        </message>
        <message>
            <source>{count} objections but no minority note: write down where municipalities differ.</source>
            <translation>{count} objections but no minority note: write down where municipalities differ.</translation>
        </message>
    </context>
    <context>
        <name>WeighingPanel</name>
        <message>
            <source>Support in the region</source>
            <translation>Support in the region</translation>
        </message>
        <message>
            <source>Objections and reservations</source>
            <translation>Objections and reservations</translation>
        </message>
        <message>
            <source>Weighing of the position</source>
            <translation>Weighing of the position</translation>
        </message>
        <message>
            <source>How the quorum is computed</source>
            <translation>How the quorum is computed</translation>
        </message>
        <message>
            <source>By number of municipalities</source>
            <translation>By number of municipalities</translation>
        </message>
        <message>
            <source>{n} of {m} support</source>
            <translation>{n} of {m} support</translation>
        </message>
        <message>
            <source>1 of {m} supports</source>
            <translation>1 of {m} supports</translation>
        </message>
        <message>
            <source>By inhabitants</source>
            <translation>By inhabitants</translation>
        </message>
        <message>
            <source>{share} support</source>
            <translation>{share} support</translation>
        </message>
        <message>
            <source>{mark} Responses in: {part} of {whole} ({percent})</source>
            <translation>{mark} Responses in: {part} of {whole} ({percent})</translation>
        </message>
        <message>
            <source>Can be adopted under the rule</source>
            <translation>Can be adopted under the rule</translation>
        </message>
        <message>
            <source>Cannot be adopted yet</source>
            <translation>Cannot be adopted yet</translation>
        </message>
        <message>
            <source>Rule: {rule}</source>
            <translation>Rule: {rule}</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
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
            <translation>Next step</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>Step back</translation>
        </message>
        <message>
            <source>St&amp;art consultation</source>
            <translation>St&amp;art consultation</translation>
        </message>
        <message>
            <source>M&amp;ark as raised</source>
            <translation>M&amp;ark as raised</translation>
        </message>
        <message>
            <source>Back to “{status}”</source>
            <translation>Back to “{status}”</translation>
        </message>
        <message>
            <source>&amp;Adopt position</source>
            <translation>&amp;Adopt position</translation>
        </message>
        <message>
            <source>Record &amp;outcome…</source>
            <translation>Record &amp;outcome…</translation>
        </message>
        <message>
            <source>Mark &amp;outcome known</source>
            <translation>Mark &amp;outcome known</translation>
        </message>
    </context>
    <context>
        <name>Writes</name>
        <message>
            <source>Not changed</source>
            <translation>Not changed</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
    </context>
</TS>
