<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy runs from Python, not from an installer, so the libraries it uses are those of your Python environment, each with its own licence there. Installers carry a {notices} file listing every bundled library with its licence; it is written when the installer is built (docs/packaging.md).</source>
        <translation>Diese Kopie läuft direkt aus Python, nicht aus einem Installationsprogramm; die verwendeten Bibliotheken sind daher die Ihrer Python-Umgebung, jede mit ihrer eigenen Lizenz dort. Installationsprogramme enthalten eine Datei {notices}, die jede mitgelieferte Bibliothek mit ihrer Lizenz aufführt; sie wird beim Bauen des Installationsprogramms geschrieben (docs/packaging.md).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Pathfinder: MIT licence.</source>
        <translation>Pathfinder: MIT-Lizenz.</translation>
    </message>
    <message>
        <source>{name} {version} — an offline career-path explorer.</source>
        <translation>{name} {version} – ein Offline-Wegweiser für Ihre berufliche Laufbahn.</translation>
    </message>
    <message>
        <source>Built on Pathfinder {version}.</source>
        <translation>Aufgebaut auf Pathfinder {version}.</translation>
    </message>
    <message>
        <source>Pathfinder is free software under the MIT licence.</source>
        <translation>Pathfinder ist freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}) · {website}.</source>
        <translation>Von {vendor} ({contact}) · {website}.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}).</source>
        <translation>Von {vendor} ({contact}).</translation>
    </message>
    <message>
        <source>From {vendor} · {website}.</source>
        <translation>Von {vendor} · {website}.</translation>
    </message>
    <message>
        <source>From {vendor}.</source>
        <translation>Von {vendor}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}), licence: {licence}.</source>
        <translation>Geöffnetes Paket: {pack} (Version {version}), Lizenz: {licence}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}).</source>
        <translation>Geöffnetes Paket: {pack} (Version {version}).</translation>
    </message>
    <message>
        <source>The pack this copy ships with is under: {licence}.</source>
        <translation>Das mitgelieferte Paket steht unter: {licence}.</translation>
    </message>
    <message>
        <source>It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; Licences lists each one with its licence text.</source>
        <translation>Es verwendet Qt, PySide6 (LGPL 3.0), Python und weitere Bibliotheken; „Lizenzen“ führt jede mit ihrem Lizenztext auf.</translation>
    </message>
    <message>
        <source>{name} never connects to the network.</source>
        <translation>{name} stellt nie eine Netzwerkverbindung her.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Lizenzen…</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>{change}. {route}</source>
        <translation>{change}. {route}</translation>
    </message>
    <message>
        <source>Undone: {change}. {route}</source>
        <translation>Rückgängig gemacht: {change}. {route}</translation>
    </message>
    <message numerus="yes">
        <source>Opened {pack}: %n role(s).</source>
        <translation>
            <numerusform>{pack} geöffnet: %n Beruf.</numerusform>
            <numerusform>{pack} geöffnet: %n Berufe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, in quotes</source>
        <translation>„{value}“ ist kein Datum: Schreiben Sie es als JJJJ-MM-TT, in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source> (did you mean &apos;{id}&apos;?)</source>
        <translation> (meinten Sie „{id}“?)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a role, not a skill)</source>
        <translation> („{id}“ ist ein Beruf, keine Kompetenz)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a skill, not a role)</source>
        <translation> („{id}“ ist eine Kompetenz, kein Beruf)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>„{id}“ steht zweimal in der Liste</translation>
    </message>
    <message>
        <source>a claim either cites sources or is marked &apos;estimate: true&apos;, not both</source>
        <translation>eine Angabe nennt entweder Quellen oder ist als „estimate: true“ markiert, nicht beides</translation>
    </message>
    <message>
        <source>a skill cannot require itself</source>
        <translation>eine Kompetenz kann sich nicht selbst voraussetzen</translation>
    </message>
    <message>
        <source>a certification cannot be its own successor</source>
        <translation>eine Zertifizierung kann nicht ihre eigene Nachfolgerin sein</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is both essential and optional; list it in one of them</source>
        <translation>„{id}“ ist zugleich wesentlich und optional; führen Sie die ID nur in einer der beiden Listen auf</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}</source>
        <translation>unbekannte Facette „{id}“{hint}</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}; declare it under &apos;facets:&apos; first</source>
        <translation>unbekannte Facette „{id}“{hint}; deklarieren Sie sie zuerst unter „facets:“</translation>
    </message>
    <message>
        <source>salary high is below salary low</source>
        <translation>das obere Gehalt liegt unter dem unteren</translation>
    </message>
    <message>
        <source>a role cannot move to itself (&apos;{id}&apos;)</source>
        <translation>ein Beruf kann nicht zu sich selbst wechseln („{id}“)</translation>
    </message>
    <message>
        <source>duplicate transition {source} -&gt; {target} (first as transitions[{first}])</source>
        <translation>doppelter Wechsel {source} -&gt; {target} (zuerst als transitions[{first}])</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is used by a skill and a role; ids must be unique across skills and roles</source>
        <translation>die ID „{id}“ wird von einer Kompetenz und einem Beruf verwendet; IDs müssen über Kompetenzen und Berufe hinweg eindeutig sein</translation>
    </message>
    <message>
        <source>prerequisite cycle: {cycle}</source>
        <translation>Kreis von Voraussetzungen: {cycle}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;{hint}</source>
        <translation>unbekannte Kompetenz „{id}“{hint}</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;{hint}</source>
        <translation>unbekannter Beruf „{id}“{hint}</translation>
    </message>
    <message>
        <source>unknown source &apos;{id}&apos;{hint}</source>
        <translation>unbekannte Quelle „{id}“{hint}</translation>
    </message>
    <message>
        <source>duplicate skill id &apos;{id}&apos; (first as skills[{first}])</source>
        <translation>doppelte Kompetenz-ID „{id}“ (zuerst als skills[{first}])</translation>
    </message>
    <message>
        <source>duplicate role id &apos;{id}&apos; (first as roles[{first}])</source>
        <translation>doppelte Berufs-ID „{id}“ (zuerst als roles[{first}])</translation>
    </message>
    <message>
        <source>duplicate source id &apos;{id}&apos; (first as sources[{first}])</source>
        <translation>doppelte Quellen-ID „{id}“ (zuerst als sources[{first}])</translation>
    </message>
    <message>
        <source>duplicate facet id &apos;{id}&apos; (first as facets[{first}])</source>
        <translation>doppelte Facetten-ID „{id}“ (zuerst als facets[{first}])</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a date looks like 2026-11-22, not {text}</source>
        <translation>ein Datum sieht so aus: 2026-11-22, nicht {text}</translation>
    </message>
    <message>
        <source>size must look like 1280x800, not {text}</source>
        <translation>die Größe muss so aussehen: 1280x800, nicht {text}</translation>
    </message>
    <message>
        <source>size must be between 200x200 and 8000x8000</source>
        <translation>die Größe muss zwischen 200x200 und 8000x8000 liegen</translation>
    </message>
    <message>
        <source>Offline career-path explorer. Without a command, opens the window.</source>
        <translation>Offline-Wegweiser für die berufliche Laufbahn. Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>career pack to open (default: the built-in one)</source>
        <translation>zu öffnendes Berufspaket (Standard: das mitgelieferte)</translation>
    </message>
    <message>
        <source>skills to tick at start</source>
        <translation>beim Start abzuhakende Kompetenzen</translation>
    </message>
    <message>
        <source>current role at start</source>
        <translation>aktueller Beruf beim Start</translation>
    </message>
    <message>
        <source>target role at start</source>
        <translation>Zielberuf beim Start</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>das Fenster ohne Bildschirm als PNG rendern und beenden</translation>
    </message>
    <message>
        <source>window size for --snapshot</source>
        <translation>Fenstergröße für --snapshot</translation>
    </message>
    <message>
        <source>learner profile to open</source>
        <translation>zu öffnendes Profil der lernenden Person</translation>
    </message>
    <message>
        <source>colour scheme (default: follow the system)</source>
        <translation>Farbschema (Standard: wie im System)</translation>
    </message>
    <message>
        <source>check pack files; print every problem as FILE:LINE:COL</source>
        <translation>Paketdateien prüfen; jedes Problem als DATEI:ZEILE:SPALTE ausgeben</translation>
    </message>
    <message>
        <source>treat quality warnings as errors (exit {code} when there are any)</source>
        <translation>Qualitätswarnungen als Fehler behandeln (Exit-Code {code}, wenn es welche gibt)</translation>
    </message>
    <message>
        <source>pack file (default: built-in)</source>
        <translation>Paketdatei (Standard: das mitgelieferte Paket)</translation>
    </message>
    <message>
        <source>most moves (default {steps})</source>
        <translation>höchstens so viele Wechsel (Standard: {steps})</translation>
    </message>
    <message>
        <source>the best path to a role and the skills to learn</source>
        <translation>die beste Laufbahn zu einem Beruf und die zu lernenden Kompetenzen</translation>
    </message>
    <message>
        <source>target role: id or name (default: the profile&apos;s)</source>
        <translation>Zielberuf: ID oder Name (Standard: der des Profils)</translation>
    </message>
    <message>
        <source>current role: id or name; its essential skills count as skills you have</source>
        <translation>aktueller Beruf: ID oder Name; seine wesentlichen Kompetenzen zählen als vorhanden</translation>
    </message>
    <message>
        <source>skills you have (ids or names)</source>
        <translation>Ihre vorhandenen Kompetenzen (IDs oder Namen)</translation>
    </message>
    <message>
        <source>count only the --have skills, not those of the --from role</source>
        <translation>nur die Kompetenzen aus --have zählen, nicht die des Berufs aus --from</translation>
    </message>
    <message>
        <source>hours a week you can learn (default: the profile&apos;s, else 8)</source>
        <translation>Lernstunden pro Woche (Standard: die des Profils, sonst 8)</translation>
    </message>
    <message>
        <source>learner profile: its skills, current role and target role</source>
        <translation>Profil der lernenden Person: ihre Kompetenzen, ihr aktueller Beruf und ihr Zielberuf</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>den Lernplan als JSON ausgeben</translation>
    </message>
    <message>
        <source>write a learner&apos;s plan as PDF, Markdown or HTML</source>
        <translation>den Lernplan einer lernenden Person als PDF, Markdown oder HTML schreiben</translation>
    </message>
    <message>
        <source>learner profile (JSON) to write the plan for</source>
        <translation>Profil (JSON), für das der Lernplan geschrieben wird</translation>
    </message>
    <message>
        <source>plan.pdf, plan.md or plan.html</source>
        <translation>plan.pdf, plan.md oder plan.html</translation>
    </message>
    <message>
        <source>target role id (default: the profile&apos;s)</source>
        <translation>ID des Zielberufs (Standard: der des Profils)</translation>
    </message>
    <message>
        <source>date of the plan (default: today)</source>
        <translation>Datum des Lernplans (Standard: heute)</translation>
    </message>
    <message>
        <source>roles that fit the skills you have</source>
        <translation>Berufe, die zu Ihren vorhandenen Kompetenzen passen</translation>
    </message>
    <message>
        <source>current role: its skills count as yours, and roles below its level are left out</source>
        <translation>aktueller Beruf: seine Kompetenzen zählen als Ihre, und Berufe unter seiner Stufe werden ausgelassen</translation>
    </message>
    <message>
        <source>with --from, also list roles below its level</source>
        <translation>mit --from auch Berufe unter seiner Stufe auflisten</translation>
    </message>
    <message>
        <source>what you enjoy</source>
        <translation>was Ihnen Freude macht</translation>
    </message>
    <message>
        <source>list role ids and names</source>
        <translation>IDs und Namen der Berufe auflisten</translation>
    </message>
    <message>
        <source>list skill ids and names</source>
        <translation>IDs und Namen der Kompetenzen auflisten</translation>
    </message>
    <message>
        <source>print the JSON Schema of the pack format</source>
        <translation>das JSON Schema des Paketformats ausgeben</translation>
    </message>
    <message>
        <source>language of the output, such as es or fr (default: the system&apos;s, LANG)</source>
        <translation>Sprache der Ausgabe, etwa es oder fr (Standard: die des Systems, LANG)</translation>
    </message>
    <message>
        <source>pathfinder: {problem}</source>
        <translation>pathfinder: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file}: %n node(s)</source>
        <translation>
            <numerusform>{file} geschrieben: %n Knoten</numerusform>
            <numerusform>{file} geschrieben: %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>pathfinder: no translation for &apos;{language}&apos; is installed; using English</source>
        <translation>pathfinder: für „{language}“ ist keine Übersetzung installiert; Ausgabe auf Englisch</translation>
    </message>
    <message>
        <source>Match: how much of each role you already have and how many of your skills it uses (a plan&apos;s figure is only the first part).</source>
        <translation>Übereinstimmung: wie viel von jedem Beruf Sie schon mitbringen und wie viele Ihrer Kompetenzen er nutzt (die Zahl im Lernplan ist nur der erste Teil).</translation>
    </message>
    <message>
        <source>Ranked by match plus a lift for roles that share your interests:</source>
        <translation>Sortiert nach Übereinstimmung plus einem Zuschlag für Berufe, die Ihren Interessen entsprechen:</translation>
    </message>
    <message>
        <source>{percent} match</source>
        <translation>{percent} Übereinstimmung</translation>
    </message>
    <message>
        <source>{role} ({id}) (match {fit} + {lift} for your interests): {why}</source>
        <translation>{role} ({id}) (Übereinstimmung {fit} + {lift} für Ihre Interessen): {why}</translation>
    </message>
    <message>
        <source>{role} ({id}): {why}</source>
        <translation>{role} ({id}): {why}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill} ({id}, {hours}), a first step toward {role}.</source>
        <translation>Nächste Kompetenz zum Lernen: {skill} ({id}, {hours}), ein erster Schritt zu {role}.</translation>
    </message>
    <message>
        <source>{id} {name}  (level {level}, {family})</source>
        <translation>{id} {name}  (Stufe {level}, {family})</translation>
    </message>
    <message>
        <source>{id} {name}  ({category}, {hours})</source>
        <translation>{id} {name}  ({category}, {hours})</translation>
    </message>
    <message>
        <source>pathfinder: reading {name} ({size} MB); this takes a while the first time, then it opens from the cache</source>
        <translation>pathfinder: {name} wird gelesen ({size} MB); beim ersten Mal dauert das eine Weile, danach öffnet es aus dem Cache</translation>
    </message>
    <message numerus="yes">
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warning(s)</source>
        <translation>
            <numerusform>{path}: ok ({roles} Berufe, {skills} Kompetenzen, {transitions} Wechsel); %n Warnung</numerusform>
            <numerusform>{path}: ok ({roles} Berufe, {skills} Kompetenzen, {transitions} Wechsel); %n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions)</source>
        <translation>{path}: ok ({roles} Berufe, {skills} Kompetenzen, {transitions} Wechsel)</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder: --max-steps muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>pathfinder: --hours-per-week must be at least {least} and at most {most}, not {pace}</source>
        <translation>pathfinder: --hours-per-week muss mindestens {least} und höchstens {most} sein, nicht {pace}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder: der Zielberuf „{role}“ des Profils ist nicht in diesem Paket; geben Sie einen mit --to ROLE an</translation>
    </message>
    <message>
        <source>pathfinder: plan needs --to ROLE (or a --profile with a target role)</source>
        <translation>pathfinder: plan braucht --to ROLE (oder ein --profile mit Zielberuf)</translation>
    </message>
    <message>
        <source>pathfinder: --have-role-skills needs --from ROLE</source>
        <translation>pathfinder: --have-role-skills braucht --from ROLE</translation>
    </message>
    <message>
        <source>pathfinder: no path: {reason}</source>
        <translation>pathfinder: keine Laufbahn: {reason}</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
    <message>
        <source>{hours} h a week</source>
        <translation>{hours} Std. pro Woche</translation>
    </message>
    <message>
        <source>Best path to {target} (starting out, at {pace}):</source>
        <translation>Beste Laufbahn zu {target} (als Einstieg, bei {pace}):</translation>
    </message>
    <message>
        <source>Best path to {target} ({origin}, at {pace}):</source>
        <translation>Beste Laufbahn zu {target} ({origin}, bei {pace}):</translation>
    </message>
    <message>
        <source>  {role}  (where you are)</source>
        <translation>  {role}  (hier stehen Sie)</translation>
    </message>
    <message>
        <source>  From your role, counted as yours: {skills}</source>
        <translation>  Aus Ihrem Beruf, als vorhanden gezählt: {skills}</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>nichts Neues zu lernen</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}; people usually spend {months} months in {before} first]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span}; meist arbeitet man zuerst {months} Monate als {before}]  {skills}</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span}]  {skills}</translation>
    </message>
    <message>
        <source>Total: nothing to learn; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Gesamt: nichts zu lernen; {weeks} insgesamt, mit der Zeit, die man gewöhnlich in jeder Rolle vor dem Wechsel verbringt; Sie haben schon {percent} dessen, was {target} verlangt</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {study} of study at {pace}; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Gesamt: {hours} Lernstunden, {study} Lernzeit bei {pace}; {weeks} insgesamt, mit der Zeit, die man gewöhnlich in jeder Rolle vor dem Wechsel verbringt; Sie haben schon {percent} dessen, was {target} verlangt</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {weeks} at {pace}; you already have {percent} of what {target} needs</source>
        <translation>Gesamt: {hours} Lernstunden, {weeks} bei {pace}; Sie haben schon {percent} dessen, was {target} verlangt</translation>
    </message>
    <message>
        <source>Learning plan, in order:</source>
        <translation>Lernplan, der Reihe nach:</translation>
    </message>
    <message>
        <source>  {number}. {skill} ({id}), {hours}, for {roles}</source>
        <translation>  {number}. {skill} ({id}), {hours}, für {roles}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill}</source>
        <translation>Nächste Kompetenz zum Lernen: {skill}</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Warum: {reason}.</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>Nichts mehr zu lernen: Sie können sich jetzt bewerben.</translation>
    </message>
    <message>
        <source>Nice to have for {target}: {skills}</source>
        <translation>Hilfreich für {target}: {skills}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role is empty; give one with --to ROLE (or write &quot;target_role&quot;: null when none is chosen yet)</source>
        <translation>pathfinder: der Zielberuf des Profils ist leer; geben Sie einen mit --to ROLE an (oder schreiben Sie &quot;target_role&quot;: null, solange keiner gewählt ist)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: the plan is written as .pdf, .md or .html</source>
        <translation>pathfinder: {file}: der Lernplan wird als .pdf, .md oder .html geschrieben</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the plan: {why}</source>
        <translation>pathfinder: {file}: der Lernplan kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file} geschrieben</translation>
    </message>
    <message>
        <source>pathfinder: {file}: a PDF needs Qt, which could not start ({why}); write .md or .html instead</source>
        <translation>pathfinder: {file}: ein PDF braucht Qt, das nicht starten konnte ({why}); schreiben Sie stattdessen .md oder .html</translation>
    </message>
    <message>
        <source>pathfinder: no picture of the path: Qt could not start ({why})</source>
        <translation>pathfinder: kein Bild der Laufbahn: Qt konnte nicht starten ({why})</translation>
    </message>
