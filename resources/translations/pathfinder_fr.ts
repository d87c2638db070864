<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy runs from Python, not from an installer, so the libraries it uses are those of your Python environment, each with its own licence there. Installers carry a {notices} file listing every bundled library with its licence; it is written when the installer is built (docs/packaging.md).</source>
        <translation>Cette copie s&apos;exécute depuis Python et non depuis un programme d&apos;installation : les bibliothèques qu&apos;elle utilise sont donc celles de votre environnement Python, chacune avec sa propre licence. Les programmes d&apos;installation contiennent un fichier {notices} qui liste chaque bibliothèque incluse avec sa licence ; il est écrit lors de la construction du programme d&apos;installation (docs/packaging.md).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file} : lecture impossible ({reason}).</translation>
    </message>
    <message>
        <source>Pathfinder: MIT licence.</source>
        <translation>Pathfinder : licence MIT.</translation>
    </message>
    <message>
        <source>{name} {version} — an offline career-path explorer.</source>
        <translation>{name} {version} — un explorateur de parcours professionnels hors ligne.</translation>
    </message>
    <message>
        <source>Built on Pathfinder {version}.</source>
        <translation>Basé sur Pathfinder {version}.</translation>
    </message>
    <message>
        <source>Pathfinder is free software under the MIT licence.</source>
        <translation>Pathfinder est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}) · {website}.</source>
        <translation>Par {vendor} ({contact}) · {website}.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}).</source>
        <translation>Par {vendor} ({contact}).</translation>
    </message>
    <message>
        <source>From {vendor} · {website}.</source>
        <translation>Par {vendor} · {website}.</translation>
    </message>
    <message>
        <source>From {vendor}.</source>
        <translation>Par {vendor}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}), licence: {licence}.</source>
        <translation>Paquet ouvert : {pack} (version {version}), licence : {licence}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}).</source>
        <translation>Paquet ouvert : {pack} (version {version}).</translation>
    </message>
    <message>
        <source>The pack this copy ships with is under: {licence}.</source>
        <translation>Le paquet fourni avec cette copie est sous licence : {licence}.</translation>
    </message>
    <message>
        <source>It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; Licences lists each one with its licence text.</source>
        <translation>Il utilise Qt, PySide6 (LGPL 3.0), Python et d&apos;autres bibliothèques ; Licences les liste toutes avec le texte de leur licence.</translation>
    </message>
    <message>
        <source>{name} never connects to the network.</source>
        <translation>{name} ne se connecte jamais au réseau.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licences…</translation>
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
        <translation>Annulé : {change}. {route}</translation>
    </message>
    <message numerus="yes">
        <source>Opened {pack}: %n role(s).</source>
        <translation>
            <numerusform>{pack} ouvert : %n métier.</numerusform>
            <numerusform>{pack} ouvert : %n métiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, in quotes</source>
        <translation>« {value} » n&apos;est pas une date : écrivez-la sous la forme AAAA-MM-JJ, entre guillemets</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source> (did you mean &apos;{id}&apos;?)</source>
        <translation> (vouliez-vous dire « {id} » ?)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a role, not a skill)</source>
        <translation> (« {id} » est un métier, pas une compétence)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a skill, not a role)</source>
        <translation> (« {id} » est une compétence, pas un métier)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>« {id} » figure deux fois</translation>
    </message>
    <message>
        <source>a claim either cites sources or is marked &apos;estimate: true&apos;, not both</source>
        <translation>une affirmation cite des sources ou est marquée « estimate: true », pas les deux</translation>
    </message>
    <message>
        <source>a skill cannot require itself</source>
        <translation>une compétence ne peut pas se requérir elle-même</translation>
    </message>
    <message>
        <source>a certification cannot be its own successor</source>
        <translation>une certification ne peut pas se succéder à elle-même</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is both essential and optional; list it in one of them</source>
        <translation>« {id} » est à la fois essentielle et facultative ; placez-la dans une seule des deux listes</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}</source>
        <translation>facette inconnue « {id} »{hint}</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}; declare it under &apos;facets:&apos; first</source>
        <translation>facette inconnue « {id} »{hint} ; déclarez-la d&apos;abord sous « facets: »</translation>
    </message>
    <message>
        <source>salary high is below salary low</source>
        <translation>le salaire maximal est inférieur au salaire minimal</translation>
    </message>
    <message>
        <source>a role cannot move to itself (&apos;{id}&apos;)</source>
        <translation>un métier ne peut pas mener à lui-même (« {id} »)</translation>
    </message>
    <message>
        <source>duplicate transition {source} -&gt; {target} (first as transitions[{first}])</source>
        <translation>passerelle en double {source} -&gt; {target} (d&apos;abord en transitions[{first}])</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is used by a skill and a role; ids must be unique across skills and roles</source>
        <translation>l&apos;identifiant « {id} » est utilisé par une compétence et par un métier ; les identifiants doivent être uniques parmi les compétences et les métiers</translation>
    </message>
    <message>
        <source>prerequisite cycle: {cycle}</source>
        <translation>cycle de prérequis : {cycle}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;{hint}</source>
        <translation>compétence inconnue « {id} »{hint}</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;{hint}</source>
        <translation>métier inconnu « {id} »{hint}</translation>
    </message>
    <message>
        <source>unknown source &apos;{id}&apos;{hint}</source>
        <translation>source inconnue « {id} »{hint}</translation>
    </message>
    <message>
        <source>duplicate skill id &apos;{id}&apos; (first as skills[{first}])</source>
        <translation>identifiant de compétence en double « {id} » (d&apos;abord en skills[{first}])</translation>
    </message>
    <message>
        <source>duplicate role id &apos;{id}&apos; (first as roles[{first}])</source>
        <translation>identifiant de métier en double « {id} » (d&apos;abord en roles[{first}])</translation>
    </message>
    <message>
        <source>duplicate source id &apos;{id}&apos; (first as sources[{first}])</source>
        <translation>identifiant de source en double « {id} » (d&apos;abord en sources[{first}])</translation>
    </message>
    <message>
        <source>duplicate facet id &apos;{id}&apos; (first as facets[{first}])</source>
        <translation>identifiant de facette en double « {id} » (d&apos;abord en facets[{first}])</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a date looks like 2026-11-22, not {text}</source>
        <translation>une date s&apos;écrit comme 2026-11-22, pas {text}</translation>
    </message>
    <message>
        <source>size must look like 1280x800, not {text}</source>
        <translation>la taille doit s&apos;écrire comme 1280x800, pas {text}</translation>
    </message>
    <message>
        <source>size must be between 200x200 and 8000x8000</source>
        <translation>la taille doit être comprise entre 200x200 et 8000x8000</translation>
    </message>
    <message>
        <source>Offline career-path explorer. Without a command, opens the window.</source>
        <translation>Explorateur de parcours professionnels hors ligne. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>career pack to open (default: the built-in one)</source>
        <translation>paquet de métiers à ouvrir (par défaut : le paquet intégré)</translation>
    </message>
    <message>
        <source>skills to tick at start</source>
        <translation>compétences à cocher au démarrage</translation>
    </message>
    <message>
        <source>current role at start</source>
        <translation>métier actuel au démarrage</translation>
    </message>
    <message>
        <source>target role at start</source>
        <translation>métier visé au démarrage</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>dessiner la fenêtre hors écran dans un PNG, puis quitter</translation>
    </message>
    <message>
        <source>window size for --snapshot</source>
        <translation>taille de la fenêtre pour --snapshot</translation>
    </message>
    <message>
        <source>learner profile to open</source>
        <translation>profil d&apos;apprenant à ouvrir</translation>
    </message>
    <message>
        <source>colour scheme (default: follow the system)</source>
        <translation>jeu de couleurs (par défaut : celui du système)</translation>
    </message>
    <message>
        <source>check pack files; print every problem as FILE:LINE:COL</source>
        <translation>vérifier des fichiers de paquet ; afficher chaque problème sous la forme FICHIER:LIGNE:COL</translation>
    </message>
    <message>
        <source>treat quality warnings as errors (exit {code} when there are any)</source>
        <translation>traiter les avertissements de qualité comme des erreurs (code de sortie {code} s&apos;il y en a)</translation>
    </message>
    <message>
        <source>pack file (default: built-in)</source>
        <translation>fichier de paquet (par défaut : le paquet intégré)</translation>
    </message>
    <message>
        <source>most moves (default {steps})</source>
        <translation>nombre maximal de passerelles (par défaut {steps})</translation>
    </message>
    <message>
        <source>the best path to a role and the skills to learn</source>
        <translation>le meilleur parcours vers un métier et les compétences à acquérir</translation>
    </message>
    <message>
        <source>target role: id or name (default: the profile&apos;s)</source>
        <translation>métier visé : identifiant ou nom (par défaut : celui du profil)</translation>
    </message>
    <message>
        <source>current role: id or name; its essential skills count as skills you have</source>
        <translation>métier actuel : identifiant ou nom ; ses compétences essentielles comptent comme acquises</translation>
    </message>
    <message>
        <source>skills you have (ids or names)</source>
        <translation>compétences que vous avez (identifiants ou noms)</translation>
    </message>
    <message>
        <source>count only the --have skills, not those of the --from role</source>
        <translation>ne compter que les compétences de --have, pas celles du métier de --from</translation>
    </message>
    <message>
        <source>hours a week you can learn (default: the profile&apos;s, else 8)</source>
        <translation>heures par semaine que vous pouvez consacrer à l&apos;apprentissage (par défaut : celles du profil, sinon 8)</translation>
    </message>
    <message>
        <source>learner profile: its skills, current role and target role</source>
        <translation>profil d&apos;apprenant : ses compétences, son métier actuel et son métier visé</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>afficher le plan en JSON</translation>
    </message>
    <message>
        <source>write a learner&apos;s plan as PDF, Markdown or HTML</source>
        <translation>écrire le plan d&apos;un apprenant en PDF, Markdown ou HTML</translation>
    </message>
    <message>
        <source>learner profile (JSON) to write the plan for</source>
        <translation>profil d&apos;apprenant (JSON) pour lequel écrire le plan</translation>
    </message>
    <message>
        <source>plan.pdf, plan.md or plan.html</source>
        <translation>plan.pdf, plan.md ou plan.html</translation>
    </message>
    <message>
        <source>target role id (default: the profile&apos;s)</source>
        <translation>identifiant du métier visé (par défaut : celui du profil)</translation>
    </message>
    <message>
        <source>date of the plan (default: today)</source>
        <translation>date du plan (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>roles that fit the skills you have</source>
        <translation>métiers qui correspondent à vos compétences</translation>
    </message>
    <message>
        <source>current role: its skills count as yours, and roles below its level are left out</source>
        <translation>métier actuel : ses compétences comptent comme les vôtres, et les métiers de niveau inférieur sont écartés</translation>
    </message>
    <message>
        <source>with --from, also list roles below its level</source>
        <translation>avec --from, lister aussi les métiers de niveau inférieur</translation>
    </message>
    <message>
        <source>what you enjoy</source>
        <translation>ce qui vous plaît</translation>
    </message>
    <message>
        <source>list role ids and names</source>
        <translation>lister les identifiants et noms des métiers</translation>
    </message>
    <message>
        <source>list skill ids and names</source>
        <translation>lister les identifiants et noms des compétences</translation>
    </message>
    <message>
        <source>print the JSON Schema of the pack format</source>
        <translation>afficher le schéma JSON (JSON Schema) du format de paquet</translation>
    </message>
    <message>
        <source>language of the output, such as es or fr (default: the system&apos;s, LANG)</source>
        <translation>langue de la sortie, par exemple es ou fr (par défaut : celle du système, LANG)</translation>
    </message>
    <message>
        <source>pathfinder: {problem}</source>
        <translation>pathfinder : {problem}</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file}: %n node(s)</source>
        <translation>
            <numerusform>{file} écrit : %n nœud</numerusform>
            <numerusform>{file} écrit : %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>pathfinder: no translation for &apos;{language}&apos; is installed; using English</source>
        <translation>pathfinder : aucune traduction pour « {language} » n&apos;est installée ; affichage en anglais</translation>
    </message>
    <message>
        <source>Match: how much of each role you already have and how many of your skills it uses (a plan&apos;s figure is only the first part).</source>
        <translation>Correspondance : la part de chaque métier que vous avez déjà et le nombre de vos compétences qu&apos;il utilise (le chiffre d&apos;un plan n&apos;en est que la première partie).</translation>
    </message>
    <message>
        <source>Ranked by match plus a lift for roles that share your interests:</source>
        <translation>Classés par correspondance, avec un bonus pour les métiers qui rejoignent vos centres d&apos;intérêt :</translation>
    </message>
    <message>
        <source>{percent} match</source>
        <translation>{percent} de correspondance</translation>
    </message>
    <message>
        <source>{role} ({id}) (match {fit} + {lift} for your interests): {why}</source>
        <translation>{role} ({id}) (correspondance {fit} + {lift} pour vos centres d&apos;intérêt) : {why}</translation>
    </message>
    <message>
        <source>{role} ({id}): {why}</source>
        <translation>{role} ({id}) : {why}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill} ({id}, {hours}), a first step toward {role}.</source>
        <translation>Prochaine compétence à acquérir : {skill} ({id}, {hours}), un premier pas vers {role}.</translation>
    </message>
    <message>
        <source>{id} {name}  (level {level}, {family})</source>
        <translation>{id} {name}  (niveau {level}, {family})</translation>
    </message>
    <message>
        <source>{id} {name}  ({category}, {hours})</source>
        <translation>{id} {name}  ({category}, {hours})</translation>
    </message>
    <message>
        <source>pathfinder: reading {name} ({size} MB); this takes a while the first time, then it opens from the cache</source>
        <translation>pathfinder : lecture de {name} ({size} Mo) ; la première fois, cela prend un moment, ensuite il s&apos;ouvre depuis le cache</translation>
    </message>
    <message numerus="yes">
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warning(s)</source>
        <translation>
            <numerusform>{path} : ok ({roles} métiers, {skills} compétences, {transitions} passerelles) ; %n avertissement</numerusform>
            <numerusform>{path} : ok ({roles} métiers, {skills} compétences, {transitions} passerelles) ; %n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions)</source>
        <translation>{path} : ok ({roles} métiers, {skills} compétences, {transitions} passerelles)</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder : --max-steps doit valoir 0 ou plus</translation>
    </message>
    <message>
        <source>pathfinder: --hours-per-week must be at least {least} and at most {most}, not {pace}</source>
        <translation>pathfinder : --hours-per-week doit être compris entre {least} et {most}, pas {pace}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder : le métier visé du profil, « {role} », n&apos;est pas dans ce paquet ; indiquez-en un avec --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: plan needs --to ROLE (or a --profile with a target role)</source>
        <translation>pathfinder : plan a besoin de --to ROLE (ou d&apos;un --profile avec un métier visé)</translation>
    </message>
    <message>
        <source>pathfinder: --have-role-skills needs --from ROLE</source>
        <translation>pathfinder : --have-role-skills a besoin de --from ROLE</translation>
    </message>
    <message>
        <source>pathfinder: no path: {reason}</source>
        <translation>pathfinder : aucun parcours : {reason}</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading} :</translation>
    </message>
    <message>
        <source>{hours} h a week</source>
        <translation>{hours} h par semaine</translation>
    </message>
    <message>
        <source>Best path to {target} (starting out, at {pace}):</source>
        <translation>Meilleur parcours vers {target} (vous débutez, à {pace}) :</translation>
    </message>
    <message>
        <source>Best path to {target} ({origin}, at {pace}):</source>
        <translation>Meilleur parcours vers {target} ({origin}, à {pace}) :</translation>
    </message>
    <message>
        <source>  {role}  (where you are)</source>
        <translation>  {role}  (votre position)</translation>
    </message>
    <message>
        <source>  From your role, counted as yours: {skills}</source>
        <translation>  Issues de votre métier, comptées comme acquises : {skills}</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>rien de nouveau à apprendre</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}; people usually spend {months} months in {before} first]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span} ; on reste d&apos;habitude {months} mois en tant que {before} avant]  {skills}</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span}]  {skills}</translation>
    </message>
    <message>
        <source>Total: nothing to learn; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Total : rien à apprendre ; {weeks} au total, avec le temps que l&apos;on passe d&apos;ordinaire dans chaque poste avant de changer ; vous avez déjà {percent} de ce qu&apos;exige {target}</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {study} of study at {pace}; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Total : {hours} heures d&apos;apprentissage, {study} d&apos;étude à {pace} ; {weeks} au total, avec le temps que l&apos;on passe d&apos;ordinaire dans chaque poste avant de changer ; vous avez déjà {percent} de ce qu&apos;exige {target}</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {weeks} at {pace}; you already have {percent} of what {target} needs</source>
        <translation>Total : {hours} heures d&apos;apprentissage, {weeks} à {pace} ; vous avez déjà {percent} de ce qu&apos;exige {target}</translation>
    </message>
    <message>
        <source>Learning plan, in order:</source>
        <translation>Plan d&apos;apprentissage, dans l&apos;ordre :</translation>
    </message>
    <message>
        <source>  {number}. {skill} ({id}), {hours}, for {roles}</source>
        <translation>  {number}. {skill} ({id}), {hours}, pour {roles}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill}</source>
        <translation>Prochaine compétence à acquérir : {skill}</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Pourquoi : {reason}.</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>Plus rien à apprendre : vous pouvez postuler dès maintenant.</translation>
    </message>
    <message>
        <source>Nice to have for {target}: {skills}</source>
        <translation>Un plus pour {target} : {skills}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role is empty; give one with --to ROLE (or write &quot;target_role&quot;: null when none is chosen yet)</source>
        <translation>pathfinder : le métier visé du profil est vide ; indiquez-en un avec --to ROLE (ou écrivez &quot;target_role&quot;: null tant qu&apos;aucun n&apos;est choisi)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: the plan is written as .pdf, .md or .html</source>
        <translation>pathfinder : {file} : le plan s&apos;écrit en .pdf, .md ou .html</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the plan: {why}</source>
        <translation>pathfinder : {file} : impossible d&apos;écrire le plan : {why}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <source>pathfinder: {file}: a PDF needs Qt, which could not start ({why}); write .md or .html instead</source>
        <translation>pathfinder : {file} : un PDF a besoin de Qt, qui n&apos;a pas pu démarrer ({why}) ; écrivez plutôt en .md ou .html</translation>
    </message>
    <message>
        <source>pathfinder: no picture of the path: Qt could not start ({why})</source>
        <translation>pathfinder : pas d&apos;image du parcours : Qt n&apos;a pas pu démarrer ({why})</translation>
    </message>
