<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy runs from Python, not from an installer, so the libraries it uses are those of your Python environment, each with its own licence there. Installers carry a {notices} file listing every bundled library with its licence; it is written when the installer is built (docs/packaging.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathfinder: MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} {version} — an offline career-path explorer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on Pathfinder {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathfinder is free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {vendor} ({contact}) · {website}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {vendor} ({contact}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {vendor} · {website}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {vendor}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}), licence: {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack this copy ships with is under: {licence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; Licences lists each one with its licence text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} never connects to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First role to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second role to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the two roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ marks a skill you already have, ◐ one you are learning. Fit is the share of a role&apos;s essential learning (with prerequisites) you have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role described by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential skills in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional skills in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours for this role&apos;s own essential skills. A route to it may pass through other roles that ask for more; the Plan panel shows that total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given for this role in the career pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not said in this pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}% of the essential learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing: you have every essential skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {hours} hours ({time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Pathfinder hit a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Pathfinder. {saved} {logged} You can keep working; if anything looks wrong, close Pathfinder and open it again. To report the problem, copy the details below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>The details could not be written to a log ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile was open, so there was nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile was saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile could not be saved just now ({path} keeps its last saved version).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Roles shown in the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a family of roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every role of one family to the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the roles around you, your target and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a family…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{family} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing all {total} roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing {count} of {total} roles: around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show roles around me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the roles around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw every role of the pack; zoom in to read them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Graph legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the graph legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to your skills, 0–100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best path to your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill still to learn, in order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level} · {family}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to make it your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to your skills: {fit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) · {hours} h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>To learn for {role_name}: {names}. Click to open the route view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles by family and level. Arrow keys move between roles, Enter makes the selected role your target, the menu key offers more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;moves around this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show its whole &amp;family ({family})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {role}, level {level}, {family}, fit {fit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Getting started with Pathfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show me a sample &amp;route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathfinder shows where your skills can take you: the roles of a career pack on a map, the best route to the role you want, and what to learn on the way, in order, with hours and dates. It never goes online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Skills panel on the left, tick the skills you have. Click a tick again to mark a skill you are learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Plan panel, choose the role you have now and the role you want. You can also double-click a role on the map to make it your target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how many hours a week you can give to learning: every date follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Route tab: your route as a line of stations, the skills to learn before each one, their hours, and the date you reach each station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles sit in lanes by family, and in columns by level, from entry roles on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thick coloured line is your best route; roles off it fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a role to light up its moves and the roles they lead to; click it for its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label on a role of your route (for example “5 skills · 120 h”) says what that step needs; click it to open the route view there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tint and bar of a role show how much of it your skills already cover. Legend, at the bottom left, explains every mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For counsellors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &gt; Switch profile (Ctrl+L) keeps one profile per learner: type a name and press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for a session go in the Learner panel; File &gt; Export plan and File &gt; Print plan hand over the plan on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F11 shows the map and the route full screen for a projector, with the learner&apos;s name; Esc leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F finds a role or a skill; each suggestion says which it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last change and the status bar says what was undone; Ctrl+Shift+Z redoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+plus and Ctrl+minus zoom, Ctrl+0 fits the map to the window; arrow keys move between roles and Enter makes the selected one your target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a sample route to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathfinder will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>{start}… ({more} more characters in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you enjoy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you enjoy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note for this session (Ctrl+Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I enjoy {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters; this one has {length}. Split it in two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile holds {limit} notes, the most a profile keeps. Export it to keep them, then start a new profile for the notes to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{older} older notes are kept in the profile (export it to read them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this pack (kept in the profile): {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for the pack {pack}: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences and notices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the career pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find role or skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How to use Pathfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pathfinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a role or skill (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a role or skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack} — {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{learner} — {pack} — {program}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} is a skill: shown in the Skills list, and {role} needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open career pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career packs (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {pack}: {roles} roles, {skills} skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file {file} changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextSkillCard</name>
    <message>
        <source>Next skill to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m learning it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources for {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have {skill} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m learning {skill}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackErrorsDialog</name>
    <message>
        <source>Pack not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {file}. The pack you had open is still loaded; fix the file and open it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, one per line as file:line:column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>Opening career pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file} (the first time takes a while; next time it opens from the cache)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving {file} to the cache for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file} from the cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanExportUi</name>
    <message>
        <source>E&amp;xport plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanIntro</name>
    <message>
        <source>Tip: tick the skills you already have in the Skills list; these fits and your next skill update as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show suggestions instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the target and show suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your route to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route to {target} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes. Choose a role below to aim for instead, or pick another target above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes, and none leads on from where you are now. Pick another target, or change “I am now”, above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles that fit you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The % is how well you and each role match: how much of its essential learning you already have, and how many of your skills it uses. Your interests count too. Pick one to see a route and a learning plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have everything this route needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} hours in all: at {pace} h a week, more than 100 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} hours in all: {span} at {pace} h a week, finishing around {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>Plan details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here: {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this order: what a skill needs comes before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to learn for this route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for this role; they help but are not required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set {name} as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Learn %n skill(s): {names}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No new skills needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people usually spend about {months} months in {role} before this move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs {names} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 move from your current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moves} moves from your current role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job you have now, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job you want; or let Pathfinder suggest some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hours a week you can spend learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First step toward {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good first step toward the closest roles below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good first step toward the roles that fit you best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a move from there leads on to {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest roles you can reach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>This plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · no target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileKeeper</name>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; choose which version to keep first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; fix the problem shown in the status bar, then switch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window and saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileUi</name>
    <message>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some profiles were set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a learner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pathfinder profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {profile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the learner profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note you are writing has not been added to the profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes to this learner&apos;s profile could not be saved (the status bar says why). Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: {message}. Your changes are kept in this window and saved as soon as that works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile ({file}) changed outside this window: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the changes made here, or load the other version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Learner profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{roles} · changed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now} → {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting out → {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{now}, no target yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another profile before deleting this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {profile}. It is in the trash folder until you undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The printer or file could not be opened for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · learning plan · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a plan as “{suffix}”: choose .pdf, .md or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print learning plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <source>Role details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a role in the graph to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this role as your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as my current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this role as your current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this role with another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you can go next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your target role (nothing selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have everything this role needs (100% fit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs. About {hours} hours still to learn ({time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (you have {have} of {total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this role&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your fit {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our estimate: none of the pack&apos;s sources describes this role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleSkillsButton</name>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The skills {name} needs count as yours. You marked some as not held in the Skills list; this counts them all again (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouteView</name>
    <message>
        <source>{learner}&apos;s route to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {hours} a week, from today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to learn for this move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached around {date} · {hours} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a target role to see your route here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>{name} · role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · skill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{weeks} of study at {pace} h a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough hours a learner needs for each skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You know {known} of the {total} skills in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {hours} hours to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} (required by {shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} (learning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are learning this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted as known through a prerequisite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as known because {names} requires it. Tick it to say you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have this skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are learning this skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: tick the box if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} (from your role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{skill} (your role: not held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as yours because your current role needs it. Click the box if you do not have it (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current role needs it, but you marked it as not held, so the plan teaches it. Click the box to count it from your role again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role needs it, not held</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Click a box to tick a skill you have; click again for “learning”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: you have it. Half-filled: you are learning it (it still counts as a gap). Empty: not yet. Grey ticks are prerequisites of skills you ticked. Skills marked “from your role” are the ones your current role needs: they count as yours; click the box of one you lack to mark it as not held. Space changes the selected skill; right-click for a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a skill&apos;s name, id or other name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No skill matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m learning this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from my role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartHint</name>
    <message>
        <source>Start here: tick the skills you already have on the left, then pick the role you want (double-click it in the graph, or choose it under Plan). The best path and the skills left to learn appear on the right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no such profile file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <source>Undid: {edit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redid: {edit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Start with {skills}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {skill} as learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set current role to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {skill} as not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count {skill} from your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>learning plan {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>notes_editor</name>
    <message>
        <source>Edit a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a note to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