</context>
<context>
    <name>Closest</name>
    <message>
        <source>{name} ({id}): {percent}% match; {why}</source>
        <translation>{name} ({id}): {percent} % Übereinstimmung; {why}</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>write the career graph for Gephi, Cytoscape or yEd (GraphML, GEXF) or the web (JSON)</source>
        <translation>den Berufsgraphen für Gephi, Cytoscape oder yEd (GraphML, GEXF) oder das Web (JSON) schreiben</translation>
    </message>
    <message>
        <source>pack file (default: the built-in one)</source>
        <translation>Paketdatei (Standard: das mitgelieferte Paket)</translation>
    </message>
    <message>
        <source>file to write: graph.graphml, .gexf or .json</source>
        <translation>zu schreibende Datei: graph.graphml, .gexf oder .json</translation>
    </message>
    <message>
        <source>file format (default: from the FILE&apos;s suffix)</source>
        <translation>Dateiformat (Standard: nach der Endung der DATEI)</translation>
    </message>
    <message>
        <source>learner profile whose plan is marked on the graph (on_route, step...)</source>
        <translation>Profil, dessen Lernplan im Graphen markiert wird (on_route, step...)</translation>
    </message>
    <message>
        <source>with --profile: target role (default: the profile&apos;s)</source>
        <translation>mit --profile: Zielberuf (Standard: der des Profils)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: say which format to write with --format {formats}, or name the file .graphml, .gexf or .json</source>
        <translation>pathfinder: {file}: geben Sie das Format mit --format {formats} an oder nennen Sie die Datei .graphml, .gexf oder .json</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder: --max-steps muss 0 oder mehr sein</translation>
    </message>
    <message>
        <source>pathfinder: --to needs --profile</source>
        <translation>pathfinder: --to braucht --profile</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the graph: {why}</source>
        <translation>pathfinder: {file}: der Graph kann nicht geschrieben werden: {why}</translation>
    </message>
    <message>
        <source>pathfinder: the profile has no target role; give one with --to ROLE</source>
        <translation>pathfinder: das Profil hat keinen Zielberuf; geben Sie einen mit --to ROLE an</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder: der Zielberuf „{role}“ des Profils ist nicht in diesem Paket; geben Sie einen mit --to ROLE an</translation>
    </message>
    <message>
        <source>pathfinder: no path: {why}</source>
        <translation>pathfinder: keine Laufbahn: {why}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare roles</source>
        <translation>Berufe vergleichen</translation>
    </message>
    <message>
        <source>First role to compare</source>
        <translation>Erster Beruf zum Vergleich</translation>
    </message>
    <message>
        <source>Second role to compare</source>
        <translation>Zweiter Beruf zum Vergleich</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;mit</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Tauschen</translation>
    </message>
    <message>
        <source>Swap the two roles</source>
        <translation>Die beiden Berufe tauschen</translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation>Die beiden Spalten tauschen</translation>
    </message>
    <message>
        <source>Comparison of the two roles</source>
        <translation>Vergleich der beiden Berufe</translation>
    </message>
    <message>
        <source>✓ marks a skill you already have, ◐ one you are learning. Fit is the share of a role&apos;s essential learning (with prerequisites) you have done.</source>
        <translation>✓ markiert eine vorhandene Kompetenz, ◐ eine, die Sie gerade lernen. Die Passung ist der Anteil des wesentlichen Lernstoffs eines Berufs (mit Voraussetzungen), den Sie schon geschafft haben.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Berufsfeld</translation>
    </message>
    <message>
        <source>Role described by</source>
        <translation>Beschrieben von</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Gehaltsspanne</translation>
    </message>
    <message>
        <source>Your fit</source>
        <translation>Ihre Passung</translation>
    </message>
    <message>
        <source>Still to learn</source>
        <translation>Noch zu lernen</translation>
    </message>
    <message>
        <source>Essential skills in both</source>
        <translation>Wesentliche Kompetenzen in beiden</translation>
    </message>
    <message>
        <source>Essential only here</source>
        <translation>Nur hier wesentlich</translation>
    </message>
    <message>
        <source>Optional skills in both</source>
        <translation>Optionale Kompetenzen in beiden</translation>
    </message>
    <message>
        <source>Optional only here</source>
        <translation>Nur hier optional</translation>
    </message>
    <message>
        <source>The hours for this role&apos;s own essential skills. A route to it may pass through other roles that ask for more; the Plan panel shows that total.</source>
        <translation>Die Stunden für die eigenen wesentlichen Kompetenzen dieses Berufs. Eine Route dorthin kann über andere Berufe führen, die mehr verlangen; den Gesamtwert zeigt der Bereich „Lernplan“.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Not given for this role in the career pack</source>
        <translation>Für diesen Beruf im Berufspaket nicht angegeben</translation>
    </message>
    <message>
        <source>not given in this pack</source>
        <translation>in diesem Paket nicht angegeben</translation>
    </message>
    <message>
        <source>not said in this pack</source>
        <translation>in diesem Paket nicht genannt</translation>
    </message>
    <message>
        <source>{percent}% of the essential learning</source>
        <translation>{percent} % des wesentlichen Lernstoffs</translation>
    </message>
    <message>
        <source>nothing: you have every essential skill</source>
        <translation>nichts: Sie haben jede wesentliche Kompetenz</translation>
    </message>
    <message>
        <source>about {hours} hours ({time})</source>
        <translation>etwa {hours} Stunden ({time})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Pathfinder hit a problem</source>
        <translation>Pathfinder ist auf ein Problem gestoßen</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Details zum Problem</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Something went wrong inside Pathfinder. {saved} {logged} You can keep working; if anything looks wrong, close Pathfinder and open it again. To report the problem, copy the details below.</source>
        <translation>In Pathfinder ist etwas schiefgegangen. {saved} {logged} Sie können weiterarbeiten; wenn etwas falsch aussieht, schließen Sie Pathfinder und öffnen Sie es erneut. Um das Problem zu melden, kopieren Sie die Details unten.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>The details could not be written to a log ({reason}).</source>
        <translation>Die Details konnten nicht in ein Protokoll geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Die Details stehen in {log}.</translation>
    </message>
    <message>
        <source>No profile was open, so there was nothing to save.</source>
        <translation>Es war kein Profil geöffnet, also gab es nichts zu speichern.</translation>
    </message>
    <message>
        <source>Your profile was saved to {path}.</source>
        <translation>Ihr Profil wurde unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Your profile could not be saved just now ({path} keeps its last saved version).</source>
        <translation>Ihr Profil konnte gerade nicht gespeichert werden ({path} behält den zuletzt gespeicherten Stand).</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>gar keine Zeit</translation>
    </message>
    <message>
        <source>about a week</source>
        <translation>etwa eine Woche</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s)</source>
        <translation>
            <numerusform>mehr als %n Jahr</numerusform>
            <numerusform>mehr als %n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n year(s)</source>
        <translation>
            <numerusform>über %n Jahr</numerusform>
            <numerusform>über %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>Woche {week}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>Wochen {first}–{last}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>long date</comment>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>short date</comment>
        <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a pack file</source>
        <translation>ist ein Ordner, keine Paketdatei</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>ist ein Ordner, keine Profildatei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine normale Datei</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Roles shown in the graph</source>
        <translation>Im Graphen gezeigte Berufe</translation>
    </message>
    <message>
        <source>Show a family of roles</source>
        <translation>Ein Berufsfeld zeigen</translation>
    </message>
    <message>
        <source>Add every role of one family to the graph</source>
        <translation>Alle Berufe eines Berufsfelds in den Graphen aufnehmen</translation>
    </message>
    <message>
        <source>Back to my roles</source>
        <translation>Zurück zu meinen Berufen</translation>
    </message>
    <message>
        <source>Show only the roles around you, your target and path</source>
        <translation>Nur die Berufe rund um Sie, Ihr Ziel und Ihre Laufbahn zeigen</translation>
    </message>
    <message>
        <source>Show a family…</source>
        <translation>Berufsfeld zeigen…</translation>
    </message>
    <message>
        <source>{family} ({count})</source>
        <translation>{family} ({count})</translation>
    </message>
    <message>
        <source>Showing all {total} roles</source>
        <translation>Alle {total} Berufe werden gezeigt</translation>
    </message>
    <message>
        <source>Showing {count} of {total} roles: around you</source>
        <translation>{count} von {total} Berufen werden gezeigt: rund um Sie</translation>
    </message>
    <message>
        <source>Show roles around me</source>
        <translation>Berufe rund um mich zeigen</translation>
    </message>
    <message>
        <source>Show all roles</source>
        <translation>Alle Berufe zeigen</translation>
    </message>
    <message>
        <source>Back to the roles around you</source>
        <translation>Zurück zu den Berufen rund um Sie</translation>
    </message>
    <message>
        <source>Draw every role of the pack; zoom in to read them</source>
        <translation>Jeden Beruf des Pakets zeichnen; zum Lesen heranzoomen</translation>
    </message>