</context>
<context>
    <name>Closest</name>
    <message>
        <source>{name} ({id}): {percent}% match; {why}</source>
        <translation>{name} ({id}) : {percent} % de correspondance ; {why}</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>write the career graph for Gephi, Cytoscape or yEd (GraphML, GEXF) or the web (JSON)</source>
        <translation>écrire le graphe des métiers pour Gephi, Cytoscape ou yEd (GraphML, GEXF) ou pour le web (JSON)</translation>
    </message>
    <message>
        <source>pack file (default: the built-in one)</source>
        <translation>fichier de paquet (par défaut : le paquet intégré)</translation>
    </message>
    <message>
        <source>file to write: graph.graphml, .gexf or .json</source>
        <translation>fichier à écrire : graph.graphml, .gexf ou .json</translation>
    </message>
    <message>
        <source>file format (default: from the FILE&apos;s suffix)</source>
        <translation>format du fichier (par défaut : d&apos;après l&apos;extension de FILE)</translation>
    </message>
    <message>
        <source>learner profile whose plan is marked on the graph (on_route, step...)</source>
        <translation>profil d&apos;apprenant dont le plan est marqué sur le graphe (on_route, step...)</translation>
    </message>
    <message>
        <source>with --profile: target role (default: the profile&apos;s)</source>
        <translation>avec --profile : métier visé (par défaut : celui du profil)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: say which format to write with --format {formats}, or name the file .graphml, .gexf or .json</source>
        <translation>pathfinder : {file} : indiquez le format à écrire avec --format {formats}, ou nommez le fichier .graphml, .gexf ou .json</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder : --max-steps doit valoir 0 ou plus</translation>
    </message>
    <message>
        <source>pathfinder: --to needs --profile</source>
        <translation>pathfinder : --to a besoin de --profile</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the graph: {why}</source>
        <translation>pathfinder : {file} : impossible d&apos;écrire le graphe : {why}</translation>
    </message>
    <message>
        <source>pathfinder: the profile has no target role; give one with --to ROLE</source>
        <translation>pathfinder : le profil n&apos;a pas de métier visé ; indiquez-en un avec --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder : le métier visé du profil, « {role} », n&apos;est pas dans ce paquet ; indiquez-en un avec --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: no path: {why}</source>
        <translation>pathfinder : aucun parcours : {why}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare roles</source>
        <translation>Comparer des métiers</translation>
    </message>
    <message>
        <source>First role to compare</source>
        <translation>Premier métier à comparer</translation>
    </message>
    <message>
        <source>Second role to compare</source>
        <translation>Second métier à comparer</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>&amp;avec</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Inverser</translation>
    </message>
    <message>
        <source>Swap the two roles</source>
        <translation>Inverser les deux métiers</translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation>Inverser les deux colonnes</translation>
    </message>
    <message>
        <source>Comparison of the two roles</source>
        <translation>Comparaison des deux métiers</translation>
    </message>
    <message>
        <source>✓ marks a skill you already have, ◐ one you are learning. Fit is the share of a role&apos;s essential learning (with prerequisites) you have done.</source>
        <translation>✓ marque une compétence que vous avez déjà, ◐ une compétence en cours d&apos;apprentissage. L&apos;adéquation est la part de l&apos;apprentissage essentiel d&apos;un métier (prérequis compris) que vous avez accomplie.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Role described by</source>
        <translation>Métier décrit par</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Fourchette salariale</translation>
    </message>
    <message>
        <source>Your fit</source>
        <translation>Votre adéquation</translation>
    </message>
    <message>
        <source>Still to learn</source>
        <translation>Reste à apprendre</translation>
    </message>
    <message>
        <source>Essential skills in both</source>
        <translation>Compétences essentielles dans les deux</translation>
    </message>
    <message>
        <source>Essential only here</source>
        <translation>Essentielles ici seulement</translation>
    </message>
    <message>
        <source>Optional skills in both</source>
        <translation>Compétences facultatives dans les deux</translation>
    </message>
    <message>
        <source>Optional only here</source>
        <translation>Facultatives ici seulement</translation>
    </message>
    <message>
        <source>The hours for this role&apos;s own essential skills. A route to it may pass through other roles that ask for more; the Plan panel shows that total.</source>
        <translation>Les heures des compétences essentielles propres à ce métier. Un itinéraire pour y parvenir peut passer par d&apos;autres métiers qui en demandent davantage ; le panneau Plan affiche ce total.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Not given for this role in the career pack</source>
        <translation>Non indiqué pour ce métier dans le paquet de métiers</translation>
    </message>
    <message>
        <source>not given in this pack</source>
        <translation>non indiqué dans ce paquet</translation>
    </message>
    <message>
        <source>not said in this pack</source>
        <translation>non précisé dans ce paquet</translation>
    </message>
    <message>
        <source>{percent}% of the essential learning</source>
        <translation>{percent} % de l&apos;apprentissage essentiel</translation>
    </message>
    <message>
        <source>nothing: you have every essential skill</source>
        <translation>rien : vous avez toutes les compétences essentielles</translation>
    </message>
    <message>
        <source>about {hours} hours ({time})</source>
        <translation>environ {hours} heures ({time})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Pathfinder hit a problem</source>
        <translation>Pathfinder a rencontré un problème</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Something went wrong inside Pathfinder. {saved} {logged} You can keep working; if anything looks wrong, close Pathfinder and open it again. To report the problem, copy the details below.</source>
        <translation>Un problème est survenu dans Pathfinder. {saved} {logged} Vous pouvez continuer à travailler ; si quelque chose vous semble anormal, fermez Pathfinder et rouvrez-le. Pour signaler le problème, copiez les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>The details could not be written to a log ({reason}).</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un journal ({reason}).</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Les détails se trouvent dans {log}.</translation>
    </message>
    <message>
        <source>No profile was open, so there was nothing to save.</source>
        <translation>Aucun profil n&apos;était ouvert : il n&apos;y avait rien à enregistrer.</translation>
    </message>
    <message>
        <source>Your profile was saved to {path}.</source>
        <translation>Votre profil a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Your profile could not be saved just now ({path} keeps its last saved version).</source>
        <translation>Votre profil n&apos;a pas pu être enregistré à l&apos;instant ({path} garde sa dernière version enregistrée).</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>aucun délai</translation>
    </message>
    <message>
        <source>about a week</source>
        <translation>environ une semaine</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s)</source>
        <translation>
            <numerusform>plus de %n an</numerusform>
            <numerusform>plus de %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n year(s)</source>
        <translation>
            <numerusform>au-delà de %n an</numerusform>
            <numerusform>au-delà de %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>semaine {week}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>semaines {first} à {last}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>long date</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>short date</comment>
        <translation>{day} {month} {year}</translation>
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
        <translation>est un dossier, pas un fichier de paquet</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>est un dossier, pas un fichier de profil</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier : {reason}</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Roles shown in the graph</source>
        <translation>Métiers affichés dans le graphe</translation>
    </message>
    <message>
        <source>Show a family of roles</source>
        <translation>Afficher une famille de métiers</translation>
    </message>
    <message>
        <source>Add every role of one family to the graph</source>
        <translation>Ajouter au graphe tous les métiers d&apos;une famille</translation>
    </message>
    <message>
        <source>Back to my roles</source>
        <translation>Retour à mes métiers</translation>
    </message>
    <message>
        <source>Show only the roles around you, your target and path</source>
        <translation>Afficher seulement les métiers autour de vous, votre métier visé et votre parcours</translation>
    </message>
    <message>
        <source>Show a family…</source>
        <translation>Afficher une famille…</translation>
    </message>
    <message>
        <source>{family} ({count})</source>
        <translation>{family} ({count})</translation>
    </message>
    <message>
        <source>Showing all {total} roles</source>
        <translation>Affichage des {total} métiers</translation>
    </message>
    <message>
        <source>Showing {count} of {total} roles: around you</source>
        <translation>Affichage de {count} métiers sur {total} : autour de vous</translation>
    </message>
    <message>
        <source>Show roles around me</source>
        <translation>Afficher les métiers autour de moi</translation>
    </message>
    <message>
        <source>Show all roles</source>
        <translation>Afficher tous les métiers</translation>
    </message>
    <message>
        <source>Back to the roles around you</source>
        <translation>Retour aux métiers autour de vous</translation>
    </message>
    <message>
        <source>Draw every role of the pack; zoom in to read them</source>
        <translation>Affiche tous les métiers du paquet ; zoomez pour les lire</translation>
    </message>