</context>
<context>
    <name>GraphKeys</name>
    <message>
        <source>Move {number} of {count} with {role}</source>
        <translation>Wechsel {number} von {count} mit {role}</translation>
    </message>
    <message>
        <source>{left} / {right}</source>
        <translation>{left} / {right}</translation>
    </message>
    <message>
        <source>The role one level down or up in the same family lane</source>
        <translation>Der Beruf eine Stufe tiefer oder höher im selben Berufsfeld</translation>
    </message>
    <message>
        <source>{up} / {down}</source>
        <translation>{up} / {down}</translation>
    </message>
    <message>
        <source>The role above or below: same level first, else the neighbouring lane</source>
        <translation>Der Beruf darüber oder darunter: zuerst auf derselben Stufe, sonst im benachbarten Berufsfeld</translation>
    </message>
    <message>
        <source>Follow a move out of the selected role (your route&apos;s first)</source>
        <translation>Einem Wechsel aus dem gewählten Beruf folgen (zuerst dem Ihrer Route)</translation>
    </message>
    <message>
        <source>Go back along a move into the selected role</source>
        <translation>Über einen Wechsel in den gewählten Beruf zurückgehen</translation>
    </message>
    <message>
        <source>Try the other moves of the same role, one after another</source>
        <translation>Die anderen Wechsel desselben Berufs nacheinander ausprobieren</translation>
    </message>
    <message>
        <source>Make the selected role your target</source>
        <translation>Den gewählten Beruf zu Ihrem Zielberuf machen</translation>
    </message>
    <message>
        <source>Show the selected role&apos;s details</source>
        <translation>Details des gewählten Berufs anzeigen</translation>
    </message>
    <message>
        <source>{menu} / {shift_f10}</source>
        <translation>{menu} / {shift_f10}</translation>
    </message>
    <message>
        <source>More for the selected role: set as current role, compare</source>
        <translation>Mehr zum gewählten Beruf: als aktuellen Beruf festlegen, vergleichen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Graph legend</source>
        <translation>Legende des Graphen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Show or hide the graph legend</source>
        <translation>Legende des Graphen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Legende ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Fit to your skills, 0–100 %</source>
        <translation>Passung zu Ihren Kompetenzen, 0–100 %</translation>
    </message>
    <message>
        <source>Best path to your target</source>
        <translation>Beste Laufbahn zu Ihrem Ziel</translation>
    </message>
    <message>
        <source>Possible move</source>
        <translation>Möglicher Wechsel</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your current role</source>
        <translation>Ihr aktueller Beruf</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Your target role</source>
        <translation>Ihr Zielberuf</translation>
    </message>
    <message>
        <source>Skill still to learn, in order</source>
        <translation>Noch zu lernende Kompetenz, der Reihe nach</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Hier stehen Sie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Level {level} · {family}</source>
        <translation>Stufe {level} · {family}</translation>
    </message>
    <message>
        <source>Double-click to make it your target</source>
        <translation>Doppelklicken, um ihn zu Ihrem Zielberuf zu machen</translation>
    </message>
    <message>
        <source>Fit to your skills: {fit}</source>
        <translation>Passung zu Ihren Kompetenzen: {fit}</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) · {hours} h</source>
        <translation>
            <numerusform>%n Kompetenz · {hours} Std.</numerusform>
            <numerusform>%n Kompetenzen · {hours} Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>To learn for {role_name}: {names}. Click to open the route view.</source>
        <translation>Zu lernen für {role_name}: {names}. Klicken Sie, um die Routenansicht zu öffnen.</translation>
    </message>
    <message>
        <source>Career graph</source>
        <translation>Berufsgraph</translation>
    </message>
    <message>
        <source>Roles by family and level. Arrow keys move between roles, Alt with an arrow along their moves, Enter makes the selected role your target, Space shows its details, the menu key offers more.</source>
        <translation>Berufe nach Berufsfeld und Stufe. Die Pfeiltasten wechseln zwischen Berufen, Alt mit einem Pfeil entlang ihrer Wechsel, Enter macht den ausgewählten Beruf zu Ihrem Zielberuf, die Leertaste zeigt seine Details, die Menütaste bietet mehr.</translation>
    </message>
    <message>
        <source>Role actions</source>
        <translation>Aktionen für den Beruf</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Als meinen &amp;aktuellen Beruf festlegen</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Als &amp;Zielberuf festlegen</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Show the &amp;moves around this role</source>
        <translation>&amp;Wechsel rund um diesen Beruf zeigen</translation>
    </message>
    <message>
        <source>Show its whole &amp;family ({family})</source>
        <translation>Sein ganzes &amp;Berufsfeld zeigen ({family})</translation>
    </message>
    <message>
        <source>Selected: {role}, level {level}, {family}, fit {fit}</source>
        <translation>Ausgewählt: {role}, Stufe {level}, {family}, Passung {fit}</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Getting started with Pathfinder</source>
        <translation>Erste Schritte mit Pathfinder</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Show me a sample &amp;route</source>
        <translation>Eine Beispiel&amp;route zeigen</translation>
    </message>
    <message>
        <source>Pathfinder shows where your skills can take you: the roles of a career pack on a map, the best route to the role you want, and what to learn on the way, in order, with hours and dates. It never goes online.</source>
        <translation>Pathfinder zeigt, wohin Ihre Kompetenzen Sie führen können: die Berufe eines Berufspakets auf einer Karte, die beste Route zu Ihrem Wunschberuf und was Sie unterwegs lernen sollten, der Reihe nach, mit Stunden und Daten. Es geht nie online.</translation>
    </message>
    <message>
        <source>Your first ten minutes</source>
        <translation>Ihre ersten zehn Minuten</translation>
    </message>
    <message>
        <source>In the Skills panel on the left, tick the skills you have. Click a tick again to mark a skill you are learning.</source>
        <translation>Haken Sie im Bereich „Kompetenzen“ links die Kompetenzen ab, die Sie haben. Klicken Sie erneut auf einen Haken, um eine Kompetenz als „lerne ich“ zu markieren.</translation>
    </message>
    <message>
        <source>In the Plan panel, choose the role you have now and the role you want. You can also double-click a role on the map to make it your target.</source>
        <translation>Wählen Sie im Bereich „Lernplan“ Ihren aktuellen Beruf und Ihren Wunschberuf. Sie können auch auf einen Beruf in der Karte doppelklicken, um ihn zu Ihrem Zielberuf zu machen.</translation>
    </message>
    <message>
        <source>Set how many hours a week you can give to learning: every date follows it.</source>
        <translation>Legen Sie fest, wie viele Stunden pro Woche Sie lernen können: Jedes Datum richtet sich danach.</translation>
    </message>
    <message>
        <source>Open the Route tab: your route as a line of stations, the skills to learn before each one, their hours, and the date you reach each station.</source>
        <translation>Öffnen Sie den Reiter „Route“: Ihre Route als Linie von Stationen, die Kompetenzen, die Sie vor jeder Station lernen, ihre Stunden und das Datum, an dem Sie jede Station erreichen.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Die Karte lesen</translation>
    </message>
    <message>
        <source>Roles sit in lanes by family, and in columns by level, from entry roles on the left.</source>
        <translation>Die Berufe liegen in Bahnen nach Berufsfeld und in Spalten nach Stufe, mit den Einstiegsberufen links.</translation>
    </message>
    <message>
        <source>The thick coloured line is your best route; roles off it fade.</source>
        <translation>Die dicke farbige Linie ist Ihre beste Route; Berufe abseits davon werden blasser.</translation>
    </message>
    <message>
        <source>Point at a role to light up its moves and the roles they lead to; click it for its details.</source>
        <translation>Zeigen Sie auf einen Beruf, um seine Wechsel und die Berufe, zu denen sie führen, hervorzuheben; klicken Sie darauf, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The label on a role of your route (for example “5 skills · 120 h”) says what that step needs; click it to open the route view there.</source>
        <translation>Die Beschriftung an einem Beruf Ihrer Route (zum Beispiel „5 Kompetenzen · 120 Std.“) sagt, was dieser Schritt verlangt; klicken Sie darauf, um dort die Routenansicht zu öffnen.</translation>
    </message>
    <message>
        <source>The tint and bar of a role show how much of it your skills already cover. Legend, at the bottom left, explains every mark.</source>
        <translation>Färbung und Balken eines Berufs zeigen, wie viel davon Ihre Kompetenzen schon abdecken. Die Legende unten links erklärt jede Markierung.</translation>
    </message>
    <message>
        <source>For counsellors</source>
        <translation>Für Berufsberaterinnen und Berufsberater</translation>
    </message>
    <message>
        <source>File &gt; Switch profile (Ctrl+L) keeps one profile per learner: type a name and press Enter to open it.</source>
        <translation>Datei &gt; Profil wechseln (Ctrl+L) führt ein Profil pro lernender Person: Geben Sie einen Namen ein und drücken Sie Enter, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Notes for a session go in the Learner panel; File &gt; Export plan and File &gt; Print plan hand over the plan on paper.</source>
        <translation>Sitzungsnotizen gehören in den Bereich „Lernende“; mit Datei &gt; Plan exportieren und Datei &gt; Plan drucken geben Sie den Lernplan auf Papier mit.</translation>
    </message>
    <message>
        <source>F11 shows the map and the route full screen for a projector, with the learner&apos;s name; Esc leaves.</source>
        <translation>F11 zeigt die Karte und die Route im Vollbild für einen Beamer, mit dem Namen der lernenden Person; Esc beendet das.</translation>
    </message>
    <message>
        <source>Show a sample route to {name}</source>
        <translation>Eine Beispielroute zu {name} zeigen</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a number of hours, not {text}</source>
        <translation>eine Anzahl Stunden, nicht {text}</translation>
    </message>
    <message>
        <source>hours must be a number greater than 0 and at most {most}, not {text}</source>
        <translation>Stunden müssen eine Zahl größer als 0 und höchstens {most} sein, nicht {text}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100, not {text}</source>
        <translation>eine ganze Zahl von 1 bis 100, nicht {text}</translation>
    </message>
    <message>
        <source>a number from 1 to 5, not {text}</source>
        <translation>eine Zahl von 1 bis 5, nicht {text}</translation>
    </message>
    <message>
        <source>importance runs from 1 to 5, not {text}</source>
        <translation>die Wichtigkeit reicht von 1 bis 5, nicht {text}</translation>
    </message>
    <message>
        <source>tiers are a comma list of {tiers}</source>
        <translation>Kategorien sind eine durch Kommas getrennte Liste aus {tiers}</translation>
    </message>
    <message>
        <source>languages are a comma list of lower-case codes like es or es,fr, not {text}</source>
        <translation>Sprachen sind eine durch Kommas getrennte Liste kleingeschriebener Codes wie es oder es,fr, nicht {text}</translation>
    </message>
    <message>
        <source>turn ESCO or O*NET data files into a career pack</source>
        <translation>ESCO- oder O*NET-Datendateien in ein Berufspaket umwandeln</translation>
    </message>
    <message>
        <source>ESCO occupations and skills (European Commission)</source>
        <translation>ESCO-Berufe und -Kompetenzen (Europäische Kommission)</translation>
    </message>
    <message>
        <source>PATH is the folder with the two ESCO CSV zips (classification and relations), or with their unzipped CSV files.</source>
        <translation>PATH ist der Ordner mit den beiden ESCO-CSV-Zips (Klassifikation und Beziehungen) oder mit ihren entpackten CSV-Dateien.</translation>
    </message>
    <message>
        <source>moves by shared skills per role (5)</source>
        <translation>Wechsel über gemeinsame Kompetenzen pro Beruf (5)</translation>
    </message>
    <message>
        <source>effort of a skill (40)</source>
        <translation>Aufwand einer Kompetenz (40)</translation>
    </message>
    <message>
        <source>effort of a knowledge item (80)</source>
        <translation>Aufwand eines Wissenselements (80)</translation>
    </message>
    <message>
        <source>O*NET occupations, skills and related occupations (US Department of Labor)</source>
        <translation>O*NET-Berufe, -Kompetenzen und verwandte Berufe (US-Arbeitsministerium)</translation>
    </message>
    <message>
        <source>PATH is the folder of O*NET database text files (tab-separated, either the text layout or the Excel layout).</source>
        <translation>PATH ist der Ordner der O*NET-Datenbank-Textdateien (tabulatorgetrennt, im Text- oder im Excel-Layout).</translation>
    </message>
    <message>
        <source>related-occupation tiers that become moves (Primary-Short,Primary-Long)</source>
        <translation>Kategorien verwandter Berufe, die zu Wechseln werden (Primary-Short,Primary-Long)</translation>
    </message>
    <message>
        <source>skills and knowledge rated at least this important (1-5) become essential (3.5)</source>
        <translation>Kompetenzen und Wissen mit mindestens dieser Wichtigkeit (1-5) werden wesentlich (3.5)</translation>
    </message>
    <message>
        <source>effort of a technology skill (40)</source>
        <translation>Aufwand einer Technologiekompetenz (40)</translation>
    </message>
    <message>
        <source>effort of a skill (80)</source>
        <translation>Aufwand einer Kompetenz (80)</translation>
    </message>
    <message>
        <source>effort of a knowledge area (120)</source>
        <translation>Aufwand eines Wissensgebiets (120)</translation>
    </message>
    <message>
        <source>pack to write</source>
        <translation>zu schreibendes Paket</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>keine Fortschrittszeilen</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>wrote {file} ({size}): {roles} roles, {skills} skills, {transitions} transitions in {seconds} s</source>
        <translation>{file} geschrieben ({size}): {roles} Berufe, {skills} Kompetenzen, {transitions} Wechsel in {seconds} s</translation>
    </message>
    <message>
        <source>the two ESCO zips or their unzipped CSV files (occupations_en.csv, ...)</source>
        <translation>die beiden ESCO-Zips oder ihre entpackten CSV-Dateien (occupations_en.csv, ...)</translation>
    </message>
    <message>
        <source>{folder}: no occupations_en.csv here; expected {what}</source>
        <translation>{folder}: hier gibt es keine occupations_en.csv; erwartet: {what}</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>lese {file}</translation>
    </message>
    <message numerus="yes">
        <source>reading occupationSkillRelations.csv ({count} occupation(s))</source>
        <translation>
            <numerusform>lese occupationSkillRelations.csv ({count} Beruf)</numerusform>
            <numerusform>lese occupationSkillRelations.csv ({count} Berufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>deriving prerequisites from skillSkillRelations.csv</source>
        <translation>leite Voraussetzungen aus skillSkillRelations.csv ab</translation>
    </message>
    <message>
        <source>deriving moves: each role&apos;s {count} most similar at its level or the next</source>
        <translation>leite Wechsel ab: für jeden Beruf die {count} ähnlichsten auf seiner oder der nächsten Stufe</translation>
    </message>
    <message>
        <source>{root}: no {file} here: --language {lang} needs ESCO&apos;s classification files in that language (the &apos;{lang}&apos; classification zip) beside the {base} ones</source>
        <translation>{root}: hier gibt es kein {file}: --language {lang} braucht die ESCO-Klassifikationsdateien in dieser Sprache (das Klassifikations-Zip „{lang}“) neben denen für {base}</translation>
    </message>
    <message>
        <source>{lang}: {file} has no label for {missing} of the {total}; they show in {base} there: {listed}</source>
        <translation>{lang}: {file} hat für {missing} von {total} keine Bezeichnung; sie erscheinen dort auf {base}: {listed}</translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</source>
        <translation>
            <numerusform>{count} Zeile von occupationSkillRelations.csv übersprungen: Beruf {uri} steht nicht in der Berufsdatei</numerusform>
            <numerusform>{count} Zeilen von occupationSkillRelations.csv übersprungen: Beruf {uri} steht nicht in der Berufsdatei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: skill {uri} is not in the skills file</source>
        <translation>
            <numerusform>{count} Zeile von occupationSkillRelations.csv übersprungen: Kompetenz {uri} steht nicht in der Kompetenzdatei</numerusform>
            <numerusform>{count} Zeilen von occupationSkillRelations.csv übersprungen: Kompetenz {uri} steht nicht in der Kompetenzdatei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {rows} more row(s) of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</source>
        <translation>
            <numerusform>{rows} weitere Zeile von occupationSkillRelations.csv für {uris} weitere unbekannte URIs übersprungen; stammen beide Zips aus derselben ESCO-Version?</numerusform>
            <numerusform>{rows} weitere Zeilen von occupationSkillRelations.csv für {uris} weitere unbekannte URIs übersprungen; stammen beide Zips aus derselben ESCO-Version?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) with relation type &apos;{kind}&apos;</source>
        <translation>
            <numerusform>{count} Zeile mit Beziehungstyp „{kind}“ übersprungen</numerusform>
            <numerusform>{count} Zeilen mit Beziehungstyp „{kind}“ übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of skillSkillRelations.csv that point to skills not in the skills file</source>
        <translation>
            <numerusform>{count} Zeile von skillSkillRelations.csv übersprungen, die auf Kompetenzen außerhalb der Kompetenzdatei verweist</numerusform>
            <numerusform>{count} Zeilen von skillSkillRelations.csv übersprungen, die auf Kompetenzen außerhalb der Kompetenzdatei verweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out {count} optional skill-skill relation(s): only essential ones become prerequisites</source>
        <translation>
            <numerusform>{count} optionale Beziehung zwischen Kompetenzen ausgelassen: Nur wesentliche werden zu Voraussetzungen</numerusform>
            <numerusform>{count} optionale Beziehungen zwischen Kompetenzen ausgelassen: Nur wesentliche werden zu Voraussetzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} essential skill-skill relation(s) became prerequisites; {dropped} dropped because they would form a cycle</source>
        <translation>
            <numerusform>{count} wesentliche Beziehung zwischen Kompetenzen wurde zur Voraussetzung; {dropped} verworfen, weil sie einen Kreis bilden würden</numerusform>
            <numerusform>{count} wesentliche Beziehungen zwischen Kompetenzen wurden zu Voraussetzungen; {dropped} verworfen, weil sie einen Kreis bilden würden</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped prerequisite {skill} requires {prerequisite}: it would close the cycle {cycle}</source>
        <translation>Voraussetzung verworfen: {skill} setzt {prerequisite} voraus; das würde den Kreis {cycle} schließen</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without an ISCO group got level {level}</source>
        <translation>
            <numerusform>{count} Beruf ohne ISCO-Gruppe erhielt Stufe {level}</numerusform>
            <numerusform>{count} Berufe ohne ISCO-Gruppe erhielten Stufe {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read {count} skill(s)</source>
        <translation>
            <numerusform>{count} Kompetenz gelesen</numerusform>
            <numerusform>{count} Kompetenzen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>the O*NET database text files (Occupation Data.txt, Technology Skills.txt, ...)</source>
        <translation>die O*NET-Datenbank-Textdateien (Occupation Data.txt, Technology Skills.txt, ...)</translation>
    </message>
    <message>
        <source>{folder}: no {files} here; expected {what}</source>
        <translation>{folder}: hier gibt es keine {files}; erwartet: {what}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>no {file} in {folder}: imported without it</source>
        <translation>keine {file} in {folder}: ohne sie importiert</translation>
    </message>
    <message>
        <source>reading technology skills</source>
        <translation>lese Technologiekompetenzen</translation>
    </message>
    <message>
        <source>Technology Skills.txt has no In Demand column (an older O*NET release): every technology skill is optional</source>
        <translation>Technology Skills.txt hat keine Spalte „In Demand“ (eine ältere O*NET-Version): Jede Technologiekompetenz ist optional</translation>
    </message>
    <message>
        <source>reading Skills and Knowledge ratings</source>
        <translation>lese Bewertungen aus Skills und Knowledge</translation>
    </message>
    <message>
        <source>reading alternate titles and related occupations</source>
        <translation>lese alternative Berufsbezeichnungen und verwandte Berufe</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without a Job Zone got the typical zone of their SOC group</source>
        <translation>
            <numerusform>{count} Beruf ohne Job Zone erhielt die typische Zone seiner SOC-Gruppe</numerusform>
            <numerusform>{count} Berufe ohne Job Zone erhielten die typische Zone ihrer SOC-Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without Skills or Knowledge ratings kept with their technology skills and related occupations</source>
        <translation>
            <numerusform>{count} Beruf ohne Bewertungen in Skills oder Knowledge wurde mit seinen Technologiekompetenzen und verwandten Berufen behalten</numerusform>
            <numerusform>{count} Berufe ohne Bewertungen in Skills oder Knowledge wurden mit ihren Technologiekompetenzen und verwandten Berufen behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of {file} for occupations not in Occupation Data.txt</source>
        <translation>
            <numerusform>{count} Zeile von {file} für Berufe übersprungen, die nicht in Occupation Data.txt stehen</numerusform>
            <numerusform>{count} Zeilen von {file} für Berufe übersprungen, die nicht in Occupation Data.txt stehen</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>{folder}: is a file; give the folder that holds {what}</source>
        <translation>{folder}: ist eine Datei; geben Sie den Ordner an, der {what} enthält</translation>
    </message>
    <message>
        <source>{folder}: cannot read the folder: {why}</source>
        <translation>{folder}: der Ordner kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{file}: not a readable zip file ({why})</source>
        <translation>{file}: keine lesbare ZIP-Datei ({why})</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}: die Datei ist leer</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{file}: no column &apos;{column}&apos; in its header (found: {found})</source>
        <translation>{file}: keine Spalte „{column}“ in der Kopfzeile (gefunden: {found})</translation>
    </message>
    <message>
        <source>{file}:{line}: not UTF-8 text</source>
        <translation>{file}:{line}: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>{file}: cannot read it from the zip ({why})</source>
        <translation>{file}: kann nicht aus dem Zip gelesen werden ({why})</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: {why}</source>
        <translation>{file}: die Datei kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>schreibe das Paket</translation>
    </message>
    <message>
        <source>writing the header</source>
        <translation>schreibe den Dateikopf</translation>
    </message>
    <message>
        <source>writing the import notes</source>
        <translation>schreibe die Importhinweise</translation>
    </message>
    <message numerus="yes">
        <source>writing {count} skill(s)</source>
        <translation>
            <numerusform>schreibe {count} Kompetenz</numerusform>
            <numerusform>schreibe {count} Kompetenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} role(s)</source>
        <translation>
            <numerusform>schreibe {count} Beruf</numerusform>
            <numerusform>schreibe {count} Berufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} transition(s)</source>
        <translation>
            <numerusform>schreibe {count} Wechsel</numerusform>
            <numerusform>schreibe {count} Wechsel</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: cannot write the pack: {why}</source>
        <translation>{file}: das Paket kann nicht geschrieben werden: {why}</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>&amp;Map as text…</source>
        <translation>Karte als &amp;Text…</translation>
    </message>
    <message>
        <source>Route as te&amp;xt…</source>
        <translation>Route als Te&amp;xt…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Pathfinder will use {language} the next time it starts.</source>
        <translation>Pathfinder verwendet beim nächsten Start {language}.</translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>{start}… ({more} more characters in the profile)</source>
        <translation>{start}… ({more} weitere Zeichen im Profil)</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Name der lernenden Person</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>What do you enjoy?</source>
        <translation>Was macht Ihnen Freude?</translation>
    </message>
    <message>
        <source>What do you enjoy</source>
        <translation>Was macht Ihnen Freude</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Sitzungsnotizen</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Write a note for this session (Ctrl+Enter adds it)</source>
        <translation>Notiz zu dieser Sitzung schreiben (Ctrl+Enter fügt sie hinzu)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>I enjoy {tag}</source>
        <translation>Ich mag {tag}</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters; this one has {length}. Split it in two.</source>
        <translation>Eine Notiz fasst höchstens {limit} Zeichen; diese hat {length}. Teilen Sie sie auf zwei Notizen auf.</translation>
    </message>
    <message>
        <source>This profile holds {limit} notes, the most a profile keeps. Export it to keep them, then start a new profile for the notes to come.</source>
        <translation>Dieses Profil enthält {limit} Notizen, die Höchstzahl für ein Profil. Exportieren Sie es, um sie zu behalten, und legen Sie für künftige Notizen ein neues Profil an.</translation>
    </message>
    <message>
        <source>{older} older notes are kept in the profile (export it to read them).</source>
        <translation>{older} ältere Notizen bleiben im Profil (exportieren Sie es, um sie zu lesen).</translation>
    </message>
    <message>
        <source>Not in this pack (kept in the profile): {ids}</source>
        <translation>Nicht in diesem Paket (im Profil behalten): {ids}</translation>
    </message>
    <message>
        <source>Kept for the pack {pack}: {names}</source>
        <translation>Für das Paket {pack} behalten: {names}</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Licences and notices</source>
        <translation>Lizenzen und Hinweise</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a link must be an http:// or https:// URL</source>
        <translation>ein Link muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a link cannot hold {char}: write it as {code}</source>
        <translation>ein Link darf kein {char} enthalten: Schreiben Sie es als {code}</translation>
    </message>
    <message>
        <source>a link&apos;s &apos;%&apos; must start a code like %20 (write a &apos;%&apos; itself as %25)</source>
        <translation>ein „%“ in einem Link muss einen Code wie %20 einleiten (ein „%“ selbst schreiben Sie als %25)</translation>
    </message>
    <message>
        <source>a link&apos;s host in [...] must be an IPv6 address</source>
        <translation>der Host eines Links in [...] muss eine IPv6-Adresse sein</translation>
    </message>
    <message>
        <source>a link&apos;s port must be a number from 0 to 65535</source>
        <translation>der Port eines Links muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>a link must name a host after {scheme}:// (like {scheme}://example.org/page)</source>
        <translation>ein Link muss nach {scheme}:// einen Host nennen (etwa {scheme}://example.org/page)</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a valid host name in a link</source>
        <translation>„{host}“ ist kein gültiger Hostname in einem Link</translation>
    </message>