</context>
<context>
    <name>GraphKeys</name>
    <message>
        <source>Move {number} of {count} with {role}</source>
        <translation>Passerelle {number} sur {count} avec {role}</translation>
    </message>
    <message>
        <source>{left} / {right}</source>
        <translation>{left} / {right}</translation>
    </message>
    <message>
        <source>The role one level down or up in the same family lane</source>
        <translation>Le métier un niveau plus bas ou plus haut dans la même famille</translation>
    </message>
    <message>
        <source>{up} / {down}</source>
        <translation>{up} / {down}</translation>
    </message>
    <message>
        <source>The role above or below: same level first, else the neighbouring lane</source>
        <translation>Le métier au-dessus ou en dessous : même niveau d’abord, sinon la famille voisine</translation>
    </message>
    <message>
        <source>Follow a move out of the selected role (your route&apos;s first)</source>
        <translation>Suivre une passerelle qui part du métier sélectionné (celle de votre itinéraire d’abord)</translation>
    </message>
    <message>
        <source>Go back along a move into the selected role</source>
        <translation>Revenir par une passerelle qui mène au métier sélectionné</translation>
    </message>
    <message>
        <source>Try the other moves of the same role, one after another</source>
        <translation>Essayer les autres passerelles du même métier, l’une après l’autre</translation>
    </message>
    <message>
        <source>Make the selected role your target</source>
        <translation>Faire du métier sélectionné votre métier visé</translation>
    </message>
    <message>
        <source>Show the selected role&apos;s details</source>
        <translation>Afficher le détail du métier sélectionné</translation>
    </message>
    <message>
        <source>{menu} / {shift_f10}</source>
        <translation>{menu} / {shift_f10}</translation>
    </message>
    <message>
        <source>More for the selected role: set as current role, compare</source>
        <translation>Plus d’actions pour le métier sélectionné : en faire votre métier actuel, comparer</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Graph legend</source>
        <translation>Légende du graphe</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the graph legend</source>
        <translation>Afficher ou masquer la légende du graphe</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Afficher ou masquer la légende</translation>
    </message>
    <message>
        <source>Fit to your skills, 0–100 %</source>
        <translation>Adéquation à vos compétences, 0–100 %</translation>
    </message>
    <message>
        <source>Best path to your target</source>
        <translation>Meilleur parcours vers votre métier visé</translation>
    </message>
    <message>
        <source>Possible move</source>
        <translation>Passerelle possible</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your current role</source>
        <translation>Votre métier actuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>Your target role</source>
        <translation>Votre métier visé</translation>
    </message>
    <message>
        <source>Skill still to learn, in order</source>
        <translation>Compétence restant à acquérir, dans l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>Level {level} · {family}</source>
        <translation>Niveau {level} · {family}</translation>
    </message>
    <message>
        <source>Double-click to make it your target</source>
        <translation>Double-cliquez pour en faire votre métier visé</translation>
    </message>
    <message>
        <source>Fit to your skills: {fit}</source>
        <translation>Adéquation à vos compétences : {fit}</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) · {hours} h</source>
        <translation>
            <numerusform>%n compétence · {hours} h</numerusform>
            <numerusform>%n compétences · {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <source>To learn for {role_name}: {names}. Click to open the route view.</source>
        <translation>À apprendre pour {role_name} : {names}. Cliquez pour ouvrir la vue de l&apos;itinéraire.</translation>
    </message>
    <message>
        <source>Career graph</source>
        <translation>Graphe des métiers</translation>
    </message>
    <message>
        <source>Roles by family and level. Arrow keys move between roles, Alt with an arrow along their moves, Enter makes the selected role your target, Space shows its details, the menu key offers more.</source>
        <translation>Métiers par famille et par niveau. Les flèches passent d&apos;un métier à l&apos;autre, Alt avec une flèche suit leurs passerelles, Entrée fait du métier sélectionné votre métier visé, Espace affiche ses détails, la touche Menu propose d&apos;autres actions.</translation>
    </message>
    <message>
        <source>Role actions</source>
        <translation>Actions sur le métier</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Définir comme mon métier a&amp;ctuel</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Définir comme métier &amp;visé</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mparer avec…</translation>
    </message>
    <message>
        <source>Show the &amp;moves around this role</source>
        <translation>Afficher les &amp;passerelles autour de ce métier</translation>
    </message>
    <message>
        <source>Show its whole &amp;family ({family})</source>
        <translation>Afficher toute sa &amp;famille ({family})</translation>
    </message>
    <message>
        <source>Selected: {role}, level {level}, {family}, fit {fit}</source>
        <translation>Sélection : {role}, niveau {level}, {family}, adéquation {fit}</translation>
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
        <translation>Premiers pas avec Pathfinder</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Show me a sample &amp;route</source>
        <translation>Montrez-moi un &amp;itinéraire d&apos;exemple</translation>
    </message>
    <message>
        <source>Pathfinder shows where your skills can take you: the roles of a career pack on a map, the best route to the role you want, and what to learn on the way, in order, with hours and dates. It never goes online.</source>
        <translation>Pathfinder montre où vos compétences peuvent vous mener : les métiers d&apos;un paquet de métiers sur une carte, le meilleur itinéraire vers le métier que vous visez, et ce qu&apos;il faut apprendre en chemin, dans l&apos;ordre, avec les heures et les dates. Il ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>Your first ten minutes</source>
        <translation>Vos dix premières minutes</translation>
    </message>
    <message>
        <source>In the Skills panel on the left, tick the skills you have. Click a tick again to mark a skill you are learning.</source>
        <translation>Dans le panneau Compétences, à gauche, cochez les compétences que vous avez. Cliquez de nouveau sur une coche pour marquer une compétence en cours d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>In the Plan panel, choose the role you have now and the role you want. You can also double-click a role on the map to make it your target.</source>
        <translation>Dans le panneau Plan, choisissez votre métier actuel et le métier que vous visez. Vous pouvez aussi double-cliquer sur un métier de la carte pour en faire votre métier visé.</translation>
    </message>
    <message>
        <source>Set how many hours a week you can give to learning: every date follows it.</source>
        <translation>Indiquez combien d&apos;heures par semaine vous pouvez consacrer à l&apos;apprentissage : toutes les dates en dépendent.</translation>
    </message>
    <message>
        <source>Open the Route tab: your route as a line of stations, the skills to learn before each one, their hours, and the date you reach each station.</source>
        <translation>Ouvrez l&apos;onglet Itinéraire : votre itinéraire sous forme de ligne de stations, les compétences à acquérir avant chacune, leurs heures et la date à laquelle vous atteignez chaque station.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Lire la carte</translation>
    </message>
    <message>
        <source>Roles sit in lanes by family, and in columns by level, from entry roles on the left.</source>
        <translation>Les métiers sont rangés en couloirs par famille et en colonnes par niveau, en partant des métiers d&apos;entrée à gauche.</translation>
    </message>
    <message>
        <source>The thick coloured line is your best route; roles off it fade.</source>
        <translation>La ligne colorée épaisse est votre meilleur itinéraire ; les métiers qui n&apos;en font pas partie s&apos;estompent.</translation>
    </message>
    <message>
        <source>Point at a role to light up its moves and the roles they lead to; click it for its details.</source>
        <translation>Pointez un métier pour faire ressortir ses passerelles et les métiers auxquels elles mènent ; cliquez dessus pour voir ses détails.</translation>
    </message>
    <message>
        <source>The label on a role of your route (for example “5 skills · 120 h”) says what that step needs; click it to open the route view there.</source>
        <translation>L&apos;étiquette d&apos;un métier de votre itinéraire (par exemple « 5 compétences · 120 h ») indique ce que demande cette étape ; cliquez dessus pour ouvrir la vue de l&apos;itinéraire à cet endroit.</translation>
    </message>
    <message>
        <source>The tint and bar of a role show how much of it your skills already cover. Legend, at the bottom left, explains every mark.</source>
        <translation>La teinte et la barre d&apos;un métier montrent quelle part vos compétences en couvrent déjà. La légende, en bas à gauche, explique chaque marque.</translation>
    </message>
    <message>
        <source>For counsellors</source>
        <translation>Pour les conseillers d&apos;orientation</translation>
    </message>
    <message>
        <source>File &gt; Switch profile (Ctrl+L) keeps one profile per learner: type a name and press Enter to open it.</source>
        <translation>Fichier &gt; Changer de profil (Ctrl+L) garde un profil par apprenant : tapez un nom et appuyez sur Entrée pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Notes for a session go in the Learner panel; File &gt; Export plan and File &gt; Print plan hand over the plan on paper.</source>
        <translation>Les notes de séance se saisissent dans le panneau Apprenant ; Fichier &gt; Exporter le plan et Fichier &gt; Imprimer le plan remettent le plan sur papier.</translation>
    </message>
    <message>
        <source>F11 shows the map and the route full screen for a projector, with the learner&apos;s name; Esc leaves.</source>
        <translation>F11 affiche la carte et l&apos;itinéraire en plein écran pour un projecteur, avec le nom de l&apos;apprenant ; Échap pour en sortir.</translation>
    </message>
    <message>
        <source>Show a sample route to {name}</source>
        <translation>Montrer un itinéraire d&apos;exemple vers {name}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a number of hours, not {text}</source>
        <translation>un nombre d&apos;heures, pas {text}</translation>
    </message>
    <message>
        <source>hours must be a number greater than 0 and at most {most}, not {text}</source>
        <translation>les heures doivent être un nombre supérieur à 0 et au plus égal à {most}, pas {text}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100, not {text}</source>
        <translation>un nombre entier de 1 à 100, pas {text}</translation>
    </message>
    <message>
        <source>a number from 1 to 5, not {text}</source>
        <translation>un nombre de 1 à 5, pas {text}</translation>
    </message>
    <message>
        <source>importance runs from 1 to 5, not {text}</source>
        <translation>l&apos;importance va de 1 à 5, pas {text}</translation>
    </message>
    <message>
        <source>tiers are a comma list of {tiers}</source>
        <translation>les catégories sont une liste de {tiers} séparées par des virgules</translation>
    </message>
    <message>
        <source>languages are a comma list of lower-case codes like es or es,fr, not {text}</source>
        <translation>les langues sont une liste de codes en minuscules séparés par des virgules, comme es ou es,fr, pas {text}</translation>
    </message>
    <message>
        <source>turn ESCO or O*NET data files into a career pack</source>
        <translation>transformer des fichiers de données ESCO ou O*NET en paquet de métiers</translation>
    </message>
    <message>
        <source>ESCO occupations and skills (European Commission)</source>
        <translation>Professions et compétences ESCO (Commission européenne)</translation>
    </message>
    <message>
        <source>PATH is the folder with the two ESCO CSV zips (classification and relations), or with their unzipped CSV files.</source>
        <translation>PATH est le dossier qui contient les deux zips CSV d&apos;ESCO (classification et relations), ou leurs fichiers CSV décompressés.</translation>
    </message>
    <message>
        <source>moves by shared skills per role (5)</source>
        <translation>passerelles par compétences partagées, par métier (5)</translation>
    </message>
    <message>
        <source>effort of a skill (40)</source>
        <translation>effort d&apos;une compétence (40)</translation>
    </message>
    <message>
        <source>effort of a knowledge item (80)</source>
        <translation>effort d&apos;un savoir (80)</translation>
    </message>
    <message>
        <source>O*NET occupations, skills and related occupations (US Department of Labor)</source>
        <translation>Professions, compétences et professions apparentées O*NET (ministère du Travail des États-Unis)</translation>
    </message>
    <message>
        <source>PATH is the folder of O*NET database text files (tab-separated, either the text layout or the Excel layout).</source>
        <translation>PATH est le dossier des fichiers texte de la base O*NET (séparés par des tabulations, au format texte ou au format Excel).</translation>
    </message>
    <message>
        <source>related-occupation tiers that become moves (Primary-Short,Primary-Long)</source>
        <translation>catégories de professions apparentées qui deviennent des passerelles (Primary-Short,Primary-Long)</translation>
    </message>
    <message>
        <source>skills and knowledge rated at least this important (1-5) become essential (3.5)</source>
        <translation>les compétences et savoirs dont l&apos;importance est au moins celle-ci (1-5) deviennent essentiels (3.5)</translation>
    </message>
    <message>
        <source>effort of a technology skill (40)</source>
        <translation>effort d&apos;une compétence technologique (40)</translation>
    </message>
    <message>
        <source>effort of a skill (80)</source>
        <translation>effort d&apos;une compétence (80)</translation>
    </message>
    <message>
        <source>effort of a knowledge area (120)</source>
        <translation>effort d&apos;un domaine de savoir (120)</translation>
    </message>
    <message>
        <source>pack to write</source>
        <translation>paquet à écrire</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>ne pas afficher de lignes de progression</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>remarque : {note}</translation>
    </message>
    <message>
        <source>wrote {file} ({size}): {roles} roles, {skills} skills, {transitions} transitions in {seconds} s</source>
        <translation>{file} écrit ({size}) : {roles} métiers, {skills} compétences, {transitions} passerelles en {seconds} s</translation>
    </message>
    <message>
        <source>the two ESCO zips or their unzipped CSV files (occupations_en.csv, ...)</source>
        <translation>les deux zips d&apos;ESCO ou leurs fichiers CSV décompressés (occupations_en.csv, ...)</translation>
    </message>
    <message>
        <source>{folder}: no occupations_en.csv here; expected {what}</source>
        <translation>{folder} : aucun fichier occupations_en.csv ici ; attendu : {what}</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>lecture de {file}</translation>
    </message>
    <message numerus="yes">
        <source>reading occupationSkillRelations.csv ({count} occupation(s))</source>
        <translation>
            <numerusform>lecture de occupationSkillRelations.csv ({count} profession)</numerusform>
            <numerusform>lecture de occupationSkillRelations.csv ({count} professions)</numerusform>
        </translation>
    </message>
    <message>
        <source>deriving prerequisites from skillSkillRelations.csv</source>
        <translation>déduction des prérequis à partir de skillSkillRelations.csv</translation>
    </message>
    <message>
        <source>deriving moves: each role&apos;s {count} most similar at its level or the next</source>
        <translation>déduction des passerelles : pour chaque métier, les {count} plus proches à son niveau ou au suivant</translation>
    </message>
    <message>
        <source>{root}: no {file} here: --language {lang} needs ESCO&apos;s classification files in that language (the &apos;{lang}&apos; classification zip) beside the {base} ones</source>
        <translation>{root} : aucun fichier {file} ici : --language {lang} a besoin des fichiers de classification d&apos;ESCO dans cette langue (le zip de classification « {lang} ») à côté de ceux en {base}</translation>
    </message>
    <message>
        <source>{lang}: {file} has no label for {missing} of the {total}; they show in {base} there: {listed}</source>
        <translation>{lang} : {file} n&apos;a pas de libellé pour {missing} des {total} ; ces éléments s&apos;affichent en {base} dans cette langue : {listed}</translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</source>
        <translation>
            <numerusform>{count} ligne de occupationSkillRelations.csv ignorée : la profession {uri} n&apos;est pas dans le fichier des professions</numerusform>
            <numerusform>{count} lignes de occupationSkillRelations.csv ignorées : la profession {uri} n&apos;est pas dans le fichier des professions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: skill {uri} is not in the skills file</source>
        <translation>
            <numerusform>{count} ligne de occupationSkillRelations.csv ignorée : la compétence {uri} n&apos;est pas dans le fichier des compétences</numerusform>
            <numerusform>{count} lignes de occupationSkillRelations.csv ignorées : la compétence {uri} n&apos;est pas dans le fichier des compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {rows} more row(s) of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</source>
        <translation>
            <numerusform>{rows} ligne de plus de occupationSkillRelations.csv ignorée pour {uris} autres URI inconnues ; les deux zips viennent-ils de la même version d&apos;ESCO ?</numerusform>
            <numerusform>{rows} lignes de plus de occupationSkillRelations.csv ignorées pour {uris} autres URI inconnues ; les deux zips viennent-ils de la même version d&apos;ESCO ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) with relation type &apos;{kind}&apos;</source>
        <translation>
            <numerusform>{count} ligne ignorée avec le type de relation « {kind} »</numerusform>
            <numerusform>{count} lignes ignorées avec le type de relation « {kind} »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of skillSkillRelations.csv that point to skills not in the skills file</source>
        <translation>
            <numerusform>{count} ligne de skillSkillRelations.csv ignorée : elle pointe vers des compétences absentes du fichier des compétences</numerusform>
            <numerusform>{count} lignes de skillSkillRelations.csv ignorées : elles pointent vers des compétences absentes du fichier des compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out {count} optional skill-skill relation(s): only essential ones become prerequisites</source>
        <translation>
            <numerusform>{count} relation facultative entre compétences laissée de côté : seules les essentielles deviennent des prérequis</numerusform>
            <numerusform>{count} relations facultatives entre compétences laissées de côté : seules les essentielles deviennent des prérequis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} essential skill-skill relation(s) became prerequisites; {dropped} dropped because they would form a cycle</source>
        <translation>
            <numerusform>{count} relation essentielle entre compétences est devenue un prérequis ; {dropped} abandonnées, car elles formeraient un cycle</numerusform>
            <numerusform>{count} relations essentielles entre compétences sont devenues des prérequis ; {dropped} abandonnées, car elles formeraient un cycle</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped prerequisite {skill} requires {prerequisite}: it would close the cycle {cycle}</source>
        <translation>prérequis abandonné, {skill} requiert {prerequisite} : il fermerait le cycle {cycle}</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without an ISCO group got level {level}</source>
        <translation>
            <numerusform>{count} profession sans groupe CITP (ISCO) a reçu le niveau {level}</numerusform>
            <numerusform>{count} professions sans groupe CITP (ISCO) ont reçu le niveau {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read {count} skill(s)</source>
        <translation>
            <numerusform>{count} compétence lue</numerusform>
            <numerusform>{count} compétences lues</numerusform>
        </translation>
    </message>
    <message>
        <source>the O*NET database text files (Occupation Data.txt, Technology Skills.txt, ...)</source>
        <translation>les fichiers texte de la base O*NET (Occupation Data.txt, Technology Skills.txt, ...)</translation>
    </message>
    <message>
        <source>{folder}: no {files} here; expected {what}</source>
        <translation>{folder} : aucun fichier {files} ici ; attendu : {what}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>no {file} in {folder}: imported without it</source>
        <translation>aucun fichier {file} dans {folder} : importé sans lui</translation>
    </message>
    <message>
        <source>reading technology skills</source>
        <translation>lecture des compétences technologiques</translation>
    </message>
    <message>
        <source>Technology Skills.txt has no In Demand column (an older O*NET release): every technology skill is optional</source>
        <translation>Technology Skills.txt n&apos;a pas de colonne In Demand (version ancienne d&apos;O*NET) : toutes les compétences technologiques sont facultatives</translation>
    </message>
    <message>
        <source>reading Skills and Knowledge ratings</source>
        <translation>lecture des notes Skills et Knowledge</translation>
    </message>
    <message>
        <source>reading alternate titles and related occupations</source>
        <translation>lecture des intitulés alternatifs et des professions apparentées</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without a Job Zone got the typical zone of their SOC group</source>
        <translation>
            <numerusform>{count} profession sans Job Zone a reçu la zone habituelle de son groupe SOC</numerusform>
            <numerusform>{count} professions sans Job Zone ont reçu la zone habituelle de leur groupe SOC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without Skills or Knowledge ratings kept with their technology skills and related occupations</source>
        <translation>
            <numerusform>{count} profession sans notes Skills ni Knowledge conservée avec ses compétences technologiques et ses professions apparentées</numerusform>
            <numerusform>{count} professions sans notes Skills ni Knowledge conservées avec leurs compétences technologiques et leurs professions apparentées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of {file} for occupations not in Occupation Data.txt</source>
        <translation>
            <numerusform>{count} ligne de {file} ignorée pour des professions absentes de Occupation Data.txt</numerusform>
            <numerusform>{count} lignes de {file} ignorées pour des professions absentes de Occupation Data.txt</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder} : dossier introuvable</translation>
    </message>
    <message>
        <source>{folder}: is a file; give the folder that holds {what}</source>
        <translation>{folder} : c&apos;est un fichier ; indiquez le dossier qui contient {what}</translation>
    </message>
    <message>
        <source>{folder}: cannot read the folder: {why}</source>
        <translation>{folder} : impossible de lire le dossier : {why}</translation>
    </message>
    <message>
        <source>{file}: not a readable zip file ({why})</source>
        <translation>{file} : fichier zip illisible ({why})</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file} : le fichier est vide</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{file}: no column &apos;{column}&apos; in its header (found: {found})</source>
        <translation>{file} : pas de colonne « {column} » dans son en-tête (trouvé : {found})</translation>
    </message>
    <message>
        <source>{file}:{line}: not UTF-8 text</source>
        <translation>{file}:{line} : ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>{file}: cannot read it from the zip ({why})</source>
        <translation>{file} : impossible de le lire dans le zip ({why})</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: {why}</source>
        <translation>{file} : impossible de lire le fichier : {why}</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>écriture du paquet</translation>
    </message>
    <message>
        <source>writing the header</source>
        <translation>écriture de l&apos;en-tête</translation>
    </message>
    <message>
        <source>writing the import notes</source>
        <translation>écriture des notes d&apos;importation</translation>
    </message>
    <message numerus="yes">
        <source>writing {count} skill(s)</source>
        <translation>
            <numerusform>écriture de {count} compétence</numerusform>
            <numerusform>écriture de {count} compétences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} role(s)</source>
        <translation>
            <numerusform>écriture de {count} métier</numerusform>
            <numerusform>écriture de {count} métiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} transition(s)</source>
        <translation>
            <numerusform>écriture de {count} passerelle</numerusform>
            <numerusform>écriture de {count} passerelles</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: cannot write the pack: {why}</source>
        <translation>{file} : impossible d&apos;écrire le paquet : {why}</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>&amp;Map as text…</source>
        <translation>&amp;Carte sous forme de texte…</translation>
    </message>
    <message>
        <source>Route as te&amp;xt…</source>
        <translation>Itinéraire sous forme de te&amp;xte…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Panneau précé&amp;dent</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Pathfinder will use {language} the next time it starts.</source>
        <translation>Pathfinder s&apos;affichera en {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>{start}… ({more} more characters in the profile)</source>
        <translation>{start}… ({more} caractères de plus dans le profil)</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nom de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>What do you enjoy?</source>
        <translation>Qu&apos;est-ce qui vous plaît ?</translation>
    </message>
    <message>
        <source>What do you enjoy</source>
        <translation>Ce qui vous plaît</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Write a note for this session (Ctrl+Enter adds it)</source>
        <translation>Écrivez une note pour cette séance (Ctrl+Enter l&apos;ajoute)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>I enjoy {tag}</source>
        <translation>J&apos;aime : {tag}</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters; this one has {length}. Split it in two.</source>
        <translation>Une note contient au plus {limit} caractères ; celle-ci en a {length}. Coupez-la en deux.</translation>
    </message>
    <message>
        <source>This profile holds {limit} notes, the most a profile keeps. Export it to keep them, then start a new profile for the notes to come.</source>
        <translation>Ce profil contient {limit} notes, le maximum qu&apos;un profil conserve. Exportez-le pour les garder, puis commencez un nouveau profil pour les notes à venir.</translation>
    </message>
    <message>
        <source>{older} older notes are kept in the profile (export it to read them).</source>
        <translation>{older} notes plus anciennes sont conservées dans le profil (exportez-le pour les lire).</translation>
    </message>
    <message>
        <source>Not in this pack (kept in the profile): {ids}</source>
        <translation>Absentes de ce paquet (conservées dans le profil) : {ids}</translation>
    </message>
    <message>
        <source>Kept for the pack {pack}: {names}</source>
        <translation>Conservées pour le paquet {pack} : {names}</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Licences and notices</source>
        <translation>Licences et mentions</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a link must be an http:// or https:// URL</source>
        <translation>un lien doit être une URL en http:// ou https://</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espace</translation>
    </message>
    <message>
        <source>a link cannot hold {char}: write it as {code}</source>
        <translation>un lien ne peut pas contenir {char} : écrivez-le {code}</translation>
    </message>
    <message>
        <source>a link&apos;s &apos;%&apos; must start a code like %20 (write a &apos;%&apos; itself as %25)</source>
        <translation>le « % » d&apos;un lien doit commencer un code comme %20 (écrivez un « % » lui-même sous la forme %25)</translation>
    </message>
    <message>
        <source>a link&apos;s host in [...] must be an IPv6 address</source>
        <translation>l&apos;hôte d&apos;un lien entre [...] doit être une adresse IPv6</translation>
    </message>
    <message>
        <source>a link&apos;s port must be a number from 0 to 65535</source>
        <translation>le port d&apos;un lien doit être un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>a link must name a host after {scheme}:// (like {scheme}://example.org/page)</source>
        <translation>un lien doit nommer un hôte après {scheme}:// (comme {scheme}://example.org/page)</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a valid host name in a link</source>
        <translation>« {host} » n&apos;est pas un nom d&apos;hôte valide dans un lien</translation>
    </message>
</context>
<context>
    <name>Located</name>
    <message>
        <source>unexpected YAML structure</source>
        <translation>structure YAML inattendue</translation>
    </message>
    <message>
        <source>the document expands to too many values (too many aliases?); refusing to read it</source>
        <translation>le document se développe en trop de valeurs (trop d&apos;alias ?) ; lecture refusée</translation>
    </message>
    <message>
        <source>the alias *{anchor} names no anchor defined before it</source>
        <translation>l&apos;alias *{anchor} ne nomme aucune ancre définie avant lui</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>une clé doit être un simple mot</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first at line {line}, column {column})</source>
        <translation>clé en double « {key} » (d&apos;abord à la ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported in packs</source>
        <translation>les clés de fusion (&lt;&lt;) ne sont pas prises en charge dans les paquets</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too large to read</source>
        <translation>un nombre de {digits} chiffres est trop grand pour être lu</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}: {reason}</source>
        <translation>impossible de lire {value} comme {tag} : {reason}</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caractères)</translation>
    </message>
    <message>
        <source>the tag {tag} is not allowed in a pack (tags that build objects never are)</source>
        <translation>la balise {tag} n&apos;est pas autorisée dans un paquet (les balises qui construisent des objets ne le sont jamais)</translation>
    </message>
    <message>
        <source>a pack is one YAML document; this file has another one after &apos;---&apos;</source>
        <translation>un paquet est un seul document YAML ; ce fichier en contient un autre après « --- »</translation>
    </message>
    <message>
        <source>{problem} (a tab: indent with spaces; YAML does not allow tabs there)</source>
        <translation>{problem} (une tabulation : indentez avec des espaces ; YAML n&apos;autorise pas les tabulations à cet endroit)</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>un caractère</translation>
    </message>
    <message>
        <source>{character} is not allowed in YAML text ({reason})</source>
        <translation>{character} n&apos;est pas autorisé dans un texte YAML ({reason})</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML non valide : {problem}</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>imbrication de plus de {levels} niveaux</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Notepad&apos;s &apos;Unicode&apos;); save it as UTF-8</source>
        <translation>le fichier est en texte UTF-16 (« Unicode » du Bloc-notes) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8)</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>indent with spaces; YAML does not allow tabs there</source>
        <translation>indentez avec des espaces ; YAML n&apos;autorise pas les tabulations à cet endroit</translation>
    </message>
    <message>
        <source>check the indentation, or put a value with &apos;: &apos; in quotes</source>
        <translation>vérifiez l&apos;indentation, ou mettez entre guillemets une valeur qui contient « : »</translation>
    </message>
    <message>
        <source>a list opened with &apos;[&apos; is not closed</source>
        <translation>une liste ouverte par « [ » n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>an entry opened with &apos;{&apos; is not closed</source>
        <translation>une entrée ouverte par « { » n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a key needs &apos;:&apos; after it (or a quote is not closed)</source>
        <translation>une clé doit être suivie de « : » (ou un guillemet n&apos;est pas fermé)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>check the indentation of this list entry</source>
        <translation>vérifiez l&apos;indentation de cette entrée de liste</translation>
    </message>
    <message>
        <source>check the indentation of this line</source>
        <translation>vérifiez l&apos;indentation de cette ligne</translation>
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
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Pack changed on disk</source>
        <translation>Paquet modifié sur le disque</translation>
    </message>
    <message>
        <source>Opening the career pack…</source>
        <translation>Ouverture du paquet de métiers…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Détails du métier</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
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
        <translation>Aucune correspondance pour « {query} »</translation>
    </message>
    <message>
        <source>{skill} is a skill: shown in the Skills list, and {role} needs it</source>
        <translation>{skill} est une compétence : elle est affichée dans la liste Compétences, et {role} en a besoin</translation>
    </message>
    <message>
        <source>&amp;Undo {text}</source>
        <translation>&amp;Annuler {text}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {text}</source>
        <translation>&amp;Rétablir {text}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>&amp;Ouvrir un paquet…</translation>
    </message>
    <message>
        <source>&amp;Reload pack</source>
        <translation>&amp;Recharger le paquet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find role or skill…</source>
        <translation>Rec&amp;hercher un métier ou une compétence…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation>A&amp;juster le graphe à la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Compare roles…</source>
        <translation>&amp;Comparer des métiers…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;How to use Pathfinder</source>
        <translation>&amp;Comment utiliser Pathfinder</translation>
    </message>
    <message>
        <source>&amp;About Pathfinder</source>
        <translation>À &amp;propos de Pathfinder</translation>
    </message>
    <message>
        <source>Search and view</source>
        <translation>Recherche et affichage</translation>
    </message>
    <message>
        <source>Find a role or skill (Ctrl+F)</source>
        <translation>Rechercher un métier ou une compétence (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a role or skill</source>
        <translation>Rechercher un métier ou une compétence</translation>
    </message>
    <message>
        <source>Open career pack</source>
        <translation>Ouvrir un paquet de métiers</translation>
    </message>
    <message>
        <source>Career packs (*.yaml *.yml)</source>
        <translation>Paquets de métiers (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Opened {pack}: {roles} roles, {skills} skills</source>
        <translation>{pack} ouvert : {roles} métiers, {skills} compétences</translation>
    </message>
    <message>
        <source>The pack file {file} changed on disk.</source>
        <translation>Le fichier de paquet {file} a été modifié sur le disque.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>&apos;{id}&apos; names more than one role: {candidates}</source>
        <translation>« {id} » désigne plus d&apos;un métier : {candidates}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; names more than one skill: {candidates}</source>
        <translation>« {id} » désigne plus d&apos;une compétence : {candidates}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>métier inconnu « {id} » (vouliez-vous dire {offers} ?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>compétence inconnue « {id} » (vouliez-vous dire {offers} ?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>métier inconnu « {id} » (vouliez-vous dire « {offer} » ?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>compétence inconnue « {id} » (vouliez-vous dire « {offer} » ?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;</source>
        <translation>métier inconnu « {id} »</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;</source>
        <translation>compétence inconnue « {id} »</translation>
    </message>
</context>
<context>
    <name>NextSkillCard</name>
    <message>
        <source>Next skill to learn</source>
        <translation>Prochaine compétence à acquérir</translation>
    </message>
    <message>
        <source>I have it now</source>
        <translation>Je l&apos;ai acquise</translation>
    </message>
    <message>
        <source>I&apos;m learning it</source>
        <translation>Je l&apos;apprends</translation>
    </message>
    <message>
        <source>About {hours} hours</source>
        <translation>Environ {hours} heures</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Resources for {skill}</source>
        <translation>Ressources pour {skill}</translation>
    </message>
    <message>
        <source>I have {skill} now</source>
        <translation>J&apos;ai acquis {skill}</translation>
    </message>
    <message>
        <source>I&apos;m learning {skill}</source>
        <translation>J&apos;apprends {skill}</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>your next move, to {role}, needs it</source>
        <translation>votre prochaine passerelle, vers {role}, en a besoin</translation>
    </message>
    <message>
        <source>1 other skill in your plan builds on it</source>
        <translation>1 autre compétence de votre plan s&apos;appuie dessus</translation>
    </message>
    <message numerus="yes">
        <source>%n other skills in your plan build on it</source>
        <translation>
            <numerusform>%n autre compétence de votre plan s&apos;appuie dessus</numerusform>
            <numerusform>%n autres compétences de votre plan s&apos;appuient dessus</numerusform>
        </translation>
    </message>
    <message>
        <source>it is one of the core skills of {role}</source>
        <translation>c&apos;est l&apos;une des compétences clés du métier {role}</translation>
    </message>
    <message numerus="yes">
        <source>it is a foundation: %n roles in this pack need it</source>
        <translation>
            <numerusform>c&apos;est une base : %n métier de ce paquet en a besoin</numerusform>
            <numerusform>c&apos;est une base : %n métiers de ce paquet en ont besoin</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} needs it and nothing in your plan must come before it</source>
        <translation>le métier {role} en a besoin et rien dans votre plan ne doit passer avant</translation>
    </message>
    <message>
        <source>{reasons} and {last}</source>
        <translation>{reasons} et {last}</translation>
    </message>
    <message>
        <source>{skill} comes first: {reasons}</source>
        <translation>{skill} vient en premier : {reasons}</translation>
    </message>
</context>
<context>
    <name>OutlineDialog</name>
    <message>
        <source>Map and route as text</source>
        <translation>Carte et itinéraire sous forme de texte</translation>
    </message>
    <message>
        <source>Map outline: families, levels, roles and moves</source>
        <translation>Plan de la carte : familles, niveaux, métiers et passerelles</translation>
    </message>
    <message>
        <source>Your route, step by step</source>
        <translation>Votre itinéraire, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Itinéraire</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Définir comme mon &amp;métier actuel</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Définir comme métier &amp;visé</translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n role(s)</source>
        <translation>
            <numerusform>{family} : %n métier</numerusform>
            <numerusform>{family} : %n métiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>Moves to {role} (level {level})</source>
        <translation>Passerelles vers {role} (niveau {level})</translation>
    </message>
    <message>
        <source>No moves onward from this role</source>
        <translation>Aucune passerelle au-delà de ce métier</translation>
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
        <translation>« {code} » n&apos;est pas un code de langue : un paquet avec des traductions indique sa propre langue par son code, comme en</translation>
    </message>
    <message>
        <source>{code} is the pack&apos;s own language (language: {code}): its words are the plain name, summary and description fields</source>
        <translation>{code} est la langue propre du paquet (language: {code}) : ses textes sont les champs name, summary et description eux-mêmes</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code: write the two-letter code in lower case (es, fr, de), with a region after a dash if needed (pt-BR)</source>
        <translation>« {code} » n&apos;est pas un code de langue : écrivez le code à deux lettres en minuscules (es, fr, de), suivi si besoin d&apos;une région après un tiret (pt-BR)</translation>
    </message>
    <message>
        <source>unknown role &apos;{name}&apos;{hint}</source>
        <translation>métier inconnu « {name} »{hint}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{name}&apos;{hint}</source>
        <translation>compétence inconnue « {name} »{hint}</translation>
    </message>
    <message>
        <source>no role has the family &apos;{name}&apos;{hint}</source>
        <translation>aucun métier n&apos;a la famille « {name} »{hint}</translation>
    </message>
    <message>
        <source>no skill has the category &apos;{name}&apos;{hint}</source>
        <translation>aucune compétence n&apos;a la catégorie « {name} »{hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of the family &apos;{other}&apos; in this language: their lanes would merge into one</source>
        <translation>« {name} » est déjà le nom de la famille « {other} » dans cette langue : leurs couloirs fusionneraient en un seul</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} et %n autre</numerusform>
            <numerusform>{listed} et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n role(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>aucun nom en {code} pour %n métier, affiché en {own} : {listed}</numerusform>
            <numerusform>aucun nom en {code} pour %n métiers, affichés en {own} : {listed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n skill(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>aucun nom en {code} pour %n compétence, affichée en {own} : {listed}</numerusform>
            <numerusform>aucun nom en {code} pour %n compétences, affichées en {own} : {listed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackErrorsDialog</name>
    <message>
        <source>Pack not opened</source>
        <translation>Paquet non ouvert</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Problèmes du paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {file}. The pack you had open is still loaded; fix the file and open it again.</source>
        <translation>
            <numerusform>%n problème dans {file}. Le paquet déjà ouvert reste chargé ; corrigez le fichier et rouvrez-le.</numerusform>
            <numerusform>%n problèmes dans {file}. Le paquet déjà ouvert reste chargé ; corrigez le fichier et rouvrez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, one per line as file:line:column</source>
        <translation>Problèmes, un par ligne, au format fichier:ligne:colonne</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Copier les problèmes</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>Opening career pack</source>
        <translation>Ouverture du paquet de métiers</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Checking {file} (the first time takes a while; next time it opens from the cache)…</source>
        <translation>Vérification de {file} (la première fois prend un moment ; la prochaine fois, il s&apos;ouvrira depuis le cache)…</translation>
    </message>
    <message>
        <source>Saving {file} to the cache for next time…</source>
        <translation>Enregistrement de {file} dans le cache pour la prochaine fois…</translation>
    </message>
    <message>
        <source>Opening {file} from the cache…</source>
        <translation>Ouverture de {file} depuis le cache…</translation>
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
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid currency: use its three-letter code in capitals, like USD</source>
        <translation>&apos;{value}&apos; n&apos;est pas une devise valide : utilisez son code à trois lettres en majuscules, comme USD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}: use lower-case letters, digits and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;{value}&apos; n&apos;est pas valide comme {field} : utilisez des lettres minuscules, des chiffres et &apos;-&apos;, en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as a date: write &quot;{spelling}&quot; in quotes</source>
        <translation>{field} doit être du texte, mais YAML lit {spelling} comme une date : écrivez &quot;{spelling}&quot; entre guillemets</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as {shown}: write &quot;{spelling}&quot; in quotes if you mean the text</source>
        <translation>{field} doit être du texte, mais YAML lit {spelling} comme {shown} : écrivez &quot;{spelling}&quot; entre guillemets s&apos;il s&apos;agit de texte</translation>
    </message>
    <message>
        <source> (write &quot;{word}&quot; in quotes if you mean the text)</source>
        <translation> (écrivez &quot;{word}&quot; entre guillemets s&apos;il s&apos;agit de texte)</translation>
    </message>
    <message>
        <source>{field} must be text, not {shown}{hint}</source>
        <translation>{field} doit être du texte, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {shown}{hint}</source>
        <translation>{field} doit être un nombre entier, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a number, not {shown}{hint}</source>
        <translation>{field} doit être un nombre, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping, not {shown}{hint}</source>
        <translation>{field} doit être un dictionnaire, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a list, not {shown}{hint}</source>
        <translation>{field} doit être une liste, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping of keys, not {shown}{hint}</source>
        <translation>{field} doit être un dictionnaire de clés, et non {shown}{hint}</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>une valeur fixe</translation>
    </message>
    <message>
        <source>{field} must be {expected}, not {shown}</source>
        <translation>{field} doit être {expected}, et non {shown}</translation>
    </message>
    <message>
        <source>level must be a whole number from 1 to 5, not {shown}</source>
        <translation>level doit être un nombre entier de 1 à 5, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must be greater than {bound}, not {shown}</source>
        <translation>{field} doit être supérieur à {bound}, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must be at least {bound}, not {shown}</source>
        <translation>{field} doit valoir au moins {bound}, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must be at most {bound}, not {shown}</source>
        <translation>{field} doit valoir au plus {bound}, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must be less than {bound}, not {shown}</source>
        <translation>{field} doit être inférieur à {bound}, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} ne doit pas être vide</translation>
    </message>
    <message>
        <source>{field} needs at least one entry</source>
        <translation>{field} doit contenir au moins une entrée</translation>
    </message>
    <message>
        <source>{field}: a facet value must be text, a mapping with &apos;text&apos;, or a list of them, not {shown}</source>
        <translation>{field} : une valeur de facette doit être du texte, un dictionnaire avec &apos;text&apos;, ou une liste de ceux-ci, et non {shown}</translation>
    </message>
    <message>
        <source>{field} must be a finite number</source>
        <translation>{field} doit être un nombre fini</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits); it must be at most {bound}</source>
        <translation>{field} est trop grand (un nombre de {digits} chiffres) ; il doit valoir au plus {bound}</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits)</source>
        <translation>{field} est trop grand (un nombre de {digits} chiffres)</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {plain} or {written})</source>
        <translation> (YAML lit {text} comme du texte : écrivez {plain} ou {written})</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {written})</source>
        <translation> (YAML lit {text} comme du texte : écrivez {written})</translation>
    </message>
    <message>
        <source> (a pack does not read {text} as a base-60 number: write a plain number, such as {value})</source>
        <translation> (un paquet ne lit pas {text} comme un nombre en base 60 : écrivez un nombre simple, par exemple {value})</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>avertissement : {message}</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; a pack is never that big</source>
        <translation>le fichier dépasse {size} Mo ; un paquet n&apos;est jamais aussi volumineux</translation>
    </message>
    <message>
        <source>the pack is empty; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>le paquet est vide ; il doit commencer par &apos;pathfinder: 1&apos;</translation>
    </message>
    <message>
        <source>the pack is not a mapping of keys; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>le paquet n&apos;est pas un dictionnaire de clés ; il doit commencer par &apos;pathfinder: 1&apos;</translation>
    </message>
    <message>
        <source>this pack uses format version {version}; this Pathfinder reads version {supported} (update Pathfinder)</source>
        <translation>ce paquet utilise la version de format {version} ; ce Pathfinder lit la version {supported} (mettez Pathfinder à jour)</translation>
    </message>
    <message>
        <source>&apos;pathfinder: 1&apos; (the format version) is required at the top of the pack</source>
        <translation>&apos;pathfinder: 1&apos; (la version du format) est obligatoire en tête du paquet</translation>
    </message>
    <message>
        <source>pathfinder must be the number {version}, not text: remove the quotes</source>
        <translation>pathfinder doit être le nombre {version}, pas du texte : retirez les guillemets</translation>
    </message>
    <message>
        <source>pathfinder must be {version} (the format version), not {found}</source>
        <translation>pathfinder doit valoir {version} (la version du format), et non {found}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a key must be a plain word, but YAML reads {word} as {what}: write &quot;{word}&quot; in quotes if you mean the text</source>
        <translation>une clé doit être un simple mot, mais YAML lit {word} comme {what} : écrivez &quot;{word}&quot; entre guillemets s&apos;il s&apos;agit de texte</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;{hint} (keys starting with &apos;x-&apos; are kept and ignored)</source>
        <translation>clé inconnue &apos;{key}&apos;{hint} (les clés commençant par &apos;x-&apos; sont conservées et ignorées)</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>clé obligatoire &apos;{key}&apos; manquante</translation>
    </message>
</context>
<context>
    <name>PlanExportUi</name>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>E&amp;xporter le plan…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>Im&amp;primer le plan…</translation>
    </message>
    <message>
        <source>Export the learning plan</source>
        <translation>Exporter le plan d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Plan non exporté</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Plan enregistré dans {path}</translation>
    </message>
    <message>
        <source>Plan sent to the printer</source>
        <translation>Plan envoyé à l&apos;imprimante</translation>
    </message>
</context>
<context>
    <name>PlanIntro</name>
    <message>
        <source>Tip: tick the skills you already have in the Skills list; these fits and your next skill update as you go.</source>
        <translation>Astuce : cochez les compétences que vous avez déjà dans la liste Compétences ; ces adéquations et votre prochaine compétence se mettent à jour au fur et à mesure.</translation>
    </message>
    <message>
        <source>Show suggestions instead</source>
        <translation>Afficher plutôt des suggestions</translation>
    </message>
    <message>
        <source>Clear the target and show suggestions</source>
        <translation>Effacer le métier visé et afficher des suggestions</translation>
    </message>
    <message>
        <source>Your route to {target}</source>
        <translation>Votre itinéraire vers {target}</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs.</source>
        <translation>Vous avez déjà {percent} % de ce que ce métier demande.</translation>
    </message>
    <message>
        <source>No route to {target} yet</source>
        <translation>Pas encore d&apos;itinéraire vers {target}</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes. Choose a role below to aim for instead, or pick another target above.</source>
        <translation>Les itinéraires suivent les passerelles entre métiers que décrit ce paquet de métiers. Choisissez plutôt ci-dessous un métier à viser, ou un autre métier visé ci-dessus.</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes, and none leads on from where you are now. Pick another target, or change “I am now”, above.</source>
        <translation>Les itinéraires suivent les passerelles entre métiers que décrit ce paquet de métiers, et aucune ne part de votre situation actuelle. Choisissez un autre métier visé, ou modifiez « Je suis aujourd&apos;hui » ci-dessus.</translation>
    </message>
    <message>
        <source>Roles that fit you</source>
        <translation>Métiers qui vous correspondent</translation>
    </message>
    <message>
        <source>The % is how well you and each role match: how much of its essential learning you already have, and how many of your skills it uses. Your interests count too. Pick one to see a route and a learning plan.</source>
        <translation>Le % indique à quel point vous et chaque métier correspondez : la part de ses apprentissages essentiels que vous avez déjà, et le nombre de vos compétences qu&apos;il utilise. Vos centres d&apos;intérêt comptent aussi. Choisissez-en un pour voir un itinéraire et un plan d&apos;apprentissage.</translation>
    </message>
    <message>
        <source>You have everything this route needs.</source>
        <translation>Vous avez tout ce que cet itinéraire demande.</translation>
    </message>
    <message>
        <source>{hours} hours in all: at {pace} h a week, more than 100 years.</source>
        <translation>{hours} heures au total : à {pace} h par semaine, plus de 100 ans.</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>environ %n semaine</numerusform>
            <numerusform>environ %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to study. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>Rien à étudier. Avec le temps que l&apos;on passe d&apos;ordinaire dans chaque poste avant de changer, {span} au total, pour finir vers {when}.</translation>
    </message>
    <message>
        <source>{hours} hours of study: {study} at {pace} h a week. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>{hours} heures d&apos;étude : {study} à {pace} h par semaine. Avec le temps que l&apos;on passe d&apos;ordinaire dans chaque poste avant de changer, {span} au total, pour finir vers {when}.</translation>
    </message>
    <message>
        <source>{hours} hours in all: {span} at {pace} h a week, finishing around {when}.</source>
        <translation>{hours} heures au total : {span} à {pace} h par semaine, pour finir vers {when}.</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>1 move from your current role</source>
        <translation>1 passerelle depuis votre métier actuel</translation>
    </message>
    <message>
        <source>{moves} moves from your current role</source>
        <translation>{moves} passerelles depuis votre métier actuel</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Détails du plan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>You are here: {here}</source>
        <translation>Vous êtes ici : {here}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan d&apos;apprentissage</translation>
    </message>
    <message>
        <source>In this order: what a skill needs comes before it.</source>
        <translation>Dans cet ordre : les prérequis d&apos;une compétence passent avant elle.</translation>
    </message>
    <message>
        <source>Nothing left to learn for this route.</source>
        <translation>Plus rien à apprendre pour cet itinéraire.</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Atouts en plus</translation>
    </message>
    <message>
        <source>Optional for this role; they help but are not required.</source>
        <translation>Facultatives pour ce métier ; elles aident mais ne sont pas exigées.</translation>
    </message>
    <message>
        <source>match</source>
        <translation>correspondance</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Set {name} as target</source>
        <translation>Définir {name} comme métier visé</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Viser ce métier</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n skill(s): {names}</source>
        <translation>
            <numerusform>Apprendre %n compétence : {names}</numerusform>
            <numerusform>Apprendre %n compétences : {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>No new skills needed</source>
        <translation>Aucune nouvelle compétence nécessaire</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>week {last}</source>
        <translation>semaine {last}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>semaines {first}–{last}</translation>
    </message>
    <message>
        <source>people usually spend about {months} months in {role} before this move</source>
        <translation>en général, on exerce le métier {role} environ {months} mois avant cette passerelle</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>needs {names} first</source>
        <translation>nécessite d&apos;abord {names}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>a move from there leads on to {role}</source>
        <translation>une passerelle depuis ce métier mène ensuite à {role}</translation>
    </message>
    <message>
        <source>Closest roles you can reach</source>
        <translation>Métiers accessibles les plus proches</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Métier actuel</translation>
    </message>
    <message>
        <source>The job you have now, if any</source>
        <translation>Le métier que vous exercez aujourd&apos;hui, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>The job you want; or let Pathfinder suggest some</source>
        <translation>Le métier que vous voulez exercer ; ou laissez Pathfinder vous en suggérer</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h par semaine</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Heures par semaine</translation>
    </message>
    <message>
        <source>How many hours a week you can spend learning</source>
        <translation>Combien d&apos;heures par semaine vous pouvez consacrer à apprendre</translation>
    </message>
    <message>
        <source>I am now</source>
        <translation>Je suis aujourd&apos;hui</translation>
    </message>
    <message>
        <source>I want to be</source>
        <translation>Je veux devenir</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Temps pour apprendre</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Suggest for me</source>
        <translation>Suggestions pour moi</translation>
    </message>
    <message>
        <source>First step toward {target}.</source>
        <translation>Première étape vers {target}.</translation>
    </message>
    <message>
        <source>A good first step toward the closest roles below.</source>
        <translation>Une bonne première étape vers les métiers les plus proches ci-dessous.</translation>
    </message>
    <message>
        <source>A good first step toward the roles that fit you best.</source>
        <translation>Une bonne première étape vers les métiers qui vous correspondent le mieux.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>no transitions lead to {role} ({id}) in this pack</source>
        <translation>aucune passerelle ne mène à {role} ({id}) dans ce paquet</translation>
    </message>
    <message>
        <source>no chain of transitions leads from {origin} ({start}) to {role} ({id})</source>
        <translation>aucun enchaînement de passerelles ne mène de {origin} ({start}) à {role} ({id})</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves</source>
        <translation>ce paquet n&apos;offre aucun parcours raisonnable de {origin} ({start}) à {role} ({id}) : le plus court enchaînement de passerelles entre eux en compte {moves}</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves, and a plan follows at most {most} moves derived from shared skills</source>
        <translation>ce paquet n&apos;offre aucun parcours raisonnable de {origin} ({start}) à {role} ({id}) : le plus court enchaînement de passerelles entre eux en compte {moves}, et un plan suit au plus {most} passerelles déduites de compétences communes</translation>
    </message>
    <message numerus="yes">
        <source>{role} ({id}) is %n move(s) away from {origin} ({start}); allow at least %n step(s)</source>
        <translation>
            <numerusform>{role} ({id}) est à %n passerelle de {origin} ({start}) ; autorisez au moins %n étape</numerusform>
            <numerusform>{role} ({id}) est à %n passerelles de {origin} ({start}) ; autorisez au moins %n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>This plan</source>
        <translation>Ce plan</translation>
    </message>
    <message>
        <source>{who} · no target yet</source>
        <translation>{who} · pas encore de métier visé</translation>
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
        <translation>le document</translation>
    </message>
</context>
<context>
    <name>ProfileKeeper</name>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; choose which version to keep first</source>
        <translation>ses dernières modifications ne sont pas encore enregistrées : il reste donc ouvert et rien n&apos;est perdu ; choisissez d&apos;abord la version à garder</translation>
    </message>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; fix the problem shown in the status bar, then switch again</source>
        <translation>ses dernières modifications ne sont pas encore enregistrées : il reste donc ouvert et rien n&apos;est perdu ; corrigez le problème indiqué dans la barre d&apos;état, puis changez à nouveau de profil</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window and saved it</source>
        <translation>{problem}. L&apos;autre version n&apos;a pas pu être chargée : Pathfinder a donc gardé la version de cette fenêtre et l&apos;a enregistrée</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window</source>
        <translation>{problem}. L&apos;autre version n&apos;a pas pu être chargée : Pathfinder a donc gardé la version de cette fenêtre</translation>
    </message>
</context>
<context>
    <name>ProfileUi</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Changer de profil…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importer un profil…</translation>
    </message>
    <message>
        <source>E&amp;xport profile…</source>
        <translation>Exporter le pro&amp;fil…</translation>
    </message>
    <message>
        <source>Some profiles were set aside</source>
        <translation>Certains profils ont été mis de côté</translation>
    </message>
    <message>
        <source>Import a learner profile</source>
        <translation>Importer un profil d&apos;apprenant</translation>
    </message>
    <message>
        <source>Pathfinder profiles (*.json)</source>
        <translation>Profils Pathfinder (*.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Profil non importé</translation>
    </message>
    <message>
        <source>Imported {profile}</source>
        <translation>{profile} importé</translation>
    </message>
    <message>
        <source>Export the learner profile</source>
        <translation>Exporter le profil de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Profil non exporté</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Note non ajoutée</translation>
    </message>
    <message>
        <source>The note you are writing has not been added to the profile yet.</source>
        <translation>La note que vous rédigez n&apos;a pas encore été ajoutée au profil.</translation>
    </message>
    <message>
        <source>Add the note and close</source>
        <translation>Ajouter la note et fermer</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Abandonner la note</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>The latest changes to this learner&apos;s profile could not be saved (the status bar says why). Close anyway and lose them?</source>
        <translation>Les dernières modifications du profil de cet apprenant n&apos;ont pas pu être enregistrées (la barre d&apos;état indique pourquoi). Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Could not save the profile: {message}. Your changes are kept in this window and saved as soon as that works again.</source>
        <translation>Impossible d&apos;enregistrer le profil : {message}. Vos modifications sont conservées dans cette fenêtre et seront enregistrées dès que ce sera de nouveau possible.</translation>
    </message>
    <message>
        <source>The profile is saved again.</source>
        <translation>Le profil est de nouveau enregistré.</translation>
    </message>
    <message>
        <source>Profile changed elsewhere</source>
        <translation>Profil modifié ailleurs</translation>
    </message>
    <message>
        <source>This profile ({file}) changed outside this window: {reason}</source>
        <translation>Ce profil ({file}) a été modifié en dehors de cette fenêtre : {reason}</translation>
    </message>
    <message>
        <source>Keep the changes made here, or load the other version?</source>
        <translation>Garder les modifications faites ici, ou charger l&apos;autre version ?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder les miennes</translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation>Charger l&apos;autre version</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>the file is empty; it holds no profile</source>
        <translation>le fichier est vide ; il ne contient aucun profil</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); profiles are UTF-8 JSON</source>
        <translation>ce n&apos;est pas du texte UTF-8 (octet {byte}) ; les profils sont en JSON UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>JSON non valide : {problem}</translation>
    </message>
    <message>
        <source>duplicate key {key} (first at line {line}, column {column})</source>
        <translation>clé {key} en double (première occurrence ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clé {key} en double</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON non valide : imbrication trop profonde</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the file holds {value}, not an object</source>
        <translation>ce n&apos;est pas un profil Pathfinder : le fichier contient {value}, et non un objet</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; it is not a profile</source>
        <translation>le fichier dépasse {size} Mo ; ce n&apos;est pas un profil</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>imbrication de plus de {levels} niveaux</translation>
    </message>
    <message>
        <source>{escape} is half of a UTF-16 pair, not a character; profiles hold Unicode text</source>
        <translation>{escape} est une moitié de paire UTF-16, pas un caractère ; les profils contiennent du texte Unicode</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} n&apos;est pas autorisé en JSON</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number} est un nombre trop grand</translation>
    </message>
    <message>
        <source>a number with {digits} digits is too large</source>
        <translation>un nombre de {digits} chiffres est trop grand</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the key &quot;pathfinder_profile&quot; (format version) is missing</source>
        <translation>ce n&apos;est pas un profil Pathfinder : la clé &quot;pathfinder_profile&quot; (version du format) est absente</translation>
    </message>
    <message>
        <source>made by a newer Pathfinder (format {version}); this Pathfinder reads format {supported}: update Pathfinder to open it</source>
        <translation>créé par un Pathfinder plus récent (format {version}) ; ce Pathfinder lit le format {supported} : mettez Pathfinder à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>pathfinder_profile: must be {version}, not {found}</source>
        <translation>pathfinder_profile : doit valoir {version}, et non {found}</translation>
    </message>
    <message>
        <source>this file exists already and was not opened here; refusing to overwrite it</source>
        <translation>ce fichier existe déjà et n&apos;a pas été ouvert ici ; Pathfinder refuse de l&apos;écraser</translation>
    </message>
    <message>
        <source>this file was deleted or moved away since it was opened here</source>
        <translation>ce fichier a été supprimé ou déplacé depuis son ouverture ici</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here: {fields}</source>
        <translation>ce fichier a été modifié ailleurs (une autre fenêtre de Pathfinder, un outil de synchronisation ou un éditeur) depuis son ouverture ici, dans les mêmes champs qu&apos;ici : {fields}</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here</source>
        <translation>ce fichier a été modifié ailleurs (une autre fenêtre de Pathfinder, un outil de synchronisation ou un éditeur) depuis son ouverture ici, dans les mêmes champs qu&apos;ici</translation>
    </message>
    <message>
        <source>is now a link to {target} (it led to {before} when it was opened here)</source>
        <translation>est désormais un lien vers {target} (il menait à {before} quand il a été ouvert ici)</translation>
    </message>
    <message>
        <source>is now a link to {target}</source>
        <translation>est désormais un lien vers {target}</translation>
    </message>
    <message>
        <source>is now a folder</source>
        <translation>est désormais un dossier</translation>
    </message>
    <message>
        <source>is now not a regular file</source>
        <translation>n&apos;est plus un fichier ordinaire</translation>
    </message>
    <message>
        <source>{what}; something other than Pathfinder put it there since the profile was opened, so Pathfinder does not write through it. Your changes are still in this window: export the profile to keep them, or move that away and save again</source>
        <translation>{what} ; un autre programme que Pathfinder l&apos;a placé là depuis l&apos;ouverture du profil, donc Pathfinder refuse d&apos;écrire à travers lui. Vos modifications sont toujours dans cette fenêtre : exportez le profil pour les garder, ou déplacez cet élément ailleurs et enregistrez à nouveau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>{field}: must be text, not {value}</source>
        <translation>{field} : doit être du texte, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be a number, not {value}</source>
        <translation>{field} : doit être un nombre, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, not {value}</source>
        <translation>{field} : doit être un nombre entier, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be true or false, not {value}</source>
        <translation>{field} : doit valoir true ou false, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object, not {value}</source>
        <translation>{field} : doit être un objet, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be a list, not {value}</source>
        <translation>{field} : doit être une liste, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object with &quot;at&quot; and &quot;text&quot;, not {value}</source>
        <translation>{field} : doit être un objet avec &quot;at&quot; et &quot;text&quot;, et non {value}</translation>
    </message>
    <message>
        <source>{field}: missing (required)</source>
        <translation>{field} : absent (obligatoire)</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>une valeur fixe</translation>
    </message>
    <message>
        <source>{field}: must be {expected}, not {value}</source>
        <translation>{field} : doit être {expected}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be more than {bound}, not {value}</source>
        <translation>{field} : doit être supérieur à {bound}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be at least {bound}, not {value}</source>
        <translation>{field} : doit valoir au moins {bound}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be less than {bound}, not {value}</source>
        <translation>{field} : doit être inférieur à {bound}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {bound}, not {value}</source>
        <translation>{field} : doit valoir au plus {bound}, et non {value}</translation>
    </message>
    <message>
        <source>{field}: more than {most} characters; a profile keeps at most {most}</source>
        <translation>{field} : plus de {most} caractères ; un profil en garde au plus {most}</translation>
    </message>
    <message>
        <source>{field}: more than {most} entries; a profile keeps at most {most}</source>
        <translation>{field} : plus de {most} entrées ; un profil en garde au plus {most}</translation>
    </message>
    <message>
        <source>{field}: must be a finite number</source>
        <translation>{field} : doit être un nombre fini</translation>
    </message>
    <message>
        <source>a value is expected here</source>
        <translation>une valeur est attendue ici</translation>
    </message>
    <message>
        <source>a key in double quotes is expected here (a comma too many, or the end cut off)</source>
        <translation>une clé entre guillemets doubles est attendue ici (une virgule de trop, ou la fin coupée)</translation>
    </message>
    <message>
        <source>a colon is missing after the key</source>
        <translation>il manque les deux-points après la clé</translation>
    </message>
    <message>
        <source>a comma is missing before this</source>
        <translation>il manque une virgule avant ceci</translation>
    </message>
    <message>
        <source>a text in quotes is not closed (the end of the file may be cut off)</source>
        <translation>un texte entre guillemets n&apos;est pas fermé (la fin du fichier est peut-être coupée)</translation>
    </message>
    <message>
        <source>a line break or control character inside quotes</source>
        <translation>un saut de ligne ou un caractère de contrôle entre guillemets</translation>
    </message>
    <message>
        <source>a \u escape without four hex digits</source>
        <translation>un échappement \u sans quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>a backslash that starts no escape (write \\ for one)</source>
        <translation>une barre oblique inverse qui ne commence aucun échappement (écrivez \\ pour en avoir une)</translation>
    </message>
    <message>
        <source>more text after the end of the profile</source>
        <translation>du texte après la fin du profil</translation>
    </message>
    <message>
        <source>a comma too many before the closing bracket</source>
        <translation>une virgule de trop avant le crochet ou l&apos;accolade fermante</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>et {count} autres problèmes</translation>
    </message>
    <message>
        <source>cannot delete: {why}</source>
        <translation>suppression impossible : {why}</translation>
    </message>
    <message>
        <source>cannot restore: {why}</source>
        <translation>restauration impossible : {why}</translation>
    </message>
    <message>
        <source>cannot save: {why}</source>
        <translation>enregistrement impossible : {why}</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder skips this file (it could not move it: {why})</source>
        <translation>{problem}. Pathfinder ignore ce fichier (il n&apos;a pas pu le déplacer : {why})</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected. The version saved before it is in {backup}.</source>
        <translation>{problem}. Pathfinder ne peut pas lire ce profil : il a donc déplacé le fichier vers {moved} sans le modifier ; les autres profils ne sont pas concernés. La version enregistrée juste avant se trouve dans {backup}.</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected.</source>
        <translation>{problem}. Pathfinder ne peut pas lire ce profil : il a donc déplacé le fichier vers {moved} sans le modifier ; les autres profils ne sont pas concernés.</translation>
    </message>
    <message>
        <source>cannot save: the profile holds what JSON cannot: {why}</source>
        <translation>enregistrement impossible : le profil contient des données que JSON ne peut pas représenter : {why}</translation>
    </message>
    <message>
        <source>cannot save: the profile would be larger than {size} MB, the most a profile may be; shorten or remove a long note</source>
        <translation>enregistrement impossible : le profil dépasserait {size} Mo, la taille maximale d&apos;un profil ; raccourcissez ou supprimez une note longue</translation>
    </message>
    <message>
        <source>{name}, its backup, is in the way ({why}); move it away</source>
        <translation>{name}, sa copie de sauvegarde, fait obstacle ({why}) ; déplacez-la ailleurs</translation>
    </message>
    <message>
        <source>this file was changed elsewhere and cannot be read now ({problem})</source>
        <translation>ce fichier a été modifié ailleurs et ne peut pas être lu pour l&apos;instant ({problem})</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copie {number})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>no such file in the trash</source>
        <translation>fichier introuvable dans la corbeille</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Learner profiles</source>
        <translation>Profils des apprenants</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation>Rechercher des profils par nom</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Annu&amp;ler la suppression</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>{roles} · changed {when}</source>
        <translation>{roles} · modifié le {when}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ouvert en ce moment</translation>
    </message>
    <message>
        <source>{now} → {goal}</source>
        <translation>{now} → {goal}</translation>
    </message>
    <message>
        <source>starting out → {goal}</source>
        <translation>premiers pas → {goal}</translation>
    </message>
    <message>
        <source>{now}, no target yet</source>
        <translation>{now}, pas encore de métier visé</translation>
    </message>
    <message>
        <source>no roles chosen yet</source>
        <translation>aucun métier choisi pour l&apos;instant</translation>
    </message>
    <message>
        <source>no pack</source>
        <translation>aucun paquet</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation>Nom de l&apos;apprenant :</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Open another profile before deleting this one.</source>
        <translation>Ouvrez un autre profil avant de supprimer celui-ci.</translation>
    </message>
    <message>
        <source>Deleted {profile}. It is in the trash folder until you undo.</source>
        <translation>{profile} supprimé. Il reste dans le dossier de la corbeille, vous pouvez donc encore annuler.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>from: {sources}</source>
        <translation>sources : {sources}</translation>
    </message>
    <message>
        <source>our estimate</source>
        <translation>notre estimation</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>skill &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>la compétence &apos;{id}&apos; n&apos;a pas de provenance : citez les sources qui l&apos;attestent, ou marquez-la &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the status of certification &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>le statut de la certification &apos;{id}&apos; n&apos;a pas de provenance : citez les sources qui l&apos;attestent, ou marquez-le &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>role &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>le métier &apos;{id}&apos; n&apos;a pas de provenance : citez les sources qui l&apos;attestent, ou marquez-le &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the salary of &apos;{id}&apos; has no provenance</source>
        <translation>le salaire de &apos;{id}&apos; n&apos;a pas de provenance</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>la passerelle {source} -&gt; {target} n&apos;a pas de provenance : citez les sources qui l&apos;attestent, ou marquez-la &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>source &apos;{id}&apos; is never cited</source>
        <translation>la source &apos;{id}&apos; n&apos;est jamais citée</translation>
    </message>
    <message>
        <source>no role uses skill &apos;{id}&apos; (not essential, optional or a prerequisite)</source>
        <translation>aucun métier n&apos;utilise la compétence &apos;{id}&apos; (ni comme essentielle, ni comme facultative, ni comme prérequis)</translation>
    </message>
    <message>
        <source>a prerequisite chain of {links} links (more than {most}): {chain}; list a prerequisite only where the skill cannot be learnt without it</source>
        <translation>une chaîne de prérequis de {links} maillons (plus de {most}) : {chain} ; n&apos;indiquez un prérequis que si la compétence ne peut pas s&apos;apprendre sans lui</translation>
    </message>
    <message numerus="yes">
        <source>role &apos;{id}&apos; has %n essential skill(s) (fewer than {least}): learners cannot tell what it takes</source>
        <translation>
            <numerusform>le métier &apos;{id}&apos; a %n compétence essentielle (moins de {least}) : les apprenants ne peuvent pas savoir ce qu&apos;il demande</numerusform>
            <numerusform>le métier &apos;{id}&apos; a %n compétences essentielles (moins de {least}) : les apprenants ne peuvent pas savoir ce qu&apos;il demande</numerusform>
        </translation>
    </message>
    <message>
        <source>no move reaches role &apos;{id}&apos; and it is not marked &apos;entry: true&apos;</source>
        <translation>aucune passerelle n&apos;atteint le métier &apos;{id}&apos; et il n&apos;est pas marqué &apos;entry: true&apos;</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} goes down a level ({level} to {lower})</source>
        <translation>la passerelle {source} -&gt; {target} redescend de niveau (de {level} à {lower})</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} month, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>la passerelle {source} -&gt; {target} demande {months} mois, mais ce qu&apos;elle requiert de nouveau représente {hours} h, soit {study} mois d&apos;étude à {pace} h par semaine : un écart de plus de {factor} fois</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} months, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>la passerelle {source} -&gt; {target} demande {months} mois, mais ce qu&apos;elle requiert de nouveau représente {hours} h, soit {study} mois d&apos;étude à {pace} h par semaine : un écart de plus de {factor} fois</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>more than %n year(s) away</source>
        <translation>
            <numerusform>dans plus de %n an</numerusform>
            <numerusform>dans plus de %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}… ({count} more character(s) in the profile)</source>
        <translation>
            <numerusform>{text}… ({count} caractère de plus dans le profil)</numerusform>
            <numerusform>{text}… ({count} caractères de plus dans le profil)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours are the pack&apos;s estimates of typical learning time; dates assume {pace} a week from the date of this plan. Both are a guide for planning, not a promise.</source>
        <translation>Les heures sont les estimations du paquet pour un temps d&apos;apprentissage typique ; les dates supposent {pace} par semaine à partir de la date de ce plan. Ce sont des repères pour planifier, pas une promesse.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} heures</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>rien de nouveau à apprendre</translation>
    </message>
    <message numerus="yes">
        <source>{skills}, and %n more ({numbers} in the learning plan)</source>
        <translation>
            <numerusform>{skills} et %n autre ({numbers} dans le plan d&apos;apprentissage)</numerusform>
            <numerusform>{skills} et %n autres ({numbers} dans le plan d&apos;apprentissage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Plan d&apos;apprentissage de {learner}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan d&apos;apprentissage</translation>
    </message>
    <message>
        <source>{pack}, version {version}</source>
        <translation>{pack}, version {version}</translation>
    </message>
    <message>
        <source>Not set (starting out)</source>
        <translation>Non défini (premiers pas)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Métier actuel</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>You already have</source>
        <translation>Vous avez déjà</translation>
    </message>
    <message>
        <source>{percent} of what the target needs</source>
        <translation>{percent} de ce que demande le métier visé</translation>
    </message>
    <message>
        <source>Learning to do</source>
        <translation>Reste à apprendre</translation>
    </message>
    <message>
        <source>{hours}, {weeks}</source>
        <translation>{hours}, {weeks}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>{pace} a week</source>
        <translation>{pace} par semaine</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>Fin estimée</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Compétences acquises</translation>
    </message>
    <message>
        <source>Learning now</source>
        <translation>En cours d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Counted as yours because {role} needs them, so not in this plan: {skills}.</source>
        <translation>Comptées comme acquises parce que le métier {role} les demande, donc absentes de ce plan : {skills}.</translation>
    </message>
    <message>
        <source>These roles fit the skills you have best:</source>
        <translation>Ces métiers correspondent le mieux à vos compétences :</translation>
    </message>
    <message>
        <source>No other role at your current role&apos;s level or above matches your skills yet.</source>
        <translation>Aucun autre métier de niveau égal ou supérieur à celui de votre métier actuel ne correspond encore à vos compétences.</translation>
    </message>
    <message>
        <source>No role matches your skills yet: mark the skills you have to see where to aim.</source>
        <translation>Aucun métier ne correspond encore à vos compétences : indiquez celles que vous avez pour voir où viser.</translation>
    </message>
    <message>
        <source>No target role is chosen yet. {then}</source>
        <translation>Aucun métier visé pour l&apos;instant. {then}</translation>
    </message>
    <message>
        <source>no path was found</source>
        <translation>aucun parcours trouvé</translation>
    </message>
    <message numerus="yes">
        <source>There is no path to {target} within %n move(s): {reason}. {then}</source>
        <translation>
            <numerusform>Il n&apos;y a pas de parcours vers {target} en %n passerelle au plus : {reason}. {then}</numerusform>
            <numerusform>Il n&apos;y a pas de parcours vers {target} en %n passerelles au plus : {reason}. {then}</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>{skill} (#{number})</source>
        <translation>{skill} (#{number})</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Move {number} to {role}: {said_by}</source>
        <translation>Passerelle {number} vers {role} : {said_by}</translation>
    </message>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} et {count} autres</translation>
    </message>
    <message>
        <source>Only the latest {shown} notes are printed; 1 earlier note is in the profile.</source>
        <translation>Seules les {shown} notes les plus récentes sont imprimées ; 1 note plus ancienne se trouve dans le profil.</translation>
    </message>
    <message numerus="yes">
        <source>Only the latest {shown} notes are printed; {count} earlier notes are in the profile.</source>
        <translation>
            <numerusform>Seules les {shown} notes les plus récentes sont imprimées ; {count} note plus ancienne se trouve dans le profil.</numerusform>
            <numerusform>Seules les {shown} notes les plus récentes sont imprimées ; {count} notes plus anciennes se trouvent dans le profil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources the pack cites for the roles, moves and skills of this path:</source>
        <translation>Sources citées par le paquet pour les métiers, les passerelles et les compétences de ce parcours :</translation>
    </message>
    <message>
        <source>Sources of this pack:</source>
        <translation>Sources de ce paquet :</translation>
    </message>
    <message>
        <source>{title} ({publisher_and_year})</source>
        <translation>{title} ({publisher_and_year})</translation>
    </message>
    <message>
        <source>cannot write a report as &apos;{suffix}&apos;: use .pdf, .md or .html</source>
        <translation>impossible d&apos;écrire un rapport au format &apos;{suffix}&apos; : utilisez .pdf, .md ou .html</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML language code of this translation</comment>
        <translation>fr</translation>
    </message>
    <message>
        <source>Prepared on {date} · {pack}</source>
        <translation>Préparé le {date} · {pack}</translation>
    </message>
    <message>
        <source>PATHFINDER · LEARNING PLAN</source>
        <translation>PATHFINDER · PLAN D&apos;APPRENTISSAGE</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Votre parcours</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Atouts en plus</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role: {skills}.</source>
        <translation>Non exigées, mais utiles pour le métier visé : {skills}.</translation>
    </message>
    <message>
        <source>Where to aim</source>
        <translation>Où viser</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Heures restantes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>You start as {role}.</source>
        <translation>Point de départ : {role}.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>New skills</source>
        <translation>Nouvelles compétences</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>Plus rien à apprendre : vous pouvez postuler dès maintenant.</translation>
    </message>
    <message>
        <source>Learn these skills in this order:</source>
        <translation>Apprenez ces compétences dans cet ordre :</translation>
    </message>
    <message>
        <source>Resources: {links}</source>
        <translation>Ressources : {links}</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>À propos de ce plan</translation>
    </message>
    <message>
        <source>Career pack: {pack}, version {version}.</source>
        <translation>Paquet de métiers : {pack}, version {version}.</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Licence : {license}</translation>
    </message>
    <message>
        <source>Not in this pack (left out of the plan): {ids}</source>
        <translation>Absent de ce paquet (laissé hors du plan) : {ids}</translation>
    </message>
    <message>
        <source>Prepared on {date} with Pathfinder · {pack}</source>
        <translation>Préparé le {date} avec Pathfinder · {pack}</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role:</source>
        <translation>Non exigées, mais utiles pour le métier visé :</translation>
    </message>
    <message>
        <source>learning now</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>{hours}, done by {date}</source>
        <translation>{hours}, fin prévue le {date}</translation>
    </message>
    <message>
        <source>Your path on the career map</source>
        <translation>Votre parcours sur la carte des métiers</translation>
    </message>
    <message>
        <source>Your path on the career map. Roles on the path are outlined; the label on each one says how many skills it asks you to learn and their hours, as in the steps below.</source>
        <translation>Votre parcours sur la carte des métiers. Les métiers du parcours sont entourés ; l&apos;étiquette de chacun indique combien de compétences il vous demande d&apos;apprendre et leurs heures, comme dans les étapes ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write a plan as “{suffix}”: choose .pdf, .md or .html.</source>
        <translation>Impossible d&apos;écrire un plan au format « {suffix} » : choisissez .pdf, .md ou .html.</translation>
    </message>
    <message>
        <source>Print learning plan</source>
        <translation>Imprimer le plan d&apos;apprentissage</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for writing.</source>
        <translation>Impossible d&apos;ouvrir l&apos;imprimante ou le fichier en écriture.</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan d&apos;apprentissage</translation>
    </message>
    <message>
        <source>{who} · learning plan · {date}</source>
        <translation>{who} · plan d&apos;apprentissage · {date}</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Page {number} sur {pages}</translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Plan d&apos;apprentissage de {learner}</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <source>Role details</source>
        <translation>Détails du métier</translation>
    </message>
    <message>
        <source>Click a role in the graph to see its details</source>
        <translation>Cliquez sur un métier dans le graphe pour voir ses détails</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du métier</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Viser ce métier</translation>
    </message>
    <message>
        <source>Set this role as your target</source>
        <translation>Faire de ce métier votre métier visé</translation>
    </message>
    <message>
        <source>Set as my current role</source>
        <translation>C&apos;est mon métier actuel</translation>
    </message>
    <message>
        <source>Set this role as your current role</source>
        <translation>Faire de ce métier votre métier actuel</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Compare this role with another</source>
        <translation>Comparer ce métier avec un autre</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Fourchette de salaire</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Compétences essentielles</translation>
    </message>
    <message>
        <source>Optional skills</source>
        <translation>Compétences facultatives</translation>
    </message>
    <message>
        <source>Where you can go next</source>
        <translation>Où aller ensuite</translation>
    </message>
    <message>
        <source>Where people come from</source>
        <translation>D&apos;où viennent les gens</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Selected role</source>
        <translation>Métier sélectionné</translation>
    </message>
    <message>
        <source>Your target role (nothing selected)</source>
        <translation>Votre métier visé (aucune sélection)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Niveau {level}</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>votre métier actuel</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>votre métier visé</translation>
    </message>
    <message>
        <source>You have everything this role needs (100% fit).</source>
        <translation>Vous avez tout ce que ce métier demande (adéquation de 100 %).</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs. About {hours} hours still to learn ({time}).</source>
        <translation>Vous avez déjà {percent} % de ce que ce métier demande. Encore environ {hours} heures à apprendre ({time}).</translation>
    </message>
    <message>
        <source>have</source>
        <translation>acquise</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>{name} (you have {have} of {total})</source>
        <translation>{name} (vous en avez {have} sur {total})</translation>
    </message>
    <message>
        <source>None in this pack.</source>
        <translation>Aucune passerelle dans ce paquet.</translation>
    </message>
    <message>
        <source>Show {role}</source>
        <translation>Afficher {role}</translation>
    </message>
    <message>
        <source>Show this role&apos;s details</source>
        <translation>Afficher les détails de ce métier</translation>
    </message>
    <message>
        <source>your fit {percent}%</source>
        <translation>votre adéquation : {percent} %</translation>
    </message>
    <message>
        <source>about 1 month</source>
        <translation>environ 1 mois</translation>
    </message>
    <message>
        <source>about {months} months</source>
        <translation>environ {months} mois</translation>
    </message>
    <message>
        <source>Our estimate: none of the pack&apos;s sources describes this role.</source>
        <translation>Notre estimation : aucune des sources du paquet ne décrit ce métier.</translation>
    </message>
</context>
<context>
    <name>RoleSkillsButton</name>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Recompter toutes les compétences de mon métier</translation>
    </message>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation>
            <numerusform>Recompter %n compétence de mon métier marquée non acquise</numerusform>
            <numerusform>Recompter %n compétences de mon métier marquées non acquises</numerusform>
        </translation>
    </message>
    <message>
        <source>The skills {name} needs count as yours. You marked some as not held in the Skills list; this counts them all again (Ctrl+Z undoes it).</source>
        <translation>Les compétences que demande le métier {name} comptent comme acquises. Vous en avez marqué certaines comme non acquises dans la liste Compétences ; ce bouton les recompte toutes (Ctrl+Z pour annuler).</translation>
    </message>
</context>
<context>
    <name>RouteView</name>
    <message>
        <source>{learner}&apos;s route to {target}</source>
        <translation>Itinéraire de {learner} vers {target}</translation>
    </message>
    <message>
        <source>Route to {target}</source>
        <translation>Itinéraire vers {target}</translation>
    </message>
    <message>
        <source>At {hours} a week, from today</source>
        <translation>À {hours} par semaine, à partir d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Vous êtes ici</translation>
    </message>
    <message>
        <source>Nothing new to learn for this move</source>
        <translation>Rien de nouveau à apprendre pour cette passerelle</translation>
    </message>
    <message>
        <source>Reached around {date} · {hours} in all</source>
        <translation>Atteint vers {date} · {hours} au total</translation>
    </message>
    <message>
        <source>Route view</source>
        <translation>Vue de l&apos;itinéraire</translation>
    </message>
    <message>
        <source>Pick a target role to see your route here.</source>
        <translation>Choisissez un métier visé pour voir ici votre itinéraire.</translation>
    </message>
    <message>
        <source>No route yet</source>
        <translation>Pas encore d&apos;itinéraire</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>{name} · role</source>
        <translation>{name} · métier</translation>
    </message>
    <message>
        <source>{name} · skill</source>
        <translation>{name} · compétence</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{weeks} of study at {pace} h a week</source>
        <translation>{weeks} d&apos;étude à {pace} h par semaine</translation>
    </message>
    <message>
        <source>Tick interest {tag}</source>
        <translation>Cocher le centre d&apos;intérêt {tag}</translation>
    </message>
    <message>
        <source>Untick interest {tag}</source>
        <translation>Décocher le centre d&apos;intérêt {tag}</translation>
    </message>
    <message>
        <source>Change interests</source>
        <translation>Modifier les centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Set pace to {hours} h a week</source>
        <translation>Régler le rythme sur {hours} h par semaine</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Rough hours a learner needs for each skill</source>
        <translation>Nombre approximatif d&apos;heures qu&apos;il faut à un apprenant pour chaque compétence</translation>
    </message>
    <message>
        <source>You know {known} of the {total} skills in this category.</source>
        <translation>Vous maîtrisez {known} des {total} compétences de cette catégorie.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>About {hours} hours to learn</source>
        <translation>Environ {hours} heures pour l&apos;apprendre</translation>
    </message>
    <message>
        <source>{skill} (required by {shown})</source>
        <translation>{skill} (requise par {shown})</translation>
    </message>
    <message>
        <source>{skill} (learning)</source>
        <translation>{skill} (en cours)</translation>
    </message>
    <message>
        <source>you have this</source>
        <translation>vous l&apos;avez</translation>
    </message>
    <message>
        <source>you are learning this</source>
        <translation>vous l&apos;apprenez</translation>
    </message>
    <message>
        <source>counted as known through a prerequisite</source>
        <translation>comptée comme acquise grâce à un prérequis</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>Aussi appelée : {names}</translation>
    </message>
    <message>
        <source>Counted as known because {names} requires it. Tick it to say you have it.</source>
        <translation>Comptée comme acquise parce que {names} la requiert. Cochez-la pour indiquer que vous l&apos;avez.</translation>
    </message>
    <message>
        <source>You have this skill.</source>
        <translation>Vous avez cette compétence.</translation>
    </message>
    <message>
        <source>You are learning this skill.</source>
        <translation>Vous apprenez cette compétence.</translation>
    </message>
    <message>
        <source>Not yet: tick the box if you have it.</source>
        <translation>Pas encore : cochez la case si vous l&apos;avez.</translation>
    </message>
    <message>
        <source>{skill} (from your role)</source>
        <translation>{skill} (de votre métier)</translation>
    </message>
    <message>
        <source>{skill} (your role: not held)</source>
        <translation>{skill} (votre métier : non acquise)</translation>
    </message>
    <message>
        <source>Counted as yours because your current role needs it. Click the box if you do not have it (Ctrl+Z undoes it).</source>
        <translation>Comptée comme acquise parce que votre métier actuel la demande. Cliquez sur la case si vous ne l&apos;avez pas (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Your current role needs it, but you marked it as not held, so the plan teaches it. Click the box to count it from your role again.</source>
        <translation>Votre métier actuel la demande, mais vous l&apos;avez marquée comme non acquise : le plan vous la fait donc apprendre. Cliquez sur la case pour la recompter depuis votre métier.</translation>
    </message>
    <message>
        <source>counted from your role</source>
        <translation>comptée depuis votre métier</translation>
    </message>
    <message>
        <source>your role needs it, not held</source>
        <translation>demandée par votre métier, non acquise</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Click a box to tick a skill you have; click again for “learning”.</source>
        <translation>Cliquez sur une case pour cocher une compétence acquise ; cliquez à nouveau pour « en cours ».</translation>
    </message>
    <message>
        <source>Ticked: you have it. Half-filled: you are learning it (it still counts as a gap). Empty: not yet. Grey ticks are prerequisites of skills you ticked. Skills marked “from your role” are the ones your current role needs: they count as yours; click the box of one you lack to mark it as not held. Space changes the selected skill; right-click for a menu.</source>
        <translation>Cochée : vous l&apos;avez. À moitié remplie : vous l&apos;apprenez (elle compte encore comme un écart). Vide : pas encore. Les coches grises sont les prérequis des compétences que vous avez cochées. Les compétences marquées « de votre métier » sont celles que demande votre métier actuel : elles comptent comme acquises ; cliquez sur la case de l&apos;une d&apos;elles qui vous manque pour la marquer comme non acquise. La touche Espace change l&apos;état de la compétence sélectionnée ; clic droit pour un menu.</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Filtrer les compétences…</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrer les compétences</translation>
    </message>
    <message>
        <source>Type part of a skill&apos;s name, id or other name</source>
        <translation>Tapez une partie du nom, de l&apos;identifiant ou d&apos;un autre nom d&apos;une compétence</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>No skill matches “{text}”.</source>
        <translation>Aucune compétence ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>I have this</source>
        <translation>J&apos;ai cette compétence</translation>
    </message>
    <message>
        <source>I&apos;m learning this</source>
        <translation>J&apos;apprends cette compétence</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Counted from my role</source>
        <translation>Comptée depuis mon métier</translation>
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
        <translation>sur votre itinéraire, étape {step} sur {count}</translation>
    </message>
    <message>
        <source>where your route starts</source>
        <translation>là où commence votre itinéraire</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>votre métier actuel</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>votre métier visé</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>level {level}, {family} family, fit {fit}</source>
        <translation>niveau {level}, famille {family}, adéquation {fit}</translation>
    </message>
    <message>
        <source>{where}; {marks}.</source>
        <translation>{where} ; {marks}.</translation>
    </message>
    <message>
        <source>{where}.</source>
        <translation>{where}.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>No route to {target}.</source>
        <translation>Aucun itinéraire vers {target}.</translation>
    </message>
    <message>
        <source>No route chosen.</source>
        <translation>Aucun itinéraire choisi.</translation>
    </message>
    <message>
        <source>Route to {target}: {steps}, {hours} of study.</source>
        <translation>Itinéraire vers {target} : {steps}, {hours} d’études.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: {role} (your current role)</source>
        <translation>Départ : {role} (votre métier actuel)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{number}. {role}: learn {skills} ({hours})</source>
        <translation>{number}. {role} : apprendre {skills} ({hours})</translation>
    </message>
    <message>
        <source>{number}. {role}: nothing new to learn</source>
        <translation>{number}. {role} : rien de nouveau à apprendre</translation>
    </message>
</context>
<context>
    <name>StartHint</name>
    <message>
        <source>Start here: tick the skills you already have on the left, then pick the role you want (double-click it in the graph, or choose it under Plan). The best path and the skills left to learn appear on the right.</source>
        <translation>Pour commencer : cochez à gauche les compétences que vous avez déjà, puis choisissez le métier que vous visez (double-cliquez dessus dans le graphe, ou choisissez-le sous Plan). Le meilleur parcours et les compétences qui restent à apprendre s&apos;affichent à droite.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>My profile</source>
        <translation>Mon profil</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Profil non ouvert</translation>
    </message>
    <message>
        <source>{file}: no such profile file</source>
        <translation>{file} : fichier de profil introuvable</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message numerus="yes">
        <source>; it uses {used} of your %n skill(s)</source>
        <translation>
            <numerusform> ; il utilise {used} de vos compétences (%n au total)</numerusform>
            <numerusform> ; il utilise {used} de vos compétences (%n au total)</numerusform>
        </translation>
    </message>
    <message>
        <source>no essential skills listed, so the fit says little</source>
        <translation>aucune compétence essentielle indiquée : l&apos;adéquation ne dit donc pas grand-chose</translation>
    </message>
    <message numerus="yes">
        <source>you have its %n essential skill(s), few to judge by</source>
        <translation>
            <numerusform>vous avez sa %n compétence essentielle, trop peu pour en juger</numerusform>
            <numerusform>vous avez ses %n compétences essentielles, trop peu pour en juger</numerusform>
        </translation>
    </message>
    <message>
        <source>you have every essential skill</source>
        <translation>vous avez toutes les compétences essentielles</translation>
    </message>
    <message numerus="yes">
        <source>you have {have} of %n essential skill(s); about {hours} hours to go</source>
        <translation>
            <numerusform>vous avez {have} sur %n compétence essentielle ; encore environ {hours} heures</numerusform>
            <numerusform>vous avez {have} des %n compétences essentielles ; encore environ {hours} heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above your next step (-{percent})</source>
        <translation>
            <numerusform>%n niveau au-dessus de votre prochaine étape (-{percent})</numerusform>
            <numerusform>%n niveaux au-dessus de votre prochaine étape (-{percent})</numerusform>
        </translation>
    </message>
    <message>
        <source>matches your interest in {interests}</source>
        <translation>correspond à votre intérêt pour {interests}</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <source>Undid: {edit}</source>
        <translation>Annulé : {edit}</translation>
    </message>
    <message>
        <source>Redid: {edit}</source>
        <translation>Rétabli : {edit}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Start with {skills}</source>
        <translation>Commencer avec {skills}</translation>
    </message>
    <message>
        <source>Tick {skill}</source>
        <translation>Cocher {skill}</translation>
    </message>
    <message>
        <source>Mark {skill} as learning</source>
        <translation>Marquer {skill} comme en cours</translation>
    </message>
    <message>
        <source>Untick {skill}</source>
        <translation>Décocher {skill}</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>suggestions</translation>
    </message>
    <message>
        <source>Set target to {name}</source>
        <translation>Définir le métier visé : {name}</translation>
    </message>
    <message>
        <source>starting out</source>
        <translation>premiers pas</translation>
    </message>
    <message>
        <source>Set current role to {name}</source>
        <translation>Définir le métier actuel : {name}</translation>
    </message>
    <message>
        <source>Mark {skill} as not held</source>
        <translation>Marquer {skill} comme non acquise</translation>
    </message>
    <message>
        <source>Count {skill} from your role</source>
        <translation>Compter {skill} depuis votre métier</translation>
    </message>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Recompter toutes les compétences de mon métier</translation>
    </message>
    <message>
        <source>Rename the learner to {name}</source>
        <translation>Renommer l&apos;apprenant : {name}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Supprimer une note</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>learning plan {date}</source>
        <translation>plan d&apos;apprentissage {date}</translation>
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
        <translation>Double-cliquez sur une note pour la modifier ; Suppr la supprime</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
</context>
</TS>