</context>
<context>
    <name>Located</name>
    <message>
        <source>unexpected YAML structure</source>
        <translation>unerwartete YAML-Struktur</translation>
    </message>
    <message>
        <source>the document expands to too many values (too many aliases?); refusing to read it</source>
        <translation>das Dokument ergibt ausgeklappt zu viele Werte (zu viele Aliase?); es wird nicht gelesen</translation>
    </message>
    <message>
        <source>the alias *{anchor} names no anchor defined before it</source>
        <translation>der Alias *{anchor} verweist auf keinen zuvor definierten Anker</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>ein Schlüssel muss ein einfaches Wort sein</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first at line {line}, column {column})</source>
        <translation>doppelter Schlüssel „{key}“ (zuerst in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported in packs</source>
        <translation>Merge-Schlüssel (&lt;&lt;) werden in Paketen nicht unterstützt</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too large to read</source>
        <translation>eine Zahl mit {digits} Ziffern ist zu groß zum Lesen</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}: {reason}</source>
        <translation>{value} kann nicht als {tag} gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} Zeichen)</translation>
    </message>
    <message>
        <source>the tag {tag} is not allowed in a pack (tags that build objects never are)</source>
        <translation>das Tag {tag} ist in einem Paket nicht erlaubt (Tags, die Objekte erzeugen, nie)</translation>
    </message>
    <message>
        <source>a pack is one YAML document; this file has another one after &apos;---&apos;</source>
        <translation>ein Paket ist ein einziges YAML-Dokument; diese Datei hat nach „---“ ein weiteres</translation>
    </message>
    <message>
        <source>{problem} (a tab: indent with spaces; YAML does not allow tabs there)</source>
        <translation>{problem} (ein Tabulator: Rücken Sie mit Leerzeichen ein; YAML erlaubt dort keine Tabulatoren)</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>ein Zeichen</translation>
    </message>
    <message>
        <source>{character} is not allowed in YAML text ({reason})</source>
        <translation>{character} ist in YAML-Text nicht erlaubt ({reason})</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>ungültiges YAML: {problem}</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>Verschachtelung tiefer als {levels} Ebenen</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Notepad&apos;s &apos;Unicode&apos;); save it as UTF-8</source>
        <translation>die Datei ist UTF-16-Text („Unicode“ im Windows-Editor); speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8)</source>
        <translation>die Datei ist kein UTF-8-Text (speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source>indent with spaces; YAML does not allow tabs there</source>
        <translation>rücken Sie mit Leerzeichen ein; YAML erlaubt dort keine Tabulatoren</translation>
    </message>
    <message>
        <source>check the indentation, or put a value with &apos;: &apos; in quotes</source>
        <translation>prüfen Sie die Einrückung, oder setzen Sie einen Wert mit „: “ in Anführungszeichen</translation>
    </message>
    <message>
        <source>a list opened with &apos;[&apos; is not closed</source>
        <translation>eine mit „[“ geöffnete Liste ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an entry opened with &apos;{&apos; is not closed</source>
        <translation>ein mit „{“ geöffneter Eintrag ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a key needs &apos;:&apos; after it (or a quote is not closed)</source>
        <translation>ein Schlüssel braucht danach ein „:“ (oder ein Anführungszeichen ist nicht geschlossen)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>check the indentation of this list entry</source>
        <translation>prüfen Sie die Einrückung dieses Listeneintrags</translation>
    </message>
    <message>
        <source>check the indentation of this line</source>
        <translation>prüfen Sie die Einrückung dieser Zeile</translation>
    </message>
    <message>
        <source>{problem} ({hint})</source>
        <translation>{problem} ({hint})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Pack changed on disk</source>
        <translation>Paket auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Opening the career pack…</source>
        <translation>Das Berufspaket wird geöffnet…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Lernplan</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Berufsdetails</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{pack} — {program}</source>
        <translation>{pack} — {program}</translation>
    </message>
    <message>
        <source>{learner} — {pack} — {program}</source>
        <translation>{learner} — {pack} — {program}</translation>
    </message>
    <message>
        <source>Nothing matches “{query}”</source>
        <translation>Nichts passt zu „{query}“</translation>
    </message>
    <message>
        <source>{skill} is a skill: shown in the Skills list, and {role} needs it</source>
        <translation>{skill} ist eine Kompetenz: Sie steht in der Kompetenzliste, und {role} verlangt sie</translation>
    </message>
    <message>
        <source>&amp;Undo {text}</source>
        <translation>&amp;Rückgängig: {text}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo {text}</source>
        <translation>&amp;Wiederholen: {text}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>Paket ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload pack</source>
        <translation>Paket neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find role or skill…</source>
        <translation>Beruf oder Kompetenz &amp;finden…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation>Graph ans Fenster &amp;anpassen</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Compare roles…</source>
        <translation>Berufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;How to use Pathfinder</source>
        <translation>So &amp;nutzen Sie Pathfinder</translation>
    </message>
    <message>
        <source>&amp;About Pathfinder</source>
        <translation>Ü&amp;ber Pathfinder</translation>
    </message>
    <message>
        <source>Search and view</source>
        <translation>Suchen und Ansicht</translation>
    </message>
    <message>
        <source>Find a role or skill (Ctrl+F)</source>
        <translation>Beruf oder Kompetenz finden (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a role or skill</source>
        <translation>Beruf oder Kompetenz finden</translation>
    </message>
    <message>
        <source>Open career pack</source>
        <translation>Berufspaket öffnen</translation>
    </message>
    <message>
        <source>Career packs (*.yaml *.yml)</source>
        <translation>Berufspakete (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Opened {pack}: {roles} roles, {skills} skills</source>
        <translation>{pack} geöffnet: {roles} Berufe, {skills} Kompetenzen</translation>
    </message>
    <message>
        <source>The pack file {file} changed on disk.</source>
        <translation>Die Paketdatei {file} wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>&apos;{id}&apos; names more than one role: {candidates}</source>
        <translation>„{id}“ bezeichnet mehr als einen Beruf: {candidates}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; names more than one skill: {candidates}</source>
        <translation>„{id}“ bezeichnet mehr als eine Kompetenz: {candidates}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>unbekannter Beruf „{id}“ (meinten Sie {offers}?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>unbekannte Kompetenz „{id}“ (meinten Sie {offers}?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>unbekannter Beruf „{id}“ (meinten Sie „{offer}“?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>unbekannte Kompetenz „{id}“ (meinten Sie „{offer}“?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;</source>
        <translation>unbekannter Beruf „{id}“</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;</source>
        <translation>unbekannte Kompetenz „{id}“</translation>
    </message>
</context>
<context>
    <name>NextSkillCard</name>
    <message>
        <source>Next skill to learn</source>
        <translation>Nächste Kompetenz zum Lernen</translation>
    </message>
    <message>
        <source>I have it now</source>
        <translation>Habe ich jetzt</translation>
    </message>
    <message>
        <source>I&apos;m learning it</source>
        <translation>Lerne ich gerade</translation>
    </message>
    <message>
        <source>About {hours} hours</source>
        <translation>Etwa {hours} Stunden</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>lerne ich</translation>
    </message>
    <message>
        <source>Resources for {skill}</source>
        <translation>Lernmaterial zu {skill}</translation>
    </message>
    <message>
        <source>I have {skill} now</source>
        <translation>Ich habe {skill} jetzt</translation>
    </message>
    <message>
        <source>I&apos;m learning {skill}</source>
        <translation>Ich lerne gerade {skill}</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>your next move, to {role}, needs it</source>
        <translation>Ihr nächster Wechsel (zu {role}) braucht sie</translation>
    </message>
    <message>
        <source>1 other skill in your plan builds on it</source>
        <translation>1 weitere Kompetenz in Ihrem Lernplan baut darauf auf</translation>
    </message>
    <message numerus="yes">
        <source>%n other skills in your plan build on it</source>
        <translation>
            <numerusform>%n weitere Kompetenz in Ihrem Lernplan baut darauf auf</numerusform>
            <numerusform>%n weitere Kompetenzen in Ihrem Lernplan bauen darauf auf</numerusform>
        </translation>
    </message>
    <message>
        <source>it is one of the core skills of {role}</source>
        <translation>sie ist eine der Kernkompetenzen von {role}</translation>
    </message>
    <message numerus="yes">
        <source>it is a foundation: %n roles in this pack need it</source>
        <translation>
            <numerusform>sie ist eine Grundlage: %n Rolle in diesem Paket braucht sie</numerusform>
            <numerusform>sie ist eine Grundlage: %n Rollen in diesem Paket brauchen sie</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} needs it and nothing in your plan must come before it</source>
        <translation>{role} braucht sie, und nichts in Ihrem Lernplan muss vorher kommen</translation>
    </message>
    <message>
        <source>{reasons} and {last}</source>
        <translation>{reasons} und {last}</translation>
    </message>
    <message>
        <source>{skill} comes first: {reasons}</source>
        <translation>{skill} kommt zuerst: {reasons}</translation>
    </message>
</context>
<context>
    <name>OutlineDialog</name>
    <message>
        <source>Map and route as text</source>
        <translation>Karte und Route als Text</translation>
    </message>
    <message>
        <source>Map outline: families, levels, roles and moves</source>
        <translation>Übersicht der Karte: Berufsfelder, Stufen, Berufe und Wechsel</translation>
    </message>
    <message>
        <source>Your route, step by step</source>
        <translation>Ihre Route, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Als meinen &amp;aktuellen Beruf festlegen</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Als &amp;Zielberuf festlegen</translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n role(s)</source>
        <translation>
            <numerusform>{family}: %n Beruf</numerusform>
            <numerusform>{family}: %n Berufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>Moves to {role} (level {level})</source>
        <translation>Wechsel zu {role} (Stufe {level})</translation>
    </message>
    <message>
        <source>No moves onward from this role</source>
        <translation>Von diesem Beruf aus gibt es keine weiteren Wechsel</translation>
    </message>
    <message>
        <source>{role} ({marks})</source>
        <translation>{role} ({marks})</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>&apos;{code}&apos; is not a language code: a pack with translations names its own language by its code, like en</source>
        <translation>„{code}“ ist kein Sprachcode: Ein Paket mit Übersetzungen nennt seine eigene Sprache mit ihrem Code, etwa en</translation>
    </message>
    <message>
        <source>{code} is the pack&apos;s own language (language: {code}): its words are the plain name, summary and description fields</source>
        <translation>{code} ist die eigene Sprache des Pakets (language: {code}): Ihre Texte stehen in den einfachen Feldern name, summary und description</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code: write the two-letter code in lower case (es, fr, de), with a region after a dash if needed (pt-BR)</source>
        <translation>„{code}“ ist kein Sprachcode: Schreiben Sie den zweibuchstabigen Code in Kleinbuchstaben (es, fr, de), bei Bedarf mit einer Region nach einem Bindestrich (pt-BR)</translation>
    </message>
    <message>
        <source>unknown role &apos;{name}&apos;{hint}</source>
        <translation>unbekannter Beruf „{name}“{hint}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{name}&apos;{hint}</source>
        <translation>unbekannte Kompetenz „{name}“{hint}</translation>
    </message>
    <message>
        <source>no role has the family &apos;{name}&apos;{hint}</source>
        <translation>kein Beruf hat das Berufsfeld „{name}“{hint}</translation>
    </message>
    <message>
        <source>no skill has the category &apos;{name}&apos;{hint}</source>
        <translation>keine Kompetenz hat die Kategorie „{name}“{hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of the family &apos;{other}&apos; in this language: their lanes would merge into one</source>
        <translation>„{name}“ ist in dieser Sprache bereits der Name des Berufsfelds „{other}“: Ihre Bahnen würden zu einer verschmelzen</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} und %n weiterer</numerusform>
            <numerusform>{listed} und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n role(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>kein Name auf {code} für %n Beruf, dort auf {own} angezeigt: {listed}</numerusform>
            <numerusform>kein Name auf {code} für %n Berufe, dort auf {own} angezeigt: {listed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n skill(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>kein Name auf {code} für %n Kompetenz, dort auf {own} angezeigt: {listed}</numerusform>
            <numerusform>kein Name auf {code} für %n Kompetenzen, dort auf {own} angezeigt: {listed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackErrorsDialog</name>
    <message>
        <source>Pack not opened</source>
        <translation>Paket nicht geöffnet</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Probleme im Paket</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {file}. The pack you had open is still loaded; fix the file and open it again.</source>
        <translation>
            <numerusform>%n Problem in {file}. Das Paket, das Sie geöffnet hatten, bleibt geladen; korrigieren Sie die Datei und öffnen Sie sie erneut.</numerusform>
            <numerusform>%n Probleme in {file}. Das Paket, das Sie geöffnet hatten, bleibt geladen; korrigieren Sie die Datei und öffnen Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, one per line as file:line:column</source>
        <translation>Probleme, eines pro Zeile als Datei:Zeile:Spalte</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Probleme kopieren</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>Opening career pack</source>
        <translation>Paket wird geöffnet</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Checking {file} (the first time takes a while; next time it opens from the cache)…</source>
        <translation>{file} wird geprüft (beim ersten Mal dauert das etwas; beim nächsten Mal öffnet es sich aus dem Cache)…</translation>
    </message>
    <message>
        <source>Saving {file} to the cache for next time…</source>
        <translation>{file} wird für das nächste Mal im Cache gespeichert…</translation>
    </message>
    <message>
        <source>Opening {file} from the cache…</source>
        <translation>{file} wird aus dem Cache geöffnet…</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid currency: use its three-letter code in capitals, like USD</source>
        <translation>&apos;{value}&apos; ist keine gültige Währung: verwenden Sie ihren dreibuchstabigen Code in Großbuchstaben, etwa USD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}: use lower-case letters, digits and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;{value}&apos; ist kein gültiger Wert für {field}: verwenden Sie Kleinbuchstaben, Ziffern und &apos;-&apos;, am Anfang ein Buchstabe oder eine Ziffer</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as a date: write &quot;{spelling}&quot; in quotes</source>
        <translation>{field} muss Text sein, aber YAML liest {spelling} als Datum: schreiben Sie &quot;{spelling}&quot; in Anführungszeichen</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as {shown}: write &quot;{spelling}&quot; in quotes if you mean the text</source>
        <translation>{field} muss Text sein, aber YAML liest {spelling} als {shown}: schreiben Sie &quot;{spelling}&quot; in Anführungszeichen, wenn Sie den Text meinen</translation>
    </message>
    <message>
        <source> (write &quot;{word}&quot; in quotes if you mean the text)</source>
        <translation> (schreiben Sie &quot;{word}&quot; in Anführungszeichen, wenn Sie den Text meinen)</translation>
    </message>
    <message>
        <source>{field} must be text, not {shown}{hint}</source>
        <translation>{field} muss Text sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {shown}{hint}</source>
        <translation>{field} muss eine ganze Zahl sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a number, not {shown}{hint}</source>
        <translation>{field} muss eine Zahl sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping, not {shown}{hint}</source>
        <translation>{field} muss eine Zuordnung sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a list, not {shown}{hint}</source>
        <translation>{field} muss eine Liste sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping of keys, not {shown}{hint}</source>
        <translation>{field} muss eine Zuordnung von Schlüsseln sein, nicht {shown}{hint}</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>ein fester Wert</translation>
    </message>
    <message>
        <source>{field} must be {expected}, not {shown}</source>
        <translation>{field} muss {expected} sein, nicht {shown}</translation>
    </message>
    <message>
        <source>level must be a whole number from 1 to 5, not {shown}</source>
        <translation>level muss eine ganze Zahl von 1 bis 5 sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must be greater than {bound}, not {shown}</source>
        <translation>{field} muss größer als {bound} sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must be at least {bound}, not {shown}</source>
        <translation>{field} muss mindestens {bound} sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must be at most {bound}, not {shown}</source>
        <translation>{field} darf höchstens {bound} sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must be less than {bound}, not {shown}</source>
        <translation>{field} muss kleiner als {bound} sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{field} needs at least one entry</source>
        <translation>{field} braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>{field}: a facet value must be text, a mapping with &apos;text&apos;, or a list of them, not {shown}</source>
        <translation>{field}: ein Facettenwert muss Text, eine Zuordnung mit &apos;text&apos; oder eine Liste davon sein, nicht {shown}</translation>
    </message>
    <message>
        <source>{field} must be a finite number</source>
        <translation>{field} muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits); it must be at most {bound}</source>
        <translation>{field} ist zu groß (eine Zahl mit {digits} Stellen); höchstens {bound} ist erlaubt</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits)</source>
        <translation>{field} ist zu groß (eine Zahl mit {digits} Stellen)</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {plain} or {written})</source>
        <translation> (YAML liest {text} als Text: schreiben Sie {plain} oder {written})</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {written})</source>
        <translation> (YAML liest {text} als Text: schreiben Sie {written})</translation>
    </message>
    <message>
        <source> (a pack does not read {text} as a base-60 number: write a plain number, such as {value})</source>
        <translation> (ein Paket liest {text} nicht als Zahl zur Basis 60: schreiben Sie eine einfache Zahl, etwa {value})</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; a pack is never that big</source>
        <translation>die Datei ist größer als {size} MB; so groß ist ein Paket nie</translation>
    </message>
    <message>
        <source>the pack is empty; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>das Paket ist leer; es muss mit &apos;pathfinder: 1&apos; beginnen</translation>
    </message>
    <message>
        <source>the pack is not a mapping of keys; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>das Paket ist keine Zuordnung von Schlüsseln; es muss mit &apos;pathfinder: 1&apos; beginnen</translation>
    </message>
    <message>
        <source>this pack uses format version {version}; this Pathfinder reads version {supported} (update Pathfinder)</source>
        <translation>dieses Paket verwendet die Formatversion {version}; dieser Pathfinder liest Version {supported} (aktualisieren Sie Pathfinder)</translation>
    </message>
    <message>
        <source>&apos;pathfinder: 1&apos; (the format version) is required at the top of the pack</source>
        <translation>&apos;pathfinder: 1&apos; (die Formatversion) muss am Anfang des Pakets stehen</translation>
    </message>
    <message>
        <source>pathfinder must be the number {version}, not text: remove the quotes</source>
        <translation>pathfinder muss die Zahl {version} sein, kein Text: entfernen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <source>pathfinder must be {version} (the format version), not {found}</source>
        <translation>pathfinder muss {version} sein (die Formatversion), nicht {found}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a key must be a plain word, but YAML reads {word} as {what}: write &quot;{word}&quot; in quotes if you mean the text</source>
        <translation>ein Schlüssel muss ein einfaches Wort sein, aber YAML liest {word} als {what}: schreiben Sie &quot;{word}&quot; in Anführungszeichen, wenn Sie den Text meinen</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;{hint} (keys starting with &apos;x-&apos; are kept and ignored)</source>
        <translation>unbekannter Schlüssel &apos;{key}&apos;{hint} (Schlüssel, die mit &apos;x-&apos; beginnen, werden aufbewahrt und ignoriert)</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>erforderlicher Schlüssel &apos;{key}&apos; fehlt</translation>
    </message>
</context>
<context>
    <name>PlanExportUi</name>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>Plan e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Plan &amp;drucken…</translation>
    </message>
    <message>
        <source>Export the learning plan</source>
        <translation>Lernplan exportieren</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Lernplan nicht exportiert</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Lernplan gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Plan sent to the printer</source>
        <translation>Lernplan an den Drucker gesendet</translation>
    </message>
</context>
<context>
    <name>PlanIntro</name>
    <message>
        <source>Tip: tick the skills you already have in the Skills list; these fits and your next skill update as you go.</source>
        <translation>Tipp: Haken Sie in der Liste „Kompetenzen“ die Kompetenzen ab, die Sie schon haben; diese Passungen und Ihre nächste Kompetenz passen sich dabei an.</translation>
    </message>
    <message>
        <source>Show suggestions instead</source>
        <translation>Stattdessen Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Clear the target and show suggestions</source>
        <translation>Zielberuf entfernen und Vorschläge zeigen</translation>
    </message>
    <message>
        <source>Your route to {target}</source>
        <translation>Ihre Route zu {target}</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs.</source>
        <translation>Sie haben bereits {percent} % von dem, was dieser Beruf verlangt.</translation>
    </message>
    <message>
        <source>No route to {target} yet</source>
        <translation>Noch keine Route zu {target}</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes. Choose a role below to aim for instead, or pick another target above.</source>
        <translation>Routen folgen den Wechseln zwischen Berufen, die dieses Paket beschreibt. Wählen Sie unten einen anderen Beruf als Ziel oder oben einen anderen Zielberuf.</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes, and none leads on from where you are now. Pick another target, or change “I am now”, above.</source>
        <translation>Routen folgen den Wechseln zwischen Berufen, die dieses Paket beschreibt, und keiner führt von Ihrem jetzigen Beruf weiter. Wählen Sie oben einen anderen Zielberuf oder ändern Sie „Ich bin jetzt“.</translation>
    </message>
    <message>
        <source>Roles that fit you</source>
        <translation>Berufe, die zu Ihnen passen</translation>
    </message>
    <message>
        <source>The % is how well you and each role match: how much of its essential learning you already have, and how many of your skills it uses. Your interests count too. Pick one to see a route and a learning plan.</source>
        <translation>Der Prozentwert zeigt, wie gut Sie und der jeweilige Beruf zusammenpassen: wie viel seines wesentlichen Lernstoffs Sie schon beherrschen und wie viele Ihrer Kompetenzen er nutzt. Auch Ihre Interessen zählen. Wählen Sie einen Beruf, um eine Route und einen Lernplan zu sehen.</translation>
    </message>
    <message>
        <source>You have everything this route needs.</source>
        <translation>Sie haben alles, was diese Route verlangt.</translation>
    </message>
    <message>
        <source>{hours} hours in all: at {pace} h a week, more than 100 years.</source>
        <translation>{hours} Stunden insgesamt: bei {pace} Std. pro Woche mehr als 100 Jahre.</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>etwa %n Woche</numerusform>
            <numerusform>etwa %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to study. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>Nichts zu lernen. Mit der Zeit, die man gewöhnlich in jeder Rolle vor dem Wechsel verbringt, {span} insgesamt, Abschluss etwa {when}.</translation>
    </message>
    <message>
        <source>{hours} hours of study: {study} at {pace} h a week. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>{hours} Lernstunden: {study} bei {pace} Std. pro Woche. Mit der Zeit, die man gewöhnlich in jeder Rolle vor dem Wechsel verbringt, {span} insgesamt, Abschluss etwa {when}.</translation>
    </message>
    <message>
        <source>{hours} hours in all: {span} at {pace} h a week, finishing around {when}.</source>
        <translation>{hours} Stunden insgesamt: {span} bei {pace} Std. pro Woche, Abschluss etwa {when}.</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>1 move from your current role</source>
        <translation>1 Wechsel von Ihrem aktuellen Beruf entfernt</translation>
    </message>
    <message>
        <source>{moves} moves from your current role</source>
        <translation>{moves} Wechsel von Ihrem aktuellen Beruf entfernt</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Details zum Lernplan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>You are here: {here}</source>
        <translation>Sie sind hier: {here}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Lernplan</translation>
    </message>
    <message>
        <source>In this order: what a skill needs comes before it.</source>
        <translation>In dieser Reihenfolge: Was eine Kompetenz voraussetzt, kommt vor ihr.</translation>
    </message>
    <message>
        <source>Nothing left to learn for this route.</source>
        <translation>Für diese Route gibt es nichts mehr zu lernen.</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Wünschenswert</translation>
    </message>
    <message>
        <source>Optional for this role; they help but are not required.</source>
        <translation>Optional für diesen Beruf; sie helfen, sind aber nicht erforderlich.</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Set {name} as target</source>
        <translation>{name} als Ziel festlegen</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Als Ziel festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n skill(s): {names}</source>
        <translation>
            <numerusform>%n Kompetenz lernen: {names}</numerusform>
            <numerusform>%n Kompetenzen lernen: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>No new skills needed</source>
        <translation>Keine neuen Kompetenzen nötig</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>week {last}</source>
        <translation>Woche {last}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>Wochen {first}–{last}</translation>
    </message>
    <message>
        <source>people usually spend about {months} months in {role} before this move</source>
        <translation>in der Regel arbeiten Menschen etwa {months} Monate als {role}, bevor sie diesen Wechsel machen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>needs {names} first</source>
        <translation>braucht zuerst {names}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>a move from there leads on to {role}</source>
        <translation>ein Wechsel von dort führt weiter zu {role}</translation>
    </message>
    <message>
        <source>Closest roles you can reach</source>
        <translation>Die nächstgelegenen erreichbaren Berufe</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktueller Beruf</translation>
    </message>
    <message>
        <source>The job you have now, if any</source>
        <translation>Ihre jetzige Stelle, falls Sie eine haben</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielberuf</translation>
    </message>
    <message>
        <source>The job you want; or let Pathfinder suggest some</source>
        <translation>Die Stelle, die Sie anstreben – oder lassen Sie sich von Pathfinder Vorschläge machen</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> Std. pro Woche</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>How many hours a week you can spend learning</source>
        <translation>Wie viele Stunden pro Woche Sie zum Lernen aufwenden können</translation>
    </message>
    <message>
        <source>I am now</source>
        <translation>Ich bin jetzt</translation>
    </message>
    <message>
        <source>I want to be</source>
        <translation>Ich möchte werden</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Lernzeit</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>Suggest for me</source>
        <translation>Vorschläge für mich</translation>
    </message>
    <message>
        <source>First step toward {target}.</source>
        <translation>Erster Schritt in Richtung {target}.</translation>
    </message>
    <message>
        <source>A good first step toward the closest roles below.</source>
        <translation>Ein guter erster Schritt hin zu den nächstgelegenen Berufen unten.</translation>
    </message>
    <message>
        <source>A good first step toward the roles that fit you best.</source>
        <translation>Ein guter erster Schritt hin zu den Berufen, die am besten zu Ihnen passen.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>no transitions lead to {role} ({id}) in this pack</source>
        <translation>in diesem Paket führen keine Wechsel zu {role} ({id})</translation>
    </message>
    <message>
        <source>no chain of transitions leads from {origin} ({start}) to {role} ({id})</source>
        <translation>keine Kette von Wechseln führt von {origin} ({start}) zu {role} ({id})</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves</source>
        <translation>es gibt in diesem Paket keinen sinnvollen Weg von {origin} ({start}) zu {role} ({id}): die kürzeste Kette von Wechseln dazwischen umfasst {moves} Wechsel</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves, and a plan follows at most {most} moves derived from shared skills</source>
        <translation>es gibt in diesem Paket keinen sinnvollen Weg von {origin} ({start}) zu {role} ({id}): die kürzeste Kette von Wechseln dazwischen umfasst {moves} Wechsel, und ein Plan folgt höchstens {most} Wechseln, die aus gemeinsamen Kompetenzen abgeleitet sind</translation>
    </message>
    <message numerus="yes">
        <source>{role} ({id}) is %n move(s) away from {origin} ({start}); allow at least %n step(s)</source>
        <translation>
            <numerusform>{role} ({id}) ist %n Wechsel von {origin} ({start}) entfernt; erlauben Sie mindestens %n Schritt</numerusform>
            <numerusform>{role} ({id}) ist %n Wechsel von {origin} ({start}) entfernt; erlauben Sie mindestens %n Schritte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>This plan</source>
        <translation>Dieser Lernplan</translation>
    </message>
    <message>
        <source>{who} · no target yet</source>
        <translation>{who} · noch kein Zielberuf</translation>
    </message>
    <message>
        <source>{who} → {target}</source>
        <translation>{who} → {target}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
</context>
<context>
    <name>ProfileKeeper</name>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; choose which version to keep first</source>
        <translation>seine letzten Änderungen sind noch nicht gespeichert, daher bleibt es geöffnet und nichts geht verloren; wählen Sie zuerst, welche Version Sie behalten möchten</translation>
    </message>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; fix the problem shown in the status bar, then switch again</source>
        <translation>seine letzten Änderungen sind noch nicht gespeichert, daher bleibt es geöffnet und nichts geht verloren; beheben Sie das Problem, das die Statusleiste anzeigt, und wechseln Sie dann erneut</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window and saved it</source>
        <translation>{problem}. Die andere Version konnte nicht geladen werden, daher hat Pathfinder die Version in diesem Fenster behalten und gespeichert</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window</source>
        <translation>{problem}. Die andere Version konnte nicht geladen werden, daher hat Pathfinder die Version in diesem Fenster behalten</translation>
    </message>
</context>
<context>
    <name>ProfileUi</name>
    <message>
        <source>Learner</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Profil &amp;wechseln…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>Profil &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport profile…</source>
        <translation>Profil e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Some profiles were set aside</source>
        <translation>Einige Profile wurden beiseitegelegt</translation>
    </message>
    <message>
        <source>Import a learner profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Pathfinder profiles (*.json)</source>
        <translation>Pathfinder-Profile (*.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profil nicht importiert</translation>
    </message>
    <message>
        <source>Imported {profile}</source>
        <translation>{profile} importiert</translation>
    </message>
    <message>
        <source>Export the learner profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profil nicht exportiert</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Notiz nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The note you are writing has not been added to the profile yet.</source>
        <translation>Die Notiz, die Sie gerade schreiben, ist noch nicht zum Profil hinzugefügt.</translation>
    </message>
    <message>
        <source>Add the note and close</source>
        <translation>Notiz hinzufügen und schließen</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Notiz verwerfen</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The latest changes to this learner&apos;s profile could not be saved (the status bar says why). Close anyway and lose them?</source>
        <translation>Die letzten Änderungen am Profil dieser lernenden Person konnten nicht gespeichert werden (die Statusleiste nennt den Grund). Trotzdem schließen und die Änderungen verlieren?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>Could not save the profile: {message}. Your changes are kept in this window and saved as soon as that works again.</source>
        <translation>Das Profil konnte nicht gespeichert werden: {message}. Ihre Änderungen bleiben in diesem Fenster erhalten und werden gespeichert, sobald das wieder möglich ist.</translation>
    </message>
    <message>
        <source>The profile is saved again.</source>
        <translation>Das Profil ist wieder gespeichert.</translation>
    </message>
    <message>
        <source>Profile changed elsewhere</source>
        <translation>Profil anderswo geändert</translation>
    </message>
    <message>
        <source>This profile ({file}) changed outside this window: {reason}</source>
        <translation>Dieses Profil ({file}) wurde außerhalb dieses Fensters geändert: {reason}</translation>
    </message>
    <message>
        <source>Keep the changes made here, or load the other version?</source>
        <translation>Die hier gemachten Änderungen behalten oder die andere Version laden?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation>Andere Version laden</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>the file is empty; it holds no profile</source>
        <translation>die Datei ist leer; sie enthält kein Profil</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); profiles are UTF-8 JSON</source>
        <translation>kein UTF-8-Text (Byte {byte}); Profile sind UTF-8-JSON</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>kein gültiges JSON: {problem}</translation>
    </message>
    <message>
        <source>duplicate key {key} (first at line {line}, column {column})</source>
        <translation>doppelter Schlüssel {key} (zuerst in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>doppelter Schlüssel {key}</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>kein gültiges JSON: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the file holds {value}, not an object</source>
        <translation>kein Pathfinder-Profil: die Datei enthält {value}, kein Objekt</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; it is not a profile</source>
        <translation>die Datei ist größer als {size} MB; sie ist kein Profil</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>Verschachtelung tiefer als {levels} Ebenen</translation>
    </message>
    <message>
        <source>{escape} is half of a UTF-16 pair, not a character; profiles hold Unicode text</source>
        <translation>{escape} ist die Hälfte eines UTF-16-Paars, kein Zeichen; Profile enthalten Unicode-Text</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} ist in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number} ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>a number with {digits} digits is too large</source>
        <translation>eine Zahl mit {digits} Stellen ist zu groß</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the key &quot;pathfinder_profile&quot; (format version) is missing</source>
        <translation>kein Pathfinder-Profil: der Schlüssel &quot;pathfinder_profile&quot; (Formatversion) fehlt</translation>
    </message>
    <message>
        <source>made by a newer Pathfinder (format {version}); this Pathfinder reads format {supported}: update Pathfinder to open it</source>
        <translation>mit einem neueren Pathfinder erstellt (Format {version}); dieser Pathfinder liest Format {supported}: aktualisieren Sie Pathfinder, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>pathfinder_profile: must be {version}, not {found}</source>
        <translation>pathfinder_profile: muss {version} sein, nicht {found}</translation>
    </message>
    <message>
        <source>this file exists already and was not opened here; refusing to overwrite it</source>
        <translation>diese Datei existiert bereits und wurde nicht hier geöffnet; sie wird nicht überschrieben</translation>
    </message>
    <message>
        <source>this file was deleted or moved away since it was opened here</source>
        <translation>diese Datei wurde gelöscht oder verschoben, seit sie hier geöffnet wurde</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here: {fields}</source>
        <translation>diese Datei wurde anderswo geändert (in einem anderen Pathfinder-Fenster, von einem Synchronisierungsprogramm oder in einem Editor), seit sie hier geöffnet wurde, und zwar in denselben Feldern wie hier: {fields}</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here</source>
        <translation>diese Datei wurde anderswo geändert (in einem anderen Pathfinder-Fenster, von einem Synchronisierungsprogramm oder in einem Editor), seit sie hier geöffnet wurde, und zwar in denselben Feldern wie hier</translation>
    </message>
    <message>
        <source>is now a link to {target} (it led to {before} when it was opened here)</source>
        <translation>ist jetzt ein Link auf {target} (beim Öffnen hier führte er zu {before})</translation>
    </message>
    <message>
        <source>is now a link to {target}</source>
        <translation>ist jetzt ein Link auf {target}</translation>
    </message>
    <message>
        <source>is now a folder</source>
        <translation>ist jetzt ein Ordner</translation>
    </message>
    <message>
        <source>is now not a regular file</source>
        <translation>ist jetzt keine normale Datei</translation>
    </message>
    <message>
        <source>{what}; something other than Pathfinder put it there since the profile was opened, so Pathfinder does not write through it. Your changes are still in this window: export the profile to keep them, or move that away and save again</source>
        <translation>{what}; etwas anderes als Pathfinder hat das dort angelegt, seit das Profil geöffnet wurde, daher schreibt Pathfinder nicht dorthin. Ihre Änderungen sind noch in diesem Fenster: Exportieren Sie das Profil, um sie zu behalten, oder räumen Sie das Hindernis weg und speichern Sie erneut</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>{field}: must be text, not {value}</source>
        <translation>{field}: muss Text sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be a number, not {value}</source>
        <translation>{field}: muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, not {value}</source>
        <translation>{field}: muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be true or false, not {value}</source>
        <translation>{field}: muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object, not {value}</source>
        <translation>{field}: muss ein Objekt sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be a list, not {value}</source>
        <translation>{field}: muss eine Liste sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object with &quot;at&quot; and &quot;text&quot;, not {value}</source>
        <translation>{field}: muss ein Objekt mit &quot;at&quot; und &quot;text&quot; sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: missing (required)</source>
        <translation>{field}: fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>ein fester Wert</translation>
    </message>
    <message>
        <source>{field}: must be {expected}, not {value}</source>
        <translation>{field}: muss {expected} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be more than {bound}, not {value}</source>
        <translation>{field}: muss größer als {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be at least {bound}, not {value}</source>
        <translation>{field}: muss mindestens {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be less than {bound}, not {value}</source>
        <translation>{field}: muss kleiner als {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {bound}, not {value}</source>
        <translation>{field}: darf höchstens {bound} sein, nicht {value}</translation>
    </message>
    <message>
        <source>{field}: more than {most} characters; a profile keeps at most {most}</source>
        <translation>{field}: mehr als {most} Zeichen; ein Profil speichert höchstens {most}</translation>
    </message>
    <message>
        <source>{field}: more than {most} entries; a profile keeps at most {most}</source>
        <translation>{field}: mehr als {most} Einträge; ein Profil speichert höchstens {most}</translation>
    </message>
    <message>
        <source>{field}: must be a finite number</source>
        <translation>{field}: muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>a value is expected here</source>
        <translation>hier wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>a key in double quotes is expected here (a comma too many, or the end cut off)</source>
        <translation>hier wird ein Schlüssel in doppelten Anführungszeichen erwartet (ein Komma zu viel oder das Ende abgeschnitten)</translation>
    </message>
    <message>
        <source>a colon is missing after the key</source>
        <translation>nach dem Schlüssel fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a comma is missing before this</source>
        <translation>davor fehlt ein Komma</translation>
    </message>
    <message>
        <source>a text in quotes is not closed (the end of the file may be cut off)</source>
        <translation>ein Text in Anführungszeichen ist nicht geschlossen (das Dateiende ist vielleicht abgeschnitten)</translation>
    </message>
    <message>
        <source>a line break or control character inside quotes</source>
        <translation>ein Zeilenumbruch oder Steuerzeichen in Anführungszeichen</translation>
    </message>
    <message>
        <source>a \u escape without four hex digits</source>
        <translation>ein \u-Escape ohne vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>a backslash that starts no escape (write \\ for one)</source>
        <translation>ein Backslash, der kein Escape beginnt (für einen Backslash \\ schreiben)</translation>
    </message>
    <message>
        <source>more text after the end of the profile</source>
        <translation>weiterer Text nach dem Ende des Profils</translation>
    </message>
    <message>
        <source>a comma too many before the closing bracket</source>
        <translation>ein Komma zu viel vor der schließenden Klammer</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>und {count} weitere Probleme</translation>
    </message>
    <message>
        <source>cannot delete: {why}</source>
        <translation>Löschen nicht möglich: {why}</translation>
    </message>
    <message>
        <source>cannot restore: {why}</source>
        <translation>Wiederherstellen nicht möglich: {why}</translation>
    </message>
    <message>
        <source>cannot save: {why}</source>
        <translation>Speichern nicht möglich: {why}</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder skips this file (it could not move it: {why})</source>
        <translation>{problem}. Pathfinder überspringt diese Datei (sie ließ sich nicht verschieben: {why})</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected. The version saved before it is in {backup}.</source>
        <translation>{problem}. Pathfinder kann dieses Profil nicht lesen und hat die Datei daher unverändert nach {moved} verschoben; die anderen Profile sind nicht betroffen. Die zuvor gespeicherte Version liegt in {backup}.</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected.</source>
        <translation>{problem}. Pathfinder kann dieses Profil nicht lesen und hat die Datei daher unverändert nach {moved} verschoben; die anderen Profile sind nicht betroffen.</translation>
    </message>
    <message>
        <source>cannot save: the profile holds what JSON cannot: {why}</source>
        <translation>Speichern nicht möglich: das Profil enthält etwas, das JSON nicht darstellen kann: {why}</translation>
    </message>
    <message>
        <source>cannot save: the profile would be larger than {size} MB, the most a profile may be; shorten or remove a long note</source>
        <translation>Speichern nicht möglich: das Profil wäre größer als {size} MB, die Höchstgröße eines Profils; kürzen oder entfernen Sie eine lange Notiz</translation>
    </message>
    <message>
        <source>{name}, its backup, is in the way ({why}); move it away</source>
        <translation>{name}, die Sicherungskopie, steht im Weg ({why}); verschieben Sie sie</translation>
    </message>
    <message>
        <source>this file was changed elsewhere and cannot be read now ({problem})</source>
        <translation>diese Datei wurde anderswo geändert und kann gerade nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (Kopie {number})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>no such file in the trash</source>
        <translation>Datei nicht im Papierkorb</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Learner profiles</source>
        <translation>Profile der Lernenden</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation>Profile nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>{roles} · changed {when}</source>
        <translation>{roles} · geändert {when}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt geöffnet</translation>
    </message>
    <message>
        <source>{now} → {goal}</source>
        <translation>{now} → {goal}</translation>
    </message>
    <message>
        <source>starting out → {goal}</source>
        <translation>Berufseinstieg → {goal}</translation>
    </message>
    <message>
        <source>{now}, no target yet</source>
        <translation>{now}, noch kein Zielberuf</translation>
    </message>
    <message>
        <source>no roles chosen yet</source>
        <translation>noch keine Berufe gewählt</translation>
    </message>
    <message>
        <source>no pack</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation>Name der lernenden Person:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>Open another profile before deleting this one.</source>
        <translation>Öffnen Sie ein anderes Profil, bevor Sie dieses löschen.</translation>
    </message>
    <message>
        <source>Deleted {profile}. It is in the trash folder until you undo.</source>
        <translation>{profile} gelöscht. Es bleibt im Papierkorb-Ordner, solange Sie das Löschen noch rückgängig machen können.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>from: {sources}</source>
        <translation>Quellen: {sources}</translation>
    </message>
    <message>
        <source>our estimate</source>
        <translation>unsere Schätzung</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>skill &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>Kompetenz &apos;{id}&apos; hat keine Herkunftsangabe: nennen Sie die Quellen, die das belegen, oder markieren Sie sie mit &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the status of certification &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>der Status der Zertifizierung &apos;{id}&apos; hat keine Herkunftsangabe: nennen Sie die Quellen, die das belegen, oder markieren Sie ihn mit &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>role &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>Beruf &apos;{id}&apos; hat keine Herkunftsangabe: nennen Sie die Quellen, die das belegen, oder markieren Sie ihn mit &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the salary of &apos;{id}&apos; has no provenance</source>
        <translation>das Gehalt von &apos;{id}&apos; hat keine Herkunftsangabe</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>der Wechsel {source} -&gt; {target} hat keine Herkunftsangabe: nennen Sie die Quellen, die das belegen, oder markieren Sie ihn mit &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>source &apos;{id}&apos; is never cited</source>
        <translation>Quelle &apos;{id}&apos; wird nirgends zitiert</translation>
    </message>
    <message>
        <source>no role uses skill &apos;{id}&apos; (not essential, optional or a prerequisite)</source>
        <translation>kein Beruf nutzt Kompetenz &apos;{id}&apos; (weder als wesentlich noch als optional noch als Voraussetzung)</translation>
    </message>
    <message>
        <source>a prerequisite chain of {links} links (more than {most}): {chain}; list a prerequisite only where the skill cannot be learnt without it</source>
        <translation>eine Voraussetzungskette mit {links} Gliedern (mehr als {most}): {chain}; geben Sie eine Voraussetzung nur dort an, wo die Kompetenz ohne sie nicht erlernbar ist</translation>
    </message>
    <message numerus="yes">
        <source>role &apos;{id}&apos; has %n essential skill(s) (fewer than {least}): learners cannot tell what it takes</source>
        <translation>
            <numerusform>Beruf &apos;{id}&apos; hat %n wesentliche Kompetenz (weniger als {least}): Lernende können nicht erkennen, was er verlangt</numerusform>
            <numerusform>Beruf &apos;{id}&apos; hat %n wesentliche Kompetenzen (weniger als {least}): Lernende können nicht erkennen, was er verlangt</numerusform>
        </translation>
    </message>
    <message>
        <source>no move reaches role &apos;{id}&apos; and it is not marked &apos;entry: true&apos;</source>
        <translation>kein Wechsel führt zu Beruf &apos;{id}&apos;, und er ist nicht mit &apos;entry: true&apos; markiert</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} goes down a level ({level} to {lower})</source>
        <translation>der Wechsel {source} -&gt; {target} führt eine Stufe abwärts ({level} auf {lower})</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} month, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>der Wechsel {source} -&gt; {target} dauert {months} Monat, aber was er neu verlangt, sind {hours} Std., also {study} Monate Lernzeit bei {pace} Std. pro Woche: ein Unterschied von mehr als dem {factor}-Fachen</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} months, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>der Wechsel {source} -&gt; {target} dauert {months} Monate, aber was er neu verlangt, sind {hours} Std., also {study} Monate Lernzeit bei {pace} Std. pro Woche: ein Unterschied von mehr als dem {factor}-Fachen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>more than %n year(s) away</source>
        <translation>
            <numerusform>mehr als %n Jahr entfernt</numerusform>
            <numerusform>mehr als %n Jahre entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}… ({count} more character(s) in the profile)</source>
        <translation>
            <numerusform>{text}… ({count} weiteres Zeichen im Profil)</numerusform>
            <numerusform>{text}… ({count} weitere Zeichen im Profil)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours are the pack&apos;s estimates of typical learning time; dates assume {pace} a week from the date of this plan. Both are a guide for planning, not a promise.</source>
        <translation>Die Stunden sind die Schätzungen des Pakets für die übliche Lernzeit; die Daten gehen von {pace} pro Woche ab dem Datum dieses Lernplans aus. Beides dient der Orientierung bei der Planung und ist kein Versprechen.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} Stunden</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>nichts Neues zu lernen</translation>
    </message>
    <message numerus="yes">
        <source>{skills}, and %n more ({numbers} in the learning plan)</source>
        <translation>
            <numerusform>{skills} und %n weitere ({numbers} im Lernplan)</numerusform>
            <numerusform>{skills} und %n weitere ({numbers} im Lernplan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Lernplan für {learner}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Lernplan</translation>
    </message>
    <message>
        <source>{pack}, version {version}</source>
        <translation>{pack}, Version {version}</translation>
    </message>
    <message>
        <source>Not set (starting out)</source>
        <translation>Nicht festgelegt (Berufseinstieg)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Noch nicht gewählt</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Aktueller Beruf</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielberuf</translation>
    </message>
    <message>
        <source>You already have</source>
        <translation>Sie haben bereits</translation>
    </message>
    <message>
        <source>{percent} of what the target needs</source>
        <translation>{percent} dessen, was der Zielberuf verlangt</translation>
    </message>
    <message>
        <source>Learning to do</source>
        <translation>Noch zu lernen</translation>
    </message>
    <message>
        <source>{hours}, {weeks}</source>
        <translation>{hours}, {weeks}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Lerntempo</translation>
    </message>
    <message>
        <source>{pace} a week</source>
        <translation>{pace} pro Woche</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>Voraussichtlicher Abschluss</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Ihre Kompetenzen</translation>
    </message>
    <message>
        <source>Learning now</source>
        <translation>Lerne ich gerade</translation>
    </message>
    <message>
        <source>Counted as yours because {role} needs them, so not in this plan: {skills}.</source>
        <translation>Als Ihre gezählt, weil {role} sie verlangt, daher nicht in diesem Lernplan: {skills}.</translation>
    </message>
    <message>
        <source>These roles fit the skills you have best:</source>
        <translation>Diese Berufe passen am besten zu den Kompetenzen, die Sie haben:</translation>
    </message>
    <message>
        <source>No other role at your current role&apos;s level or above matches your skills yet.</source>
        <translation>Noch kein anderer Beruf auf der Stufe Ihres aktuellen Berufs oder darüber passt zu Ihren Kompetenzen.</translation>
    </message>
    <message>
        <source>No role matches your skills yet: mark the skills you have to see where to aim.</source>
        <translation>Noch passt kein Beruf zu Ihren Kompetenzen: Markieren Sie die Kompetenzen, die Sie haben, um zu sehen, wohin Sie streben können.</translation>
    </message>
    <message>
        <source>No target role is chosen yet. {then}</source>
        <translation>Noch ist kein Zielberuf gewählt. {then}</translation>
    </message>
    <message>
        <source>no path was found</source>
        <translation>keine Laufbahn gefunden</translation>
    </message>
    <message numerus="yes">
        <source>There is no path to {target} within %n move(s): {reason}. {then}</source>
        <translation>
            <numerusform>Es gibt keine Laufbahn zu {target} mit höchstens %n Wechsel: {reason}. {then}</numerusform>
            <numerusform>Es gibt keine Laufbahn zu {target} mit höchstens %n Wechseln: {reason}. {then}</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>{skill} (#{number})</source>
        <translation>{skill} (#{number})</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Move {number} to {role}: {said_by}</source>
        <translation>Wechsel {number} zu {role}: {said_by}</translation>
    </message>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} und {count} weitere</translation>
    </message>
    <message>
        <source>Only the latest {shown} notes are printed; 1 earlier note is in the profile.</source>
        <translation>Nur die neuesten {shown} Notizen sind gedruckt; 1 ältere Notiz steht im Profil.</translation>
    </message>
    <message numerus="yes">
        <source>Only the latest {shown} notes are printed; {count} earlier notes are in the profile.</source>
        <translation>
            <numerusform>Nur die neuesten {shown} Notizen sind gedruckt; {count} ältere Notiz steht im Profil.</numerusform>
            <numerusform>Nur die neuesten {shown} Notizen sind gedruckt; {count} ältere Notizen stehen im Profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources the pack cites for the roles, moves and skills of this path:</source>
        <translation>Quellen, die das Paket für die Berufe, Wechsel und Kompetenzen dieser Laufbahn nennt:</translation>
    </message>
    <message>
        <source>Sources of this pack:</source>
        <translation>Quellen dieses Pakets:</translation>
    </message>
    <message>
        <source>{title} ({publisher_and_year})</source>
        <translation>{title} ({publisher_and_year})</translation>
    </message>
    <message>
        <source>cannot write a report as &apos;{suffix}&apos;: use .pdf, .md or .html</source>
        <translation>Bericht kann nicht als &apos;{suffix}&apos; geschrieben werden: verwenden Sie .pdf, .md oder .html</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML language code of this translation</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Prepared on {date} · {pack}</source>
        <translation>Erstellt am {date} · {pack}</translation>
    </message>
    <message>
        <source>PATHFINDER · LEARNING PLAN</source>
        <translation>PATHFINDER · LERNPLAN</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Ihre Laufbahn</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Wünschenswert</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role: {skills}.</source>
        <translation>Nicht erforderlich, aber hilfreich für den Zielberuf: {skills}.</translation>
    </message>
    <message>
        <source>Where to aim</source>
        <translation>Wohin Sie streben können</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Verbleibende Stunden</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>You start as {role}.</source>
        <translation>Sie beginnen als {role}.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>New skills</source>
        <translation>Neue Kompetenzen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fertig bis</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>Nichts mehr zu lernen: Sie können sich jetzt bewerben.</translation>
    </message>
    <message>
        <source>Learn these skills in this order:</source>
        <translation>Lernen Sie diese Kompetenzen in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Resources: {links}</source>
        <translation>Lernmaterial: {links}</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Über diesen Lernplan</translation>
    </message>
    <message>
        <source>Career pack: {pack}, version {version}.</source>
        <translation>Paket: {pack}, Version {version}.</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Lizenz: {license}</translation>
    </message>
    <message>
        <source>Not in this pack (left out of the plan): {ids}</source>
        <translation>Nicht in diesem Paket (im Lernplan ausgelassen): {ids}</translation>
    </message>
    <message>
        <source>Prepared on {date} with Pathfinder · {pack}</source>
        <translation>Erstellt am {date} mit Pathfinder · {pack}</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role:</source>
        <translation>Nicht erforderlich, aber hilfreich für den Zielberuf:</translation>
    </message>
    <message>
        <source>learning now</source>
        <translation>lerne ich gerade</translation>
    </message>
    <message>
        <source>{hours}, done by {date}</source>
        <translation>{hours}, fertig bis {date}</translation>
    </message>
    <message>
        <source>Your path on the career map</source>
        <translation>Ihre Laufbahn auf der Berufskarte</translation>
    </message>
    <message>
        <source>Your path on the career map. Roles on the path are outlined; the label on each one says how many skills it asks you to learn and their hours, as in the steps below.</source>
        <translation>Ihre Laufbahn auf der Berufskarte. Die Berufe der Laufbahn sind umrandet; die Beschriftung jedes Berufs nennt, wie viele Kompetenzen Sie dafür lernen müssen und wie viele Stunden das dauert, wie in den Schritten unten.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write a plan as “{suffix}”: choose .pdf, .md or .html.</source>
        <translation>Ein Lernplan kann nicht als „{suffix}“ geschrieben werden: Wählen Sie .pdf, .md oder .html.</translation>
    </message>
    <message>
        <source>Print learning plan</source>
        <translation>Lernplan drucken</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for writing.</source>
        <translation>Der Drucker oder die Datei konnte nicht zum Schreiben geöffnet werden.</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Lernplan</translation>
    </message>
    <message>
        <source>{who} · learning plan · {date}</source>
        <translation>{who} · Lernplan · {date}</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Seite {number} von {pages}</translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Lernplan für {learner}</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <source>Role details</source>
        <translation>Berufsdetails</translation>
    </message>
    <message>
        <source>Click a role in the graph to see its details</source>
        <translation>Klicken Sie im Graphen auf einen Beruf, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Als Ziel festlegen</translation>
    </message>
    <message>
        <source>Set this role as your target</source>
        <translation>Diesen Beruf als Ihren Zielberuf festlegen</translation>
    </message>
    <message>
        <source>Set as my current role</source>
        <translation>Als meinen aktuellen Beruf festlegen</translation>
    </message>
    <message>
        <source>Set this role as your current role</source>
        <translation>Diesen Beruf als Ihren aktuellen Beruf festlegen</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare this role with another</source>
        <translation>Diesen Beruf mit einem anderen vergleichen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Gehaltsspanne</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Wesentliche Kompetenzen</translation>
    </message>
    <message>
        <source>Optional skills</source>
        <translation>Optionale Kompetenzen</translation>
    </message>
    <message>
        <source>Where you can go next</source>
        <translation>Wohin Sie als Nächstes wechseln können</translation>
    </message>
    <message>
        <source>Where people come from</source>
        <translation>Woher Menschen kommen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Selected role</source>
        <translation>Ausgewählter Beruf</translation>
    </message>
    <message>
        <source>Your target role (nothing selected)</source>
        <translation>Ihr Zielberuf (nichts ausgewählt)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Stufe {level}</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>Ihr aktueller Beruf</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>Ihr Zielberuf</translation>
    </message>
    <message>
        <source>You have everything this role needs (100% fit).</source>
        <translation>Sie haben alles, was dieser Beruf verlangt (100 % Passung).</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs. About {hours} hours still to learn ({time}).</source>
        <translation>Sie haben bereits {percent} % von dem, was dieser Beruf verlangt. Noch etwa {hours} Stunden zu lernen ({time}).</translation>
    </message>
    <message>
        <source>have</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>lerne ich</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>{name} (you have {have} of {total})</source>
        <translation>{name} (Sie haben {have} von {total})</translation>
    </message>
    <message>
        <source>None in this pack.</source>
        <translation>Keine in diesem Paket.</translation>
    </message>
    <message>
        <source>Show {role}</source>
        <translation>{role} anzeigen</translation>
    </message>
    <message>
        <source>Show this role&apos;s details</source>
        <translation>Details dieses Berufs anzeigen</translation>
    </message>
    <message>
        <source>your fit {percent}%</source>
        <translation>Ihre Passung {percent} %</translation>
    </message>
    <message>
        <source>about 1 month</source>
        <translation>etwa 1 Monat</translation>
    </message>
    <message>
        <source>about {months} months</source>
        <translation>etwa {months} Monate</translation>
    </message>
    <message>
        <source>Our estimate: none of the pack&apos;s sources describes this role.</source>
        <translation>Unsere Schätzung: Keine der Quellen des Pakets beschreibt diesen Beruf.</translation>
    </message>
</context>
<context>
    <name>RoleSkillsButton</name>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Alle Kompetenzen meines Berufs wieder mitzählen</translation>
    </message>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation>
            <numerusform>%n als nicht vorhanden markierte Kompetenz meines Berufs wieder mitzählen</numerusform>
            <numerusform>%n als nicht vorhanden markierte Kompetenzen meines Berufs wieder mitzählen</numerusform>
        </translation>
    </message>
    <message>
        <source>The skills {name} needs count as yours. You marked some as not held in the Skills list; this counts them all again (Ctrl+Z undoes it).</source>
        <translation>Die Kompetenzen, die {name} verlangt, zählen als Ihre. Sie haben in der Liste „Kompetenzen“ einige als nicht vorhanden markiert; hiermit zählen wieder alle mit (Ctrl+Z macht das rückgängig).</translation>
    </message>
</context>
<context>
    <name>RouteView</name>
    <message>
        <source>{learner}&apos;s route to {target}</source>
        <translation>Route von {learner} zu {target}</translation>
    </message>
    <message>
        <source>Route to {target}</source>
        <translation>Route zu {target}</translation>
    </message>
    <message>
        <source>At {hours} a week, from today</source>
        <translation>Bei {hours} pro Woche, ab heute</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Sie sind hier</translation>
    </message>
    <message>
        <source>Nothing new to learn for this move</source>
        <translation>Für diesen Wechsel nichts Neues zu lernen</translation>
    </message>
    <message>
        <source>Reached around {date} · {hours} in all</source>
        <translation>Erreicht etwa {date} · {hours} insgesamt</translation>
    </message>
    <message>
        <source>Route view</source>
        <translation>Routenansicht</translation>
    </message>
    <message>
        <source>Pick a target role to see your route here.</source>
        <translation>Wählen Sie einen Zielberuf, um hier Ihre Route zu sehen.</translation>
    </message>
    <message>
        <source>No route yet</source>
        <translation>Noch keine Route</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>{name} · role</source>
        <translation>{name} · Beruf</translation>
    </message>
    <message>
        <source>{name} · skill</source>
        <translation>{name} · Kompetenz</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{weeks} of study at {pace} h a week</source>
        <translation>{weeks} Lernzeit bei {pace} Std. pro Woche</translation>
    </message>
    <message>
        <source>Tick interest {tag}</source>
        <translation>Interesse {tag} abhaken</translation>
    </message>
    <message>
        <source>Untick interest {tag}</source>
        <translation>Haken bei Interesse {tag} entfernen</translation>
    </message>
    <message>
        <source>Change interests</source>
        <translation>Interessen ändern</translation>
    </message>
    <message>
        <source>Set pace to {hours} h a week</source>
        <translation>Lerntempo auf {hours} Std. pro Woche setzen</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Rough hours a learner needs for each skill</source>
        <translation>Ungefähre Stunden, die Lernende für jede Kompetenz brauchen</translation>
    </message>
    <message>
        <source>You know {known} of the {total} skills in this category.</source>
        <translation>Sie kennen {known} der {total} Kompetenzen dieser Kategorie.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>About {hours} hours to learn</source>
        <translation>Etwa {hours} Stunden Lernzeit</translation>
    </message>
    <message>
        <source>{skill} (required by {shown})</source>
        <translation>{skill} (erforderlich für {shown})</translation>
    </message>
    <message>
        <source>{skill} (learning)</source>
        <translation>{skill} (lerne ich)</translation>
    </message>
    <message>
        <source>you have this</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>you are learning this</source>
        <translation>lerne ich gerade</translation>
    </message>
    <message>
        <source>counted as known through a prerequisite</source>
        <translation>als bekannt gezählt, da Voraussetzung einer abgehakten Kompetenz</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Auch genannt: {names}</translation>
    </message>
    <message>
        <source>Counted as known because {names} requires it. Tick it to say you have it.</source>
        <translation>Als bekannt gezählt, weil {names} sie voraussetzt. Haken Sie sie ab, um anzugeben, dass Sie sie haben.</translation>
    </message>
    <message>
        <source>You have this skill.</source>
        <translation>Sie haben diese Kompetenz.</translation>
    </message>
    <message>
        <source>You are learning this skill.</source>
        <translation>Sie lernen diese Kompetenz gerade.</translation>
    </message>
    <message>
        <source>Not yet: tick the box if you have it.</source>
        <translation>Noch nicht: Haken Sie das Kästchen ab, wenn Sie sie haben.</translation>
    </message>
    <message>
        <source>{skill} (from your role)</source>
        <translation>{skill} (aus Ihrem Beruf)</translation>
    </message>
    <message>
        <source>{skill} (your role: not held)</source>
        <translation>{skill} (Ihr Beruf: nicht vorhanden)</translation>
    </message>
    <message>
        <source>Counted as yours because your current role needs it. Click the box if you do not have it (Ctrl+Z undoes it).</source>
        <translation>Als Ihre gezählt, weil Ihr aktueller Beruf sie verlangt. Klicken Sie auf das Kästchen, wenn Sie sie nicht haben (Ctrl+Z macht das rückgängig).</translation>
    </message>
    <message>
        <source>Your current role needs it, but you marked it as not held, so the plan teaches it. Click the box to count it from your role again.</source>
        <translation>Ihr aktueller Beruf verlangt sie, aber Sie haben sie als nicht vorhanden markiert, daher enthält der Lernplan sie. Klicken Sie auf das Kästchen, um sie wieder aus Ihrem Beruf mitzuzählen.</translation>
    </message>
    <message>
        <source>counted from your role</source>
        <translation>aus Ihrem Beruf gezählt</translation>
    </message>
    <message>
        <source>your role needs it, not held</source>
        <translation>Ihr Beruf verlangt sie, nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Click a box to tick a skill you have; click again for “learning”.</source>
        <translation>Klicken Sie auf ein Kästchen, um eine vorhandene Kompetenz abzuhaken; ein zweiter Klick markiert sie mit „lerne ich“.</translation>
    </message>
    <message>
        <source>Ticked: you have it. Half-filled: you are learning it (it still counts as a gap). Empty: not yet. Grey ticks are prerequisites of skills you ticked. Skills marked “from your role” are the ones your current role needs: they count as yours; click the box of one you lack to mark it as not held. Space changes the selected skill; right-click for a menu.</source>
        <translation>Abgehakt: vorhanden. Halb gefüllt: lerne ich gerade (zählt noch als Lücke). Leer: noch nicht. Graue Haken sind Voraussetzungen von Kompetenzen, die Sie abgehakt haben. Kompetenzen mit „aus Ihrem Beruf“ verlangt Ihr aktueller Beruf: Sie zählen als Ihre; klicken Sie auf das Kästchen einer fehlenden, um sie als nicht vorhanden zu markieren. Die Leertaste ändert die ausgewählte Kompetenz; ein Rechtsklick öffnet ein Menü.</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Kompetenzen filtern…</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Kompetenzen filtern</translation>
    </message>
    <message>
        <source>Type part of a skill&apos;s name, id or other name</source>
        <translation>Geben Sie einen Teil des Namens, der ID oder eines anderen Namens der Kompetenz ein</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} Std.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>No skill matches “{text}”.</source>
        <translation>Keine Kompetenz passt zu „{text}“.</translation>
    </message>
    <message>
        <source>I have this</source>
        <translation>Habe ich</translation>
    </message>
    <message>
        <source>I&apos;m learning this</source>
        <translation>Lerne ich</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Counted from my role</source>
        <translation>Aus meinem Beruf gezählt</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>on your route, step {step} of {count}</source>
        <translation>auf Ihrer Route, Schritt {step} von {count}</translation>
    </message>
    <message>
        <source>where your route starts</source>
        <translation>wo Ihre Route beginnt</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>Ihr aktueller Beruf</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>Ihr Zielberuf</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>level {level}, {family} family, fit {fit}</source>
        <translation>Stufe {level}, Berufsfeld {family}, Passung {fit}</translation>
    </message>
    <message>
        <source>{where}; {marks}.</source>
        <translation>{where}; {marks}.</translation>
    </message>
    <message>
        <source>{where}.</source>
        <translation>{where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No route to {target}.</source>
        <translation>Keine Route zu {target}.</translation>
    </message>
    <message>
        <source>No route chosen.</source>
        <translation>Keine Route gewählt.</translation>
    </message>
    <message>
        <source>Route to {target}: {steps}, {hours} of study.</source>
        <translation>Route zu {target}: {steps}, {hours} Lernzeit.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: {role} (your current role)</source>
        <translation>Start: {role} (Ihr aktueller Beruf)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{number}. {role}: learn {skills} ({hours})</source>
        <translation>{number}. {role}: {skills} lernen ({hours})</translation>
    </message>
    <message>
        <source>{number}. {role}: nothing new to learn</source>
        <translation>{number}. {role}: nichts Neues zu lernen</translation>
    </message>
</context>
<context>
    <name>StartHint</name>
    <message>
        <source>Start here: tick the skills you already have on the left, then pick the role you want (double-click it in the graph, or choose it under Plan). The best path and the skills left to learn appear on the right.</source>
        <translation>Beginnen Sie hier: Haken Sie links die Kompetenzen ab, die Sie schon haben, und wählen Sie dann den Beruf, den Sie anstreben (Doppelklick im Graphen oder Auswahl unter „Lernplan“). Die beste Laufbahn und die noch zu lernenden Kompetenzen erscheinen rechts.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil nicht geöffnet</translation>
    </message>
    <message>
        <source>{file}: no such profile file</source>
        <translation>{file}: Profildatei nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message numerus="yes">
        <source>; it uses {used} of your %n skill(s)</source>
        <translation>
            <numerusform>; er nutzt {used} Ihrer %n Kompetenz</numerusform>
            <numerusform>; er nutzt {used} Ihrer %n Kompetenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>no essential skills listed, so the fit says little</source>
        <translation>keine wesentlichen Kompetenzen angegeben, daher sagt die Passung wenig aus</translation>
    </message>
    <message numerus="yes">
        <source>you have its %n essential skill(s), few to judge by</source>
        <translation>
            <numerusform>Sie haben seine %n wesentliche Kompetenz, zu wenig für ein Urteil</numerusform>
            <numerusform>Sie haben seine %n wesentlichen Kompetenzen, zu wenige für ein Urteil</numerusform>
        </translation>
    </message>
    <message>
        <source>you have every essential skill</source>
        <translation>Sie haben jede wesentliche Kompetenz</translation>
    </message>
    <message numerus="yes">
        <source>you have {have} of %n essential skill(s); about {hours} hours to go</source>
        <translation>
            <numerusform>Sie haben {have} von %n wesentlichen Kompetenz; noch etwa {hours} Stunden</numerusform>
            <numerusform>Sie haben {have} von %n wesentlichen Kompetenzen; noch etwa {hours} Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above your next step (-{percent})</source>
        <translation>
            <numerusform>%n Stufe über Ihrem nächsten Schritt (-{percent})</numerusform>
            <numerusform>%n Stufen über Ihrem nächsten Schritt (-{percent})</numerusform>
        </translation>
    </message>
    <message>
        <source>matches your interest in {interests}</source>
        <translation>passt zu Ihrem Interesse an {interests}</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <source>Undid: {edit}</source>
        <translation>Rückgängig gemacht: {edit}</translation>
    </message>
    <message>
        <source>Redid: {edit}</source>
        <translation>Wiederholt: {edit}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Start with {skills}</source>
        <translation>Mit {skills} beginnen</translation>
    </message>
    <message>
        <source>Tick {skill}</source>
        <translation>{skill} abhaken</translation>
    </message>
    <message>
        <source>Mark {skill} as learning</source>
        <translation>{skill} als „lerne ich“ markieren</translation>
    </message>
    <message>
        <source>Untick {skill}</source>
        <translation>Haken bei {skill} entfernen</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Set target to {name}</source>
        <translation>Zielberuf auf {name} setzen</translation>
    </message>
    <message>
        <source>starting out</source>
        <translation>Berufseinstieg</translation>
    </message>
    <message>
        <source>Set current role to {name}</source>
        <translation>Aktuellen Beruf auf {name} setzen</translation>
    </message>
    <message>
        <source>Mark {skill} as not held</source>
        <translation>{skill} als nicht vorhanden markieren</translation>
    </message>
    <message>
        <source>Count {skill} from your role</source>
        <translation>{skill} aus Ihrem Beruf mitzählen</translation>
    </message>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Alle Kompetenzen meines Berufs wieder mitzählen</translation>
    </message>
    <message>
        <source>Rename the learner to {name}</source>
        <translation>Lernende Person in {name} umbenennen</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>learning plan {date}</source>
        <translation>Lernplan {date}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>notes_editor</name>
    <message>
        <source>Double-click a note to edit it; Delete removes it</source>
        <translation>Doppelklicken Sie auf eine Notiz, um sie zu bearbeiten; Entf entfernt sie</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>Notiz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
</context>
</TS>
