<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy runs from Python, not from an installer, so the libraries it uses are those of your Python environment, each with its own licence there. Installers carry a {notices} file listing every bundled library with its licence; it is written when the installer is built (docs/packaging.md).</source>
        <translation>Esta copia se ejecuta desde Python, no desde un instalador, así que las bibliotecas que usa son las de tu entorno de Python, cada una con su propia licencia allí. Los instaladores incluyen un archivo {notices} que enumera cada biblioteca incluida con su licencia; se escribe al construir el instalador (docs/packaging.md).</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>Pathfinder: MIT licence.</source>
        <translation>Pathfinder: licencia MIT.</translation>
    </message>
    <message>
        <source>{name} {version} — an offline career-path explorer.</source>
        <translation>{name} {version} — un explorador de trayectorias profesionales sin conexión.</translation>
    </message>
    <message>
        <source>Built on Pathfinder {version}.</source>
        <translation>Basado en Pathfinder {version}.</translation>
    </message>
    <message>
        <source>Pathfinder is free software under the MIT licence.</source>
        <translation>Pathfinder es software libre con licencia MIT.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}) · {website}.</source>
        <translation>De {vendor} ({contact}) · {website}.</translation>
    </message>
    <message>
        <source>From {vendor} ({contact}).</source>
        <translation>De {vendor} ({contact}).</translation>
    </message>
    <message>
        <source>From {vendor} · {website}.</source>
        <translation>De {vendor} · {website}.</translation>
    </message>
    <message>
        <source>From {vendor}.</source>
        <translation>De {vendor}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}), licence: {licence}.</source>
        <translation>Paquete abierto: {pack} (versión {version}), licencia: {licence}.</translation>
    </message>
    <message>
        <source>Open pack: {pack} (version {version}).</source>
        <translation>Paquete abierto: {pack} (versión {version}).</translation>
    </message>
    <message>
        <source>The pack this copy ships with is under: {licence}.</source>
        <translation>El paquete que incluye esta copia tiene esta licencia: {licence}.</translation>
    </message>
    <message>
        <source>It uses Qt, PySide6 (LGPL 3.0), Python and other libraries; Licences lists each one with its licence text.</source>
        <translation>Usa Qt, PySide6 (LGPL 3.0), Python y otras bibliotecas; en Licencias aparece cada una con el texto de su licencia.</translation>
    </message>
    <message>
        <source>{name} never connects to the network.</source>
        <translation>{name} nunca se conecta a la red.</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>&amp;Licencias…</translation>
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
        <translation>Deshecho: {change}. {route}</translation>
    </message>
    <message numerus="yes">
        <source>Opened {pack}: %n role(s).</source>
        <translation>
            <numerusform>Se ha abierto {pack}: %n puesto.</numerusform>
            <numerusform>Se ha abierto {pack}: %n puestos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>&apos;{value}&apos; is not a date: write it as YYYY-MM-DD, in quotes</source>
        <translation>&apos;{value}&apos; no es una fecha: escríbela como AAAA-MM-DD, entre comillas</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source> (did you mean &apos;{id}&apos;?)</source>
        <translation> (¿querías decir &apos;{id}&apos;?)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a role, not a skill)</source>
        <translation> (&apos;{id}&apos; es un puesto, no una competencia)</translation>
    </message>
    <message>
        <source> (&apos;{id}&apos; is a skill, not a role)</source>
        <translation> (&apos;{id}&apos; es una competencia, no un puesto)</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is listed twice</source>
        <translation>&apos;{id}&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>a claim either cites sources or is marked &apos;estimate: true&apos;, not both</source>
        <translation>una afirmación o cita fuentes o lleva &apos;estimate: true&apos;, pero no ambas cosas</translation>
    </message>
    <message>
        <source>a skill cannot require itself</source>
        <translation>una competencia no puede requerirse a sí misma</translation>
    </message>
    <message>
        <source>a certification cannot be its own successor</source>
        <translation>una certificación no puede ser su propia sucesora</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is both essential and optional; list it in one of them</source>
        <translation>&apos;{id}&apos; es a la vez esencial y opcional; ponla solo en una de las dos listas</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}</source>
        <translation>faceta desconocida &apos;{id}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown facet &apos;{id}&apos;{hint}; declare it under &apos;facets:&apos; first</source>
        <translation>faceta desconocida &apos;{id}&apos;{hint}; declárala antes en &apos;facets:&apos;</translation>
    </message>
    <message>
        <source>salary high is below salary low</source>
        <translation>el salario máximo es menor que el mínimo</translation>
    </message>
    <message>
        <source>a role cannot move to itself (&apos;{id}&apos;)</source>
        <translation>un puesto no puede tener un cambio hacia sí mismo (&apos;{id}&apos;)</translation>
    </message>
    <message>
        <source>duplicate transition {source} -&gt; {target} (first as transitions[{first}])</source>
        <translation>transición duplicada {source} -&gt; {target} (la primera es transitions[{first}])</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is used by a skill and a role; ids must be unique across skills and roles</source>
        <translation>el id &apos;{id}&apos; lo usan una competencia y un puesto; los id deben ser únicos entre competencias y puestos</translation>
    </message>
    <message>
        <source>prerequisite cycle: {cycle}</source>
        <translation>ciclo de requisitos previos: {cycle}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;{hint}</source>
        <translation>competencia desconocida &apos;{id}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;{hint}</source>
        <translation>puesto desconocido &apos;{id}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown source &apos;{id}&apos;{hint}</source>
        <translation>fuente desconocida &apos;{id}&apos;{hint}</translation>
    </message>
    <message>
        <source>duplicate skill id &apos;{id}&apos; (first as skills[{first}])</source>
        <translation>id de competencia duplicado &apos;{id}&apos; (el primero es skills[{first}])</translation>
    </message>
    <message>
        <source>duplicate role id &apos;{id}&apos; (first as roles[{first}])</source>
        <translation>id de puesto duplicado &apos;{id}&apos; (el primero es roles[{first}])</translation>
    </message>
    <message>
        <source>duplicate source id &apos;{id}&apos; (first as sources[{first}])</source>
        <translation>id de fuente duplicado &apos;{id}&apos; (el primero es sources[{first}])</translation>
    </message>
    <message>
        <source>duplicate facet id &apos;{id}&apos; (first as facets[{first}])</source>
        <translation>id de faceta duplicado &apos;{id}&apos; (el primero es facets[{first}])</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a date looks like 2026-11-22, not {text}</source>
        <translation>una fecha se escribe como 2026-11-22, no {text}</translation>
    </message>
    <message>
        <source>size must look like 1280x800, not {text}</source>
        <translation>el tamaño se escribe como 1280x800, no {text}</translation>
    </message>
    <message>
        <source>size must be between 200x200 and 8000x8000</source>
        <translation>el tamaño debe estar entre 200x200 y 8000x8000</translation>
    </message>
    <message>
        <source>Offline career-path explorer. Without a command, opens the window.</source>
        <translation>Explorador de trayectorias profesionales sin conexión. Sin un comando, abre la ventana.</translation>
    </message>
    <message>
        <source>career pack to open (default: the built-in one)</source>
        <translation>paquete profesional que se abre (por defecto: el incluido)</translation>
    </message>
    <message>
        <source>skills to tick at start</source>
        <translation>competencias marcadas al empezar</translation>
    </message>
    <message>
        <source>current role at start</source>
        <translation>puesto actual al empezar</translation>
    </message>
    <message>
        <source>target role at start</source>
        <translation>puesto objetivo al empezar</translation>
    </message>
    <message>
        <source>render the window offscreen to a PNG and exit</source>
        <translation>dibuja la ventana fuera de pantalla en un PNG y termina</translation>
    </message>
    <message>
        <source>window size for --snapshot</source>
        <translation>tamaño de la ventana para --snapshot</translation>
    </message>
    <message>
        <source>learner profile to open</source>
        <translation>perfil del estudiante que se abre</translation>
    </message>
    <message>
        <source>colour scheme (default: follow the system)</source>
        <translation>combinación de colores (por defecto: la del sistema)</translation>
    </message>
    <message>
        <source>check pack files; print every problem as FILE:LINE:COL</source>
        <translation>comprueba archivos de paquete; muestra cada problema como ARCHIVO:LÍNEA:COL</translation>
    </message>
    <message>
        <source>treat quality warnings as errors (exit {code} when there are any)</source>
        <translation>trata los avisos de calidad como errores (termina con el código {code} si hay alguno)</translation>
    </message>
    <message>
        <source>pack file (default: built-in)</source>
        <translation>archivo de paquete (por defecto: el incluido)</translation>
    </message>
    <message>
        <source>most moves (default {steps})</source>
        <translation>máximo de cambios (por defecto: {steps})</translation>
    </message>
    <message>
        <source>the best path to a role and the skills to learn</source>
        <translation>el mejor itinerario hacia un puesto y las competencias que aprender</translation>
    </message>
    <message>
        <source>target role: id or name (default: the profile&apos;s)</source>
        <translation>puesto objetivo: id o nombre (por defecto: el del perfil)</translation>
    </message>
    <message>
        <source>current role: id or name; its essential skills count as skills you have</source>
        <translation>puesto actual: id o nombre; sus competencias esenciales cuentan como competencias que tienes</translation>
    </message>
    <message>
        <source>skills you have (ids or names)</source>
        <translation>competencias que tienes (id o nombres)</translation>
    </message>
    <message>
        <source>count only the --have skills, not those of the --from role</source>
        <translation>cuenta solo las competencias de --have, no las del puesto de --from</translation>
    </message>
    <message>
        <source>hours a week you can learn (default: the profile&apos;s, else 8)</source>
        <translation>horas a la semana que puedes dedicar a aprender (por defecto: las del perfil, si no 8)</translation>
    </message>
    <message>
        <source>learner profile: its skills, current role and target role</source>
        <translation>perfil del estudiante: sus competencias, su puesto actual y su puesto objetivo</translation>
    </message>
    <message>
        <source>print the plan as JSON</source>
        <translation>muestra el plan en JSON</translation>
    </message>
    <message>
        <source>write a learner&apos;s plan as PDF, Markdown or HTML</source>
        <translation>escribe el plan de aprendizaje de un estudiante en PDF, Markdown o HTML</translation>
    </message>
    <message>
        <source>learner profile (JSON) to write the plan for</source>
        <translation>perfil del estudiante (JSON) para el que se escribe el plan</translation>
    </message>
    <message>
        <source>plan.pdf, plan.md or plan.html</source>
        <translation>plan.pdf, plan.md o plan.html</translation>
    </message>
    <message>
        <source>target role id (default: the profile&apos;s)</source>
        <translation>id del puesto objetivo (por defecto: el del perfil)</translation>
    </message>
    <message>
        <source>date of the plan (default: today)</source>
        <translation>fecha del plan (por defecto: hoy)</translation>
    </message>
    <message>
        <source>roles that fit the skills you have</source>
        <translation>puestos que encajan con las competencias que tienes</translation>
    </message>
    <message>
        <source>current role: its skills count as yours, and roles below its level are left out</source>
        <translation>puesto actual: sus competencias cuentan como tuyas y se omiten los puestos de nivel inferior</translation>
    </message>
    <message>
        <source>with --from, also list roles below its level</source>
        <translation>con --from, incluye también los puestos de nivel inferior</translation>
    </message>
    <message>
        <source>what you enjoy</source>
        <translation>lo que te gusta</translation>
    </message>
    <message>
        <source>list role ids and names</source>
        <translation>lista los id y nombres de los puestos</translation>
    </message>
    <message>
        <source>list skill ids and names</source>
        <translation>lista los id y nombres de las competencias</translation>
    </message>
    <message>
        <source>print the JSON Schema of the pack format</source>
        <translation>muestra el JSON Schema del formato de paquete</translation>
    </message>
    <message>
        <source>language of the output, such as es or fr (default: the system&apos;s, LANG)</source>
        <translation>idioma de la salida, como es o fr (por defecto: el del sistema, LANG)</translation>
    </message>
    <message>
        <source>pathfinder: {problem}</source>
        <translation>pathfinder: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>wrote {file}: %n node(s)</source>
        <translation>
            <numerusform>se ha escrito {file}: %n nodo</numerusform>
            <numerusform>se ha escrito {file}: %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>pathfinder: no translation for &apos;{language}&apos; is installed; using English</source>
        <translation>pathfinder: no hay ninguna traducción instalada para &apos;{language}&apos;; se usa el inglés</translation>
    </message>
    <message>
        <source>Match: how much of each role you already have and how many of your skills it uses (a plan&apos;s figure is only the first part).</source>
        <translation>Coincidencia: cuánto de cada puesto ya tienes y cuántas de tus competencias usa (la cifra de un plan es solo la primera parte).</translation>
    </message>
    <message>
        <source>Ranked by match plus a lift for roles that share your interests:</source>
        <translation>Ordenados por coincidencia más un extra para los puestos que comparten tus intereses:</translation>
    </message>
    <message>
        <source>{percent} match</source>
        <translation>{percent} de coincidencia</translation>
    </message>
    <message>
        <source>{role} ({id}) (match {fit} + {lift} for your interests): {why}</source>
        <translation>{role} ({id}) (coincidencia {fit} + {lift} por tus intereses): {why}</translation>
    </message>
    <message>
        <source>{role} ({id}): {why}</source>
        <translation>{role} ({id}): {why}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill} ({id}, {hours}), a first step toward {role}.</source>
        <translation>Próxima competencia que aprender: {skill} ({id}, {hours}), un primer paso hacia {role}.</translation>
    </message>
    <message>
        <source>{id} {name}  (level {level}, {family})</source>
        <translation>{id} {name}  (nivel {level}, {family})</translation>
    </message>
    <message>
        <source>{id} {name}  ({category}, {hours})</source>
        <translation>{id} {name}  ({category}, {hours})</translation>
    </message>
    <message>
        <source>pathfinder: reading {name} ({size} MB); this takes a while the first time, then it opens from the cache</source>
        <translation>pathfinder: leyendo {name} ({size} MB); la primera vez tarda un rato, después se abre desde la caché</translation>
    </message>
    <message numerus="yes">
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warning(s)</source>
        <translation>
            <numerusform>{path}: correcto ({roles} puestos, {skills} competencias, {transitions} transiciones); %n aviso</numerusform>
            <numerusform>{path}: correcto ({roles} puestos, {skills} competencias, {transitions} transiciones); %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions)</source>
        <translation>{path}: correcto ({roles} puestos, {skills} competencias, {transitions} transiciones)</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder: --max-steps debe ser 0 o más</translation>
    </message>
    <message>
        <source>pathfinder: --hours-per-week must be at least {least} and at most {most}, not {pace}</source>
        <translation>pathfinder: --hours-per-week debe estar entre {least} y {most}, no {pace}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder: el puesto objetivo del perfil, &apos;{role}&apos;, no está en este paquete; indica uno con --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: plan needs --to ROLE (or a --profile with a target role)</source>
        <translation>pathfinder: plan necesita --to ROLE (o un --profile con puesto objetivo)</translation>
    </message>
    <message>
        <source>pathfinder: --have-role-skills needs --from ROLE</source>
        <translation>pathfinder: --have-role-skills necesita --from ROLE</translation>
    </message>
    <message>
        <source>pathfinder: no path: {reason}</source>
        <translation>pathfinder: no hay itinerario: {reason}</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading}:</translation>
    </message>
    <message>
        <source>{hours} h a week</source>
        <translation>{hours} h a la semana</translation>
    </message>
    <message>
        <source>Best path to {target} (starting out, at {pace}):</source>
        <translation>Mejor itinerario hacia {target} (empezando desde cero, con {pace}):</translation>
    </message>
    <message>
        <source>Best path to {target} ({origin}, at {pace}):</source>
        <translation>Mejor itinerario hacia {target} ({origin}, con {pace}):</translation>
    </message>
    <message>
        <source>  {role}  (where you are)</source>
        <translation>  {role}  (donde estás)</translation>
    </message>
    <message>
        <source>  From your role, counted as yours: {skills}</source>
        <translation>  De tu puesto, contadas como tuyas: {skills}</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>nada nuevo que aprender</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}; people usually spend {months} months in {before} first]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span}; lo habitual es pasar {months} meses en {before} antes]  {skills}</translation>
    </message>
    <message>
        <source>  -&gt; {role}  [{hours}, {span}]  {skills}</source>
        <translation>  -&gt; {role}  [{hours}, {span}]  {skills}</translation>
    </message>
    <message>
        <source>Total: nothing to learn; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Total: nada que aprender; {weeks} en total, con el tiempo que se suele pasar en cada puesto antes de cambiar; ya tienes el {percent} de lo que necesita {target}</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {study} of study at {pace}; {weeks} in all, with the time people usually spend in each role before moving on; you already have {percent} of what {target} needs</source>
        <translation>Total: {hours} horas de estudio, {study} de estudio con {pace}; {weeks} en total, con el tiempo que se suele pasar en cada puesto antes de cambiar; ya tienes el {percent} de lo que necesita {target}</translation>
    </message>
    <message>
        <source>Total: {hours} hours to learn, {weeks} at {pace}; you already have {percent} of what {target} needs</source>
        <translation>Total: {hours} horas de estudio, {weeks} con {pace}; ya tienes el {percent} de lo que necesita {target}</translation>
    </message>
    <message>
        <source>Learning plan, in order:</source>
        <translation>Plan de aprendizaje, en orden:</translation>
    </message>
    <message>
        <source>  {number}. {skill} ({id}), {hours}, for {roles}</source>
        <translation>  {number}. {skill} ({id}), {hours}, para {roles}</translation>
    </message>
    <message>
        <source>Next skill to learn: {skill}</source>
        <translation>Próxima competencia que aprender: {skill}</translation>
    </message>
    <message>
        <source>Why: {reason}.</source>
        <translation>Por qué: {reason}.</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>No te queda nada por aprender: ya puedes presentar tu candidatura.</translation>
    </message>
    <message>
        <source>Nice to have for {target}: {skills}</source>
        <translation>Recomendables para {target}: {skills}</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role is empty; give one with --to ROLE (or write &quot;target_role&quot;: null when none is chosen yet)</source>
        <translation>pathfinder: el puesto objetivo del perfil está vacío; indica uno con --to ROLE (o escribe &quot;target_role&quot;: null si aún no hay ninguno elegido)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: the plan is written as .pdf, .md or .html</source>
        <translation>pathfinder: {file}: el plan se escribe como .pdf, .md o .html</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the plan: {why}</source>
        <translation>pathfinder: {file}: no se puede escribir el plan: {why}</translation>
    </message>
    <message>
        <source>wrote {file}</source>
        <translation>se ha escrito {file}</translation>
    </message>
    <message>
        <source>pathfinder: {file}: a PDF needs Qt, which could not start ({why}); write .md or .html instead</source>
        <translation>pathfinder: {file}: un PDF necesita Qt, que no se ha podido iniciar ({why}); escribe .md o .html en su lugar</translation>
    </message>
    <message>
        <source>pathfinder: no picture of the path: Qt could not start ({why})</source>
        <translation>pathfinder: no hay imagen del itinerario: Qt no se ha podido iniciar ({why})</translation>
    </message>
</context>
<context>
    <name>Closest</name>
    <message>
        <source>{name} ({id}): {percent}% match; {why}</source>
        <translation>{name} ({id}): {percent} % de coincidencia; {why}</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>write the career graph for Gephi, Cytoscape or yEd (GraphML, GEXF) or the web (JSON)</source>
        <translation>escribe el grafo profesional para Gephi, Cytoscape o yEd (GraphML, GEXF) o para la web (JSON)</translation>
    </message>
    <message>
        <source>pack file (default: the built-in one)</source>
        <translation>archivo de paquete (por defecto: el incluido)</translation>
    </message>
    <message>
        <source>file to write: graph.graphml, .gexf or .json</source>
        <translation>archivo que se escribe: graph.graphml, .gexf o .json</translation>
    </message>
    <message>
        <source>file format (default: from the FILE&apos;s suffix)</source>
        <translation>formato del archivo (por defecto: según la extensión de FILE)</translation>
    </message>
    <message>
        <source>learner profile whose plan is marked on the graph (on_route, step...)</source>
        <translation>perfil del estudiante cuyo plan se marca en el grafo (on_route, step...)</translation>
    </message>
    <message>
        <source>with --profile: target role (default: the profile&apos;s)</source>
        <translation>con --profile: puesto objetivo (por defecto: el del perfil)</translation>
    </message>
    <message>
        <source>pathfinder: {file}: say which format to write with --format {formats}, or name the file .graphml, .gexf or .json</source>
        <translation>pathfinder: {file}: indica con --format {formats} qué formato escribir, o usa la extensión .graphml, .gexf o .json</translation>
    </message>
    <message>
        <source>pathfinder: --max-steps must be 0 or more</source>
        <translation>pathfinder: --max-steps debe ser 0 o más</translation>
    </message>
    <message>
        <source>pathfinder: --to needs --profile</source>
        <translation>pathfinder: --to necesita --profile</translation>
    </message>
    <message>
        <source>pathfinder: {file}: cannot write the graph: {why}</source>
        <translation>pathfinder: {file}: no se puede escribir el grafo: {why}</translation>
    </message>
    <message>
        <source>pathfinder: the profile has no target role; give one with --to ROLE</source>
        <translation>pathfinder: el perfil no tiene puesto objetivo; indica uno con --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: the profile&apos;s target role &apos;{role}&apos; is not in this pack; give one with --to ROLE</source>
        <translation>pathfinder: el puesto objetivo del perfil, &apos;{role}&apos;, no está en este paquete; indica uno con --to ROLE</translation>
    </message>
    <message>
        <source>pathfinder: no path: {why}</source>
        <translation>pathfinder: no hay itinerario: {why}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare roles</source>
        <translation>Comparar puestos</translation>
    </message>
    <message>
        <source>First role to compare</source>
        <translation>Primer puesto que comparar</translation>
    </message>
    <message>
        <source>Second role to compare</source>
        <translation>Segundo puesto que comparar</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;with</source>
        <translation>co&amp;n</translation>
    </message>
    <message>
        <source>⇄ &amp;Swap</source>
        <translation>⇄ &amp;Intercambiar</translation>
    </message>
    <message>
        <source>Swap the two roles</source>
        <translation>Intercambiar los dos puestos</translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation>Intercambiar las dos columnas</translation>
    </message>
    <message>
        <source>Comparison of the two roles</source>
        <translation>Comparación de los dos puestos</translation>
    </message>
    <message>
        <source>✓ marks a skill you already have, ◐ one you are learning. Fit is the share of a role&apos;s essential learning (with prerequisites) you have done.</source>
        <translation>✓ marca una competencia que ya tienes; ◐, una que estás aprendiendo. El encaje es la parte del aprendizaje esencial de un puesto (con requisitos previos) que ya has hecho.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia profesional</translation>
    </message>
    <message>
        <source>Role described by</source>
        <translation>Puesto descrito por</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Rango salarial</translation>
    </message>
    <message>
        <source>Your fit</source>
        <translation>Tu encaje</translation>
    </message>
    <message>
        <source>Still to learn</source>
        <translation>Por aprender</translation>
    </message>
    <message>
        <source>Essential skills in both</source>
        <translation>Competencias esenciales en ambos</translation>
    </message>
    <message>
        <source>Essential only here</source>
        <translation>Esenciales solo aquí</translation>
    </message>
    <message>
        <source>Optional skills in both</source>
        <translation>Competencias opcionales en ambos</translation>
    </message>
    <message>
        <source>Optional only here</source>
        <translation>Opcionales solo aquí</translation>
    </message>
    <message>
        <source>The hours for this role&apos;s own essential skills. A route to it may pass through other roles that ask for more; the Plan panel shows that total.</source>
        <translation>Las horas de las competencias esenciales propias de este puesto. Un itinerario hacia él puede pasar por otros puestos que piden más; el panel Plan muestra ese total.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>Not given for this role in the career pack</source>
        <translation>El paquete profesional no lo indica para este puesto</translation>
    </message>
    <message>
        <source>not given in this pack</source>
        <translation>no se indica en este paquete</translation>
    </message>
    <message>
        <source>not said in this pack</source>
        <translation>este paquete no lo dice</translation>
    </message>
    <message>
        <source>{percent}% of the essential learning</source>
        <translation>{percent}% del aprendizaje esencial</translation>
    </message>
    <message>
        <source>nothing: you have every essential skill</source>
        <translation>nada: tienes todas las competencias esenciales</translation>
    </message>
    <message>
        <source>about {hours} hours ({time})</source>
        <translation>unas {hours} horas ({time})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Pathfinder hit a problem</source>
        <translation>Pathfinder ha tenido un problema</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Something went wrong inside Pathfinder. {saved} {logged} You can keep working; if anything looks wrong, close Pathfinder and open it again. To report the problem, copy the details below.</source>
        <translation>Algo ha fallado dentro de Pathfinder. {saved} {logged} Puedes seguir trabajando; si algo no se ve bien, cierra Pathfinder y vuelve a abrirlo. Para informar del problema, copia los detalles de abajo.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>The details could not be written to a log ({reason}).</source>
        <translation>No se han podido escribir los detalles en un registro ({reason}).</translation>
    </message>
    <message>
        <source>The details are in {log}.</source>
        <translation>Los detalles están en {log}.</translation>
    </message>
    <message>
        <source>No profile was open, so there was nothing to save.</source>
        <translation>No había ningún perfil abierto, así que no había nada que guardar.</translation>
    </message>
    <message>
        <source>Your profile was saved to {path}.</source>
        <translation>Tu perfil se ha guardado en {path}.</translation>
    </message>
    <message>
        <source>Your profile could not be saved just now ({path} keeps its last saved version).</source>
        <translation>No se ha podido guardar tu perfil en este momento ({path} conserva la última versión guardada).</translation>
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
        <translation>nada de tiempo</translation>
    </message>
    <message>
        <source>about a week</source>
        <translation>una semana aproximadamente</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>aproximadamente %n semana</numerusform>
            <numerusform>unas %n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s)</source>
        <translation>
            <numerusform>más de %n año</numerusform>
            <numerusform>más de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n year(s)</source>
        <translation>
            <numerusform>más de %n año</numerusform>
            <numerusform>más de %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>week {week}</source>
        <translation>semana {week}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>semanas {first}–{last}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>long date</comment>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>short date</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>is a folder, not a pack file</source>
        <translation>es una carpeta, no un archivo de paquete</translation>
    </message>
    <message>
        <source>is a folder, not a profile file</source>
        <translation>es una carpeta, no un archivo de perfil</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>too big</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <source>Roles shown in the graph</source>
        <translation>Puestos mostrados en el grafo</translation>
    </message>
    <message>
        <source>Show a family of roles</source>
        <translation>Mostrar una familia profesional</translation>
    </message>
    <message>
        <source>Add every role of one family to the graph</source>
        <translation>Añadir al grafo todos los puestos de una familia profesional</translation>
    </message>
    <message>
        <source>Back to my roles</source>
        <translation>Volver a mis puestos</translation>
    </message>
    <message>
        <source>Show only the roles around you, your target and path</source>
        <translation>Mostrar solo los puestos de tu entorno, tu puesto objetivo y tu trayectoria</translation>
    </message>
    <message>
        <source>Show a family…</source>
        <translation>Mostrar una familia…</translation>
    </message>
    <message>
        <source>{family} ({count})</source>
        <translation>{family} ({count})</translation>
    </message>
    <message>
        <source>Showing all {total} roles</source>
        <translation>Se muestran los {total} puestos</translation>
    </message>
    <message>
        <source>Showing {count} of {total} roles: around you</source>
        <translation>Se muestran {count} de {total} puestos: los de tu entorno</translation>
    </message>
    <message>
        <source>Show roles around me</source>
        <translation>Mostrar los puestos de mi entorno</translation>
    </message>
    <message>
        <source>Show all roles</source>
        <translation>Mostrar todos los puestos</translation>
    </message>
    <message>
        <source>Back to the roles around you</source>
        <translation>Volver a los puestos de tu entorno</translation>
    </message>
    <message>
        <source>Draw every role of the pack; zoom in to read them</source>
        <translation>Dibuja todos los puestos del paquete; amplía para leerlos</translation>
    </message>
</context>
<context>
    <name>GraphKeys</name>
    <message>
        <source>Move {number} of {count} with {role}</source>
        <translation>Cambio {number} de {count} desde {role}</translation>
    </message>
    <message>
        <source>{left} / {right}</source>
        <translation>{left} / {right}</translation>
    </message>
    <message>
        <source>The role one level down or up in the same family lane</source>
        <translation>El puesto un nivel más abajo o más arriba en la misma familia profesional</translation>
    </message>
    <message>
        <source>{up} / {down}</source>
        <translation>{up} / {down}</translation>
    </message>
    <message>
        <source>The role above or below: same level first, else the neighbouring lane</source>
        <translation>El puesto de encima o de debajo: primero del mismo nivel, si no, de la familia vecina</translation>
    </message>
    <message>
        <source>Follow a move out of the selected role (your route&apos;s first)</source>
        <translation>Seguir un cambio que sale del puesto seleccionado (primero el de tu itinerario)</translation>
    </message>
    <message>
        <source>Go back along a move into the selected role</source>
        <translation>Volver por un cambio que llega al puesto seleccionado</translation>
    </message>
    <message>
        <source>Try the other moves of the same role, one after another</source>
        <translation>Probar los demás cambios del mismo puesto, uno tras otro</translation>
    </message>
    <message>
        <source>Make the selected role your target</source>
        <translation>Hacer del puesto seleccionado tu objetivo</translation>
    </message>
    <message>
        <source>Show the selected role&apos;s details</source>
        <translation>Mostrar los detalles del puesto seleccionado</translation>
    </message>
    <message>
        <source>{menu} / {shift_f10}</source>
        <translation>{menu} / {shift_f10}</translation>
    </message>
    <message>
        <source>More for the selected role: set as current role, compare</source>
        <translation>Más opciones para el puesto seleccionado: fijarlo como puesto actual, comparar</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Quitar la selección</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <source>Graph legend</source>
        <translation>Leyenda del grafo</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Show or hide the graph legend</source>
        <translation>Mostrar u ocultar la leyenda del grafo</translation>
    </message>
    <message>
        <source>Show or hide the legend</source>
        <translation>Mostrar u ocultar la leyenda</translation>
    </message>
    <message>
        <source>Fit to your skills, 0–100 %</source>
        <translation>Encaje con tus competencias, 0–100 %</translation>
    </message>
    <message>
        <source>Best path to your target</source>
        <translation>Mejor itinerario hacia tu puesto objetivo</translation>
    </message>
    <message>
        <source>Possible move</source>
        <translation>Cambio posible</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Your current role</source>
        <translation>Tu puesto actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Your target role</source>
        <translation>Tu puesto objetivo</translation>
    </message>
    <message>
        <source>Skill still to learn, in order</source>
        <translation>Competencia por aprender, en orden</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Level {level} · {family}</source>
        <translation>Nivel {level} · {family}</translation>
    </message>
    <message>
        <source>Double-click to make it your target</source>
        <translation>Haz doble clic para convertirlo en tu puesto objetivo</translation>
    </message>
    <message>
        <source>Fit to your skills: {fit}</source>
        <translation>Encaje con tus competencias: {fit}</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) · {hours} h</source>
        <translation>
            <numerusform>%n competencia · {hours} h</numerusform>
            <numerusform>%n competencias · {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <source>To learn for {role_name}: {names}. Click to open the route view.</source>
        <translation>Por aprender para {role_name}: {names}. Haz clic para abrir la vista del itinerario.</translation>
    </message>
    <message>
        <source>Career graph</source>
        <translation>Grafo profesional</translation>
    </message>
    <message>
        <source>Roles by family and level. Arrow keys move between roles, Alt with an arrow along their moves, Enter makes the selected role your target, Space shows its details, the menu key offers more.</source>
        <translation>Puestos por familia profesional y nivel. Las flechas te llevan de un puesto a otro, Alt con una flecha recorre sus cambios, Intro convierte el puesto seleccionado en tu puesto objetivo, Espacio muestra sus detalles y la tecla de menú ofrece más opciones.</translation>
    </message>
    <message>
        <source>Role actions</source>
        <translation>Acciones del puesto</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Elegir como mi puesto &amp;actual</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Elegir como puesto &amp;objetivo</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>Show the &amp;moves around this role</source>
        <translation>Ver los &amp;cambios en torno a este puesto</translation>
    </message>
    <message>
        <source>Show its whole &amp;family ({family})</source>
        <translation>Ver toda su &amp;familia ({family})</translation>
    </message>
    <message>
        <source>Selected: {role}, level {level}, {family}, fit {fit}</source>
        <translation>Seleccionado: {role}, nivel {level}, {family}, encaje {fit}</translation>
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
        <translation>Primeros pasos con Pathfinder</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Show me a sample &amp;route</source>
        <translation>Ver un &amp;itinerario de ejemplo</translation>
    </message>
    <message>
        <source>Pathfinder shows where your skills can take you: the roles of a career pack on a map, the best route to the role you want, and what to learn on the way, in order, with hours and dates. It never goes online.</source>
        <translation>Pathfinder te muestra adónde pueden llevarte tus competencias: los puestos de un paquete profesional en un mapa, el mejor itinerario hacia el puesto que quieres y lo que tienes que aprender por el camino, en orden, con horas y fechas. Nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Your first ten minutes</source>
        <translation>Tus primeros diez minutos</translation>
    </message>
    <message>
        <source>In the Skills panel on the left, tick the skills you have. Click a tick again to mark a skill you are learning.</source>
        <translation>En el panel Competencias, a la izquierda, marca las competencias que tienes. Haz clic de nuevo en una marca para indicar que estás aprendiendo esa competencia.</translation>
    </message>
    <message>
        <source>In the Plan panel, choose the role you have now and the role you want. You can also double-click a role on the map to make it your target.</source>
        <translation>En el panel Plan, elige el puesto que tienes ahora y el que quieres. También puedes hacer doble clic en un puesto del mapa para convertirlo en tu objetivo.</translation>
    </message>
    <message>
        <source>Set how many hours a week you can give to learning: every date follows it.</source>
        <translation>Indica cuántas horas a la semana puedes dedicar a aprender: todas las fechas dependen de ello.</translation>
    </message>
    <message>
        <source>Open the Route tab: your route as a line of stations, the skills to learn before each one, their hours, and the date you reach each station.</source>
        <translation>Abre la pestaña Itinerario: tu itinerario como una línea de paradas, las competencias que aprender antes de cada una, sus horas y la fecha en que llegas a cada parada.</translation>
    </message>
    <message>
        <source>Reading the map</source>
        <translation>Cómo leer el mapa</translation>
    </message>
    <message>
        <source>Roles sit in lanes by family, and in columns by level, from entry roles on the left.</source>
        <translation>Los puestos se ordenan en carriles por familia profesional y en columnas por nivel, con los puestos de entrada a la izquierda.</translation>
    </message>
    <message>
        <source>The thick coloured line is your best route; roles off it fade.</source>
        <translation>La línea gruesa de color es tu mejor itinerario; los puestos que quedan fuera se atenúan.</translation>
    </message>
    <message>
        <source>Point at a role to light up its moves and the roles they lead to; click it for its details.</source>
        <translation>Pasa el puntero por un puesto para resaltar sus cambios y los puestos a los que llevan; haz clic en él para ver sus detalles.</translation>
    </message>
    <message>
        <source>The label on a role of your route (for example “5 skills · 120 h”) says what that step needs; click it to open the route view there.</source>
        <translation>La etiqueta de un puesto de tu itinerario (por ejemplo, “5 competencias · 120 h”) indica lo que necesita esa etapa; haz clic en ella para abrir allí la vista del itinerario.</translation>
    </message>
    <message>
        <source>The tint and bar of a role show how much of it your skills already cover. Legend, at the bottom left, explains every mark.</source>
        <translation>El tono y la barra de un puesto muestran cuánto de él cubren ya tus competencias. La leyenda, abajo a la izquierda, explica cada marca.</translation>
    </message>
    <message>
        <source>For counsellors</source>
        <translation>Para orientadores</translation>
    </message>
    <message>
        <source>File &gt; Switch profile (Ctrl+L) keeps one profile per learner: type a name and press Enter to open it.</source>
        <translation>Archivo &gt; Cambiar de perfil (Ctrl+L) guarda un perfil por estudiante: escribe un nombre y pulsa Intro para abrirlo.</translation>
    </message>
    <message>
        <source>Notes for a session go in the Learner panel; File &gt; Export plan and File &gt; Print plan hand over the plan on paper.</source>
        <translation>Las notas de una sesión van en el panel Estudiante; Archivo &gt; Exportar el plan y Archivo &gt; Imprimir el plan entregan el plan en papel.</translation>
    </message>
    <message>
        <source>F11 shows the map and the route full screen for a projector, with the learner&apos;s name; Esc leaves.</source>
        <translation>F11 muestra el mapa y el itinerario a pantalla completa para un proyector, con el nombre del estudiante; Esc sale.</translation>
    </message>
    <message>
        <source>Show a sample route to {name}</source>
        <translation>Ver un itinerario de ejemplo hacia {name}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>a number of hours, not {text}</source>
        <translation>un número de horas, no {text}</translation>
    </message>
    <message>
        <source>hours must be a number greater than 0 and at most {most}, not {text}</source>
        <translation>las horas deben ser un número mayor que 0 y como mucho {most}, no {text}</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100, not {text}</source>
        <translation>un número entero de 1 a 100, no {text}</translation>
    </message>
    <message>
        <source>a number from 1 to 5, not {text}</source>
        <translation>un número de 1 a 5, no {text}</translation>
    </message>
    <message>
        <source>importance runs from 1 to 5, not {text}</source>
        <translation>la importancia va de 1 a 5, no {text}</translation>
    </message>
    <message>
        <source>tiers are a comma list of {tiers}</source>
        <translation>las categorías son una lista separada por comas de {tiers}</translation>
    </message>
    <message>
        <source>languages are a comma list of lower-case codes like es or es,fr, not {text}</source>
        <translation>los idiomas son una lista separada por comas de códigos en minúsculas como es o es,fr, no {text}</translation>
    </message>
    <message>
        <source>turn ESCO or O*NET data files into a career pack</source>
        <translation>convierte archivos de datos de ESCO u O*NET en un paquete profesional</translation>
    </message>
    <message>
        <source>ESCO occupations and skills (European Commission)</source>
        <translation>ocupaciones y competencias de ESCO (Comisión Europea)</translation>
    </message>
    <message>
        <source>PATH is the folder with the two ESCO CSV zips (classification and relations), or with their unzipped CSV files.</source>
        <translation>PATH es la carpeta con los dos zip CSV de ESCO (clasificación y relaciones), o con sus archivos CSV descomprimidos.</translation>
    </message>
    <message>
        <source>moves by shared skills per role (5)</source>
        <translation>cambios por puesto según competencias compartidas (5)</translation>
    </message>
    <message>
        <source>effort of a skill (40)</source>
        <translation>esfuerzo de una competencia (40)</translation>
    </message>
    <message>
        <source>effort of a knowledge item (80)</source>
        <translation>esfuerzo de un conocimiento (80)</translation>
    </message>
    <message>
        <source>O*NET occupations, skills and related occupations (US Department of Labor)</source>
        <translation>ocupaciones, competencias y ocupaciones relacionadas de O*NET (Departamento de Trabajo de EE. UU.)</translation>
    </message>
    <message>
        <source>PATH is the folder of O*NET database text files (tab-separated, either the text layout or the Excel layout).</source>
        <translation>PATH es la carpeta de archivos de texto de la base de datos de O*NET (separados por tabuladores, con la estructura de texto o la de Excel).</translation>
    </message>
    <message>
        <source>related-occupation tiers that become moves (Primary-Short,Primary-Long)</source>
        <translation>categorías de ocupaciones relacionadas que se convierten en cambios (Primary-Short,Primary-Long)</translation>
    </message>
    <message>
        <source>skills and knowledge rated at least this important (1-5) become essential (3.5)</source>
        <translation>las competencias y conocimientos con una importancia de al menos este valor (1-5) pasan a ser esenciales (3.5)</translation>
    </message>
    <message>
        <source>effort of a technology skill (40)</source>
        <translation>esfuerzo de una competencia tecnológica (40)</translation>
    </message>
    <message>
        <source>effort of a skill (80)</source>
        <translation>esfuerzo de una competencia (80)</translation>
    </message>
    <message>
        <source>effort of a knowledge area (120)</source>
        <translation>esfuerzo de un área de conocimiento (120)</translation>
    </message>
    <message>
        <source>pack to write</source>
        <translation>paquete que se escribe</translation>
    </message>
    <message>
        <source>no progress lines</source>
        <translation>sin líneas de progreso</translation>
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
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>wrote {file} ({size}): {roles} roles, {skills} skills, {transitions} transitions in {seconds} s</source>
        <translation>se ha escrito {file} ({size}): {roles} puestos, {skills} competencias, {transitions} transiciones en {seconds} s</translation>
    </message>
    <message>
        <source>the two ESCO zips or their unzipped CSV files (occupations_en.csv, ...)</source>
        <translation>los dos zip de ESCO o sus archivos CSV descomprimidos (occupations_en.csv, ...)</translation>
    </message>
    <message>
        <source>{folder}: no occupations_en.csv here; expected {what}</source>
        <translation>{folder}: aquí no hay occupations_en.csv; se esperaba {what}</translation>
    </message>
    <message>
        <source>reading {file}</source>
        <translation>leyendo {file}</translation>
    </message>
    <message numerus="yes">
        <source>reading occupationSkillRelations.csv ({count} occupation(s))</source>
        <translation>
            <numerusform>leyendo occupationSkillRelations.csv ({count} ocupación)</numerusform>
            <numerusform>leyendo occupationSkillRelations.csv ({count} ocupaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>deriving prerequisites from skillSkillRelations.csv</source>
        <translation>derivando requisitos previos de skillSkillRelations.csv</translation>
    </message>
    <message>
        <source>deriving moves: each role&apos;s {count} most similar at its level or the next</source>
        <translation>derivando cambios: para cada puesto, los {count} más parecidos de su nivel o del siguiente</translation>
    </message>
    <message>
        <source>{root}: no {file} here: --language {lang} needs ESCO&apos;s classification files in that language (the &apos;{lang}&apos; classification zip) beside the {base} ones</source>
        <translation>{root}: aquí no hay {file}: --language {lang} necesita los archivos de clasificación de ESCO en ese idioma (el zip de clasificación &apos;{lang}&apos;) junto a los de {base}</translation>
    </message>
    <message>
        <source>{lang}: {file} has no label for {missing} of the {total}; they show in {base} there: {listed}</source>
        <translation>{lang}: {file} no tiene etiqueta para {missing} de los {total}; en ese idioma se muestran en {base}: {listed}</translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</source>
        <translation>
            <numerusform>omitida {count} fila de occupationSkillRelations.csv: la ocupación {uri} no está en el archivo de ocupaciones</numerusform>
            <numerusform>omitidas {count} filas de occupationSkillRelations.csv: la ocupación {uri} no está en el archivo de ocupaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: skill {uri} is not in the skills file</source>
        <translation>
            <numerusform>omitida {count} fila de occupationSkillRelations.csv: la competencia {uri} no está en el archivo de competencias</numerusform>
            <numerusform>omitidas {count} filas de occupationSkillRelations.csv: la competencia {uri} no está en el archivo de competencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {rows} more row(s) of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</source>
        <translation>
            <numerusform>omitida {rows} fila más de occupationSkillRelations.csv por {uris} URI desconocidos más; ¿son los dos zip de la misma versión de ESCO?</numerusform>
            <numerusform>omitidas {rows} filas más de occupationSkillRelations.csv por {uris} URI desconocidos más; ¿son los dos zip de la misma versión de ESCO?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) with relation type &apos;{kind}&apos;</source>
        <translation>
            <numerusform>omitida {count} fila con el tipo de relación &apos;{kind}&apos;</numerusform>
            <numerusform>omitidas {count} filas con el tipo de relación &apos;{kind}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of skillSkillRelations.csv that point to skills not in the skills file</source>
        <translation>
            <numerusform>omitida {count} fila de skillSkillRelations.csv que apunta a competencias que no están en el archivo de competencias</numerusform>
            <numerusform>omitidas {count} filas de skillSkillRelations.csv que apuntan a competencias que no están en el archivo de competencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out {count} optional skill-skill relation(s): only essential ones become prerequisites</source>
        <translation>
            <numerusform>se ha dejado fuera {count} relación opcional entre competencias: solo las esenciales pasan a ser requisitos previos</numerusform>
            <numerusform>se han dejado fuera {count} relaciones opcionales entre competencias: solo las esenciales pasan a ser requisitos previos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} essential skill-skill relation(s) became prerequisites; {dropped} dropped because they would form a cycle</source>
        <translation>
            <numerusform>{count} relación esencial entre competencias ha pasado a ser requisito previo; {dropped} descartadas porque formarían un ciclo</numerusform>
            <numerusform>{count} relaciones esenciales entre competencias han pasado a ser requisitos previos; {dropped} descartadas porque formarían un ciclo</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped prerequisite {skill} requires {prerequisite}: it would close the cycle {cycle}</source>
        <translation>descartado el requisito previo {prerequisite} de {skill}: cerraría el ciclo {cycle}</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without an ISCO group got level {level}</source>
        <translation>
            <numerusform>{count} ocupación sin grupo CIUO ha recibido el nivel {level}</numerusform>
            <numerusform>{count} ocupaciones sin grupo CIUO han recibido el nivel {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read {count} skill(s)</source>
        <translation>
            <numerusform>leída {count} competencia</numerusform>
            <numerusform>leídas {count} competencias</numerusform>
        </translation>
    </message>
    <message>
        <source>the O*NET database text files (Occupation Data.txt, Technology Skills.txt, ...)</source>
        <translation>los archivos de texto de la base de datos de O*NET (Occupation Data.txt, Technology Skills.txt, ...)</translation>
    </message>
    <message>
        <source>{folder}: no {files} here; expected {what}</source>
        <translation>{folder}: aquí no hay {files}; se esperaba {what}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>no {file} in {folder}: imported without it</source>
        <translation>no hay {file} en {folder}: importado sin él</translation>
    </message>
    <message>
        <source>reading technology skills</source>
        <translation>leyendo las competencias tecnológicas</translation>
    </message>
    <message>
        <source>Technology Skills.txt has no In Demand column (an older O*NET release): every technology skill is optional</source>
        <translation>Technology Skills.txt no tiene columna In Demand (una versión antigua de O*NET): todas las competencias tecnológicas son opcionales</translation>
    </message>
    <message>
        <source>reading Skills and Knowledge ratings</source>
        <translation>leyendo las valoraciones de Skills y Knowledge</translation>
    </message>
    <message>
        <source>reading alternate titles and related occupations</source>
        <translation>leyendo títulos alternativos y ocupaciones relacionadas</translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without a Job Zone got the typical zone of their SOC group</source>
        <translation>
            <numerusform>{count} ocupación sin Job Zone ha recibido la zona típica de su grupo SOC</numerusform>
            <numerusform>{count} ocupaciones sin Job Zone han recibido la zona típica de su grupo SOC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without Skills or Knowledge ratings kept with their technology skills and related occupations</source>
        <translation>
            <numerusform>{count} ocupación sin valoraciones de Skills ni Knowledge se conserva con sus competencias tecnológicas y ocupaciones relacionadas</numerusform>
            <numerusform>{count} ocupaciones sin valoraciones de Skills ni Knowledge se conservan con sus competencias tecnológicas y ocupaciones relacionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of {file} for occupations not in Occupation Data.txt</source>
        <translation>
            <numerusform>omitida {count} fila de {file} de ocupaciones que no están en Occupation Data.txt</numerusform>
            <numerusform>omitidas {count} filas de {file} de ocupaciones que no están en Occupation Data.txt</numerusform>
        </translation>
    </message>
    <message>
        <source>{folder}: no such folder</source>
        <translation>{folder}: no existe la carpeta</translation>
    </message>
    <message>
        <source>{folder}: is a file; give the folder that holds {what}</source>
        <translation>{folder}: es un archivo; indica la carpeta que contiene {what}</translation>
    </message>
    <message>
        <source>{folder}: cannot read the folder: {why}</source>
        <translation>{folder}: no se puede leer la carpeta: {why}</translation>
    </message>
    <message>
        <source>{file}: not a readable zip file ({why})</source>
        <translation>{file}: no es un archivo zip legible ({why})</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}: el archivo está vacío</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{file}: no column &apos;{column}&apos; in its header (found: {found})</source>
        <translation>{file}: no hay columna &apos;{column}&apos; en su cabecera (encontradas: {found})</translation>
    </message>
    <message>
        <source>{file}:{line}: not UTF-8 text</source>
        <translation>{file}:{line}: no es texto UTF-8</translation>
    </message>
    <message>
        <source>{file}: cannot read it from the zip ({why})</source>
        <translation>{file}: no se puede leer dentro del zip ({why})</translation>
    </message>
    <message>
        <source>{file}: cannot read the file: {why}</source>
        <translation>{file}: no se puede leer el archivo: {why}</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>escribiendo el paquete</translation>
    </message>
    <message>
        <source>writing the header</source>
        <translation>escribiendo la cabecera</translation>
    </message>
    <message>
        <source>writing the import notes</source>
        <translation>escribiendo las notas de importación</translation>
    </message>
    <message numerus="yes">
        <source>writing {count} skill(s)</source>
        <translation>
            <numerusform>escribiendo {count} competencia</numerusform>
            <numerusform>escribiendo {count} competencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} role(s)</source>
        <translation>
            <numerusform>escribiendo {count} puesto</numerusform>
            <numerusform>escribiendo {count} puestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} transition(s)</source>
        <translation>
            <numerusform>escribiendo {count} transición</numerusform>
            <numerusform>escribiendo {count} transiciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: cannot write the pack: {why}</source>
        <translation>{file}: no se puede escribir el paquete: {why}</translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>&amp;Map as text…</source>
        <translation>&amp;Mapa como texto…</translation>
    </message>
    <message>
        <source>Route as te&amp;xt…</source>
        <translation>Itinerario como te&amp;xto…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious panel</source>
        <translation>Panel an&amp;terior</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Pathfinder will use {language} the next time it starts.</source>
        <translation>Pathfinder usará {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>LearnerPanel</name>
    <message>
        <source>{start}… ({more} more characters in the profile)</source>
        <translation>{start}… ({more} caracteres más en el perfil)</translation>
    </message>
    <message>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>What do you enjoy?</source>
        <translation>¿Qué te gusta?</translation>
    </message>
    <message>
        <source>What do you enjoy</source>
        <translation>Qué te gusta</translation>
    </message>
    <message>
        <source>Session notes</source>
        <translation>Notas de la sesión</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Write a note for this session (Ctrl+Enter adds it)</source>
        <translation>Escribe una nota para esta sesión (Ctrl+Enter la añade)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>I enjoy {tag}</source>
        <translation>Me gusta {tag}</translation>
    </message>
    <message>
        <source>A note holds at most {limit} characters; this one has {length}. Split it in two.</source>
        <translation>Una nota admite como mucho {limit} caracteres; esta tiene {length}. Divídela en dos.</translation>
    </message>
    <message>
        <source>This profile holds {limit} notes, the most a profile keeps. Export it to keep them, then start a new profile for the notes to come.</source>
        <translation>Este perfil tiene {limit} notas, el máximo que guarda un perfil. Expórtalo para conservarlas y empieza un perfil nuevo para las notas siguientes.</translation>
    </message>
    <message>
        <source>{older} older notes are kept in the profile (export it to read them).</source>
        <translation>En el perfil se guardan {older} notas anteriores (expórtalo para leerlas).</translation>
    </message>
    <message>
        <source>Not in this pack (kept in the profile): {ids}</source>
        <translation>No están en este paquete (se guardan en el perfil): {ids}</translation>
    </message>
    <message>
        <source>Kept for the pack {pack}: {names}</source>
        <translation>Guardadas para el paquete {pack}: {names}</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Licences and notices</source>
        <translation>Licencias y avisos</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>a link must be an http:// or https:// URL</source>
        <translation>un enlace debe ser una URL http:// o https://</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a link cannot hold {char}: write it as {code}</source>
        <translation>un enlace no puede contener {char}: escríbelo como {code}</translation>
    </message>
    <message>
        <source>a link&apos;s &apos;%&apos; must start a code like %20 (write a &apos;%&apos; itself as %25)</source>
        <translation>en un enlace, &apos;%&apos; debe empezar un código como %20 (escribe el propio &apos;%&apos; como %25)</translation>
    </message>
    <message>
        <source>a link&apos;s host in [...] must be an IPv6 address</source>
        <translation>en un enlace, el host entre [...] debe ser una dirección IPv6</translation>
    </message>
    <message>
        <source>a link&apos;s port must be a number from 0 to 65535</source>
        <translation>en un enlace, el puerto debe ser un número de 0 a 65535</translation>
    </message>
    <message>
        <source>a link must name a host after {scheme}:// (like {scheme}://example.org/page)</source>
        <translation>un enlace debe indicar un host después de {scheme}:// (como {scheme}://example.org/page)</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a valid host name in a link</source>
        <translation>&apos;{host}&apos; no es un nombre de host válido en un enlace</translation>
    </message>
</context>
<context>
    <name>Located</name>
    <message>
        <source>unexpected YAML structure</source>
        <translation>estructura YAML inesperada</translation>
    </message>
    <message>
        <source>the document expands to too many values (too many aliases?); refusing to read it</source>
        <translation>el documento se expande a demasiados valores (¿demasiados alias?); no se lee</translation>
    </message>
    <message>
        <source>the alias *{anchor} names no anchor defined before it</source>
        <translation>el alias *{anchor} no nombra ningún ancla definida antes</translation>
    </message>
    <message>
        <source>a key must be a plain word</source>
        <translation>una clave debe ser una palabra simple</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first at line {line}, column {column})</source>
        <translation>clave duplicada &apos;{key}&apos; (la primera en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>merge keys (&lt;&lt;) are not supported in packs</source>
        <translation>las claves de fusión (&lt;&lt;) no se admiten en los paquetes</translation>
    </message>
    <message>
        <source>a number of {digits} digits is too large to read</source>
        <translation>un número de {digits} dígitos es demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>cannot read {value} as {tag}: {reason}</source>
        <translation>no se puede leer {value} como {tag}: {reason}</translation>
    </message>
    <message>
        <source>{start}… ({count} characters)</source>
        <translation>{start}… ({count} caracteres)</translation>
    </message>
    <message>
        <source>the tag {tag} is not allowed in a pack (tags that build objects never are)</source>
        <translation>la etiqueta {tag} no se permite en un paquete (las etiquetas que construyen objetos nunca se permiten)</translation>
    </message>
    <message>
        <source>a pack is one YAML document; this file has another one after &apos;---&apos;</source>
        <translation>un paquete es un único documento YAML; este archivo tiene otro después de &apos;---&apos;</translation>
    </message>
    <message>
        <source>{problem} (a tab: indent with spaces; YAML does not allow tabs there)</source>
        <translation>{problem} (un tabulador: sangra con espacios; YAML no permite tabuladores ahí)</translation>
    </message>
    <message>
        <source>a character</source>
        <translation>un carácter</translation>
    </message>
    <message>
        <source>{character} is not allowed in YAML text ({reason})</source>
        <translation>{character} no se permite en texto YAML ({reason})</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>YAML no válido: {problem}</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>anidamiento de más de {levels} niveles</translation>
    </message>
    <message>
        <source>the file is UTF-16 text (Notepad&apos;s &apos;Unicode&apos;); save it as UTF-8</source>
        <translation>el archivo es texto UTF-16 (&apos;Unicode&apos; del Bloc de notas); guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as UTF-8)</source>
        <translation>el archivo no es texto UTF-8 (guárdalo como UTF-8)</translation>
    </message>
    <message>
        <source>indent with spaces; YAML does not allow tabs there</source>
        <translation>sangra con espacios; YAML no permite tabuladores ahí</translation>
    </message>
    <message>
        <source>check the indentation, or put a value with &apos;: &apos; in quotes</source>
        <translation>revisa la sangría o pon entre comillas un valor que contenga &apos;: &apos;</translation>
    </message>
    <message>
        <source>a list opened with &apos;[&apos; is not closed</source>
        <translation>una lista abierta con &apos;[&apos; no está cerrada</translation>
    </message>
    <message>
        <source>an entry opened with &apos;{&apos; is not closed</source>
        <translation>una entrada abierta con &apos;{&apos; no está cerrada</translation>
    </message>
    <message>
        <source>a key needs &apos;:&apos; after it (or a quote is not closed)</source>
        <translation>una clave necesita &apos;:&apos; después (o hay unas comillas sin cerrar)</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>hay unas comillas sin cerrar</translation>
    </message>
    <message>
        <source>check the indentation of this list entry</source>
        <translation>revisa la sangría de este elemento de la lista</translation>
    </message>
    <message>
        <source>check the indentation of this line</source>
        <translation>revisa la sangría de esta línea</translation>
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
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Pack changed on disk</source>
        <translation>El paquete ha cambiado en el disco</translation>
    </message>
    <message>
        <source>Opening the career pack…</source>
        <translation>Abriendo el paquete profesional…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Role details</source>
        <translation>Detalles del puesto</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
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
        <translation>Nada coincide con “{query}”</translation>
    </message>
    <message>
        <source>{skill} is a skill: shown in the Skills list, and {role} needs it</source>
        <translation>{skill} es una competencia: aparece en la lista Competencias, y {role} la necesita</translation>
    </message>
    <message>
        <source>&amp;Undo {text}</source>
        <translation>&amp;Deshacer {text}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {text}</source>
        <translation>&amp;Rehacer {text}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open pack…</source>
        <translation>A&amp;brir paquete…</translation>
    </message>
    <message>
        <source>&amp;Reload pack</source>
        <translation>&amp;Recargar paquete</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Find role or skill…</source>
        <translation>&amp;Buscar puesto o competencia…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <source>&amp;Fit graph to window</source>
        <translation>Ajustar el &amp;grafo a la ventana</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Compare roles…</source>
        <translation>&amp;Comparar puestos…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;How to use Pathfinder</source>
        <translation>&amp;Cómo usar Pathfinder</translation>
    </message>
    <message>
        <source>&amp;About Pathfinder</source>
        <translation>&amp;Acerca de Pathfinder</translation>
    </message>
    <message>
        <source>Search and view</source>
        <translation>Buscar y ver</translation>
    </message>
    <message>
        <source>Find a role or skill (Ctrl+F)</source>
        <translation>Buscar un puesto o una competencia (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a role or skill</source>
        <translation>Buscar un puesto o una competencia</translation>
    </message>
    <message>
        <source>Open career pack</source>
        <translation>Abrir paquete profesional</translation>
    </message>
    <message>
        <source>Career packs (*.yaml *.yml)</source>
        <translation>Paquetes profesionales (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Opened {pack}: {roles} roles, {skills} skills</source>
        <translation>Se ha abierto {pack}: {roles} puestos, {skills} competencias</translation>
    </message>
    <message>
        <source>The pack file {file} changed on disk.</source>
        <translation>El archivo de paquete {file} ha cambiado en el disco.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>&apos;{id}&apos; names more than one role: {candidates}</source>
        <translation>&apos;{id}&apos; nombra más de un puesto: {candidates}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; names more than one skill: {candidates}</source>
        <translation>&apos;{id}&apos; nombra más de una competencia: {candidates}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>puesto desconocido &apos;{id}&apos; (¿querías decir {offers}?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean {offers}?)</source>
        <translation>competencia desconocida &apos;{id}&apos; (¿querías decir {offers}?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>puesto desconocido &apos;{id}&apos; (¿querías decir &apos;{offer}&apos;?)</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos; (did you mean &apos;{offer}&apos;?)</source>
        <translation>competencia desconocida &apos;{id}&apos; (¿querías decir &apos;{offer}&apos;?)</translation>
    </message>
    <message>
        <source>unknown role &apos;{id}&apos;</source>
        <translation>puesto desconocido &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>unknown skill &apos;{id}&apos;</source>
        <translation>competencia desconocida &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>NextSkillCard</name>
    <message>
        <source>Next skill to learn</source>
        <translation>Próxima competencia que aprender</translation>
    </message>
    <message>
        <source>I have it now</source>
        <translation>Ya la tengo</translation>
    </message>
    <message>
        <source>I&apos;m learning it</source>
        <translation>La estoy aprendiendo</translation>
    </message>
    <message>
        <source>About {hours} hours</source>
        <translation>Unas {hours} horas</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Resources for {skill}</source>
        <translation>Recursos para {skill}</translation>
    </message>
    <message>
        <source>I have {skill} now</source>
        <translation>Ya tengo {skill}</translation>
    </message>
    <message>
        <source>I&apos;m learning {skill}</source>
        <translation>Estoy aprendiendo {skill}</translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message>
        <source>your next move, to {role}, needs it</source>
        <translation>tu próximo cambio, hacia {role}, la necesita</translation>
    </message>
    <message>
        <source>1 other skill in your plan builds on it</source>
        <translation>otra competencia de tu plan se basa en ella</translation>
    </message>
    <message numerus="yes">
        <source>%n other skills in your plan build on it</source>
        <translation>
            <numerusform>%n competencia más de tu plan se basa en ella</numerusform>
            <numerusform>otras %n competencias de tu plan se basan en ella</numerusform>
        </translation>
    </message>
    <message>
        <source>it is one of the core skills of {role}</source>
        <translation>es una de las competencias esenciales de {role}</translation>
    </message>
    <message numerus="yes">
        <source>it is a foundation: %n roles in this pack need it</source>
        <translation>
            <numerusform>es una base: %n puesto de este paquete la necesita</numerusform>
            <numerusform>es una base: %n puestos de este paquete la necesitan</numerusform>
        </translation>
    </message>
    <message>
        <source>{role} needs it and nothing in your plan must come before it</source>
        <translation>{role} la necesita y nada de tu plan tiene que ir antes</translation>
    </message>
    <message>
        <source>{reasons} and {last}</source>
        <translation>{reasons} y {last}</translation>
    </message>
    <message>
        <source>{skill} comes first: {reasons}</source>
        <translation>{skill} va primero: {reasons}</translation>
    </message>
</context>
<context>
    <name>OutlineDialog</name>
    <message>
        <source>Map and route as text</source>
        <translation>Mapa e itinerario como texto</translation>
    </message>
    <message>
        <source>Map outline: families, levels, roles and moves</source>
        <translation>Esquema del mapa: familias profesionales, niveles, puestos y cambios</translation>
    </message>
    <message>
        <source>Your route, step by step</source>
        <translation>Tu itinerario, etapa por etapa</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Itinerario</translation>
    </message>
    <message>
        <source>Set as my &amp;current role</source>
        <translation>Elegir como mi puesto &amp;actual</translation>
    </message>
    <message>
        <source>Set as &amp;target</source>
        <translation>Elegir como puesto &amp;objetivo</translation>
    </message>
    <message numerus="yes">
        <source>{family}: %n role(s)</source>
        <translation>
            <numerusform>{family}: %n puesto</numerusform>
            <numerusform>{family}: %n puestos</numerusform>
        </translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <source>Moves to {role} (level {level})</source>
        <translation>Cambio a {role} (nivel {level})</translation>
    </message>
    <message>
        <source>No moves onward from this role</source>
        <translation>No hay cambios a partir de este puesto</translation>
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
        <translation>&apos;{code}&apos; no es un código de idioma: un paquete con traducciones indica su propio idioma con su código, como en</translation>
    </message>
    <message>
        <source>{code} is the pack&apos;s own language (language: {code}): its words are the plain name, summary and description fields</source>
        <translation>{code} es el idioma propio del paquete (language: {code}): sus textos son los campos name, summary y description sin más</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a language code: write the two-letter code in lower case (es, fr, de), with a region after a dash if needed (pt-BR)</source>
        <translation>&apos;{code}&apos; no es un código de idioma: escribe el código de dos letras en minúsculas (es, fr, de), con una región tras un guion si hace falta (pt-BR)</translation>
    </message>
    <message>
        <source>unknown role &apos;{name}&apos;{hint}</source>
        <translation>puesto desconocido &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <source>unknown skill &apos;{name}&apos;{hint}</source>
        <translation>competencia desconocida &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <source>no role has the family &apos;{name}&apos;{hint}</source>
        <translation>ningún puesto tiene la familia profesional &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <source>no skill has the category &apos;{name}&apos;{hint}</source>
        <translation>ninguna competencia tiene la categoría &apos;{name}&apos;{hint}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of the family &apos;{other}&apos; in this language: their lanes would merge into one</source>
        <translation>&apos;{name}&apos; ya es el nombre de la familia profesional &apos;{other}&apos; en este idioma: sus carriles se fundirían en uno</translation>
    </message>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} y %n más</numerusform>
            <numerusform>{listed} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n role(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>sin nombre en {code} para %n puesto, que se muestra en {own}: {listed}</numerusform>
            <numerusform>sin nombre en {code} para %n puestos, que se muestran en {own}: {listed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n skill(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>sin nombre en {code} para %n competencia, que se muestra en {own}: {listed}</numerusform>
            <numerusform>sin nombre en {code} para %n competencias, que se muestran en {own}: {listed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackErrorsDialog</name>
    <message>
        <source>Pack not opened</source>
        <translation>Paquete no abierto</translation>
    </message>
    <message>
        <source>Pack problems</source>
        <translation>Problemas del paquete</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in {file}. The pack you had open is still loaded; fix the file and open it again.</source>
        <translation>
            <numerusform>%n problema en {file}. El paquete que tenías abierto sigue cargado; corrige el archivo y vuelve a abrirlo.</numerusform>
            <numerusform>%n problemas en {file}. El paquete que tenías abierto sigue cargado; corrige el archivo y vuelve a abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems, one per line as file:line:column</source>
        <translation>Problemas, uno por línea como archivo:línea:columna</translation>
    </message>
    <message>
        <source>Copy problems</source>
        <translation>Copiar problemas</translation>
    </message>
</context>
<context>
    <name>PackLoader</name>
    <message>
        <source>Opening career pack</source>
        <translation>Abriendo el paquete de carreras</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Checking {file} (the first time takes a while; next time it opens from the cache)…</source>
        <translation>Comprobando {file} (la primera vez tarda un poco; la próxima se abrirá desde la caché)…</translation>
    </message>
    <message>
        <source>Saving {file} to the cache for next time…</source>
        <translation>Guardando {file} en la caché para la próxima vez…</translation>
    </message>
    <message>
        <source>Opening {file} from the cache…</source>
        <translation>Abriendo {file} desde la caché…</translation>
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
        <translation>un mapa</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid currency: use its three-letter code in capitals, like USD</source>
        <translation>&apos;{value}&apos; no es una moneda válida: usa su código de tres letras en mayúsculas, como USD</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {field}: use lower-case letters, digits and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&apos;{value}&apos; no es un valor válido de {field}: usa letras minúsculas, cifras y &apos;-&apos;, empezando por una letra o una cifra</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as a date: write &quot;{spelling}&quot; in quotes</source>
        <translation>{field} debe ser texto, pero YAML lee {spelling} como una fecha: escribe &quot;{spelling}&quot; entre comillas</translation>
    </message>
    <message>
        <source>{field} must be text, but YAML reads {spelling} as {shown}: write &quot;{spelling}&quot; in quotes if you mean the text</source>
        <translation>{field} debe ser texto, pero YAML lee {spelling} como {shown}: escribe &quot;{spelling}&quot; entre comillas si te refieres al texto</translation>
    </message>
    <message>
        <source> (write &quot;{word}&quot; in quotes if you mean the text)</source>
        <translation> (escribe &quot;{word}&quot; entre comillas si te refieres al texto)</translation>
    </message>
    <message>
        <source>{field} must be text, not {shown}{hint}</source>
        <translation>{field} debe ser texto, no {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {shown}{hint}</source>
        <translation>{field} debe ser un número entero, no {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a number, not {shown}{hint}</source>
        <translation>{field} debe ser un número, no {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping, not {shown}{hint}</source>
        <translation>{field} debe ser un mapa, no {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a list, not {shown}{hint}</source>
        <translation>{field} debe ser una lista, no {shown}{hint}</translation>
    </message>
    <message>
        <source>{field} must be a mapping of keys, not {shown}{hint}</source>
        <translation>{field} debe ser un mapa de claves, no {shown}{hint}</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <source>{field} must be {expected}, not {shown}</source>
        <translation>{field} debe ser {expected}, no {shown}</translation>
    </message>
    <message>
        <source>level must be a whole number from 1 to 5, not {shown}</source>
        <translation>level debe ser un número entero del 1 al 5, no {shown}</translation>
    </message>
    <message>
        <source>{field} must be greater than {bound}, not {shown}</source>
        <translation>{field} debe ser mayor que {bound}, no {shown}</translation>
    </message>
    <message>
        <source>{field} must be at least {bound}, not {shown}</source>
        <translation>{field} debe ser como mínimo {bound}, no {shown}</translation>
    </message>
    <message>
        <source>{field} must be at most {bound}, not {shown}</source>
        <translation>{field} debe ser como máximo {bound}, no {shown}</translation>
    </message>
    <message>
        <source>{field} must be less than {bound}, not {shown}</source>
        <translation>{field} debe ser menor que {bound}, no {shown}</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} no puede estar vacío</translation>
    </message>
    <message>
        <source>{field} needs at least one entry</source>
        <translation>{field} necesita al menos una entrada</translation>
    </message>
    <message>
        <source>{field}: a facet value must be text, a mapping with &apos;text&apos;, or a list of them, not {shown}</source>
        <translation>{field}: el valor de una faceta debe ser texto, un mapa con &apos;text&apos; o una lista de ellos, no {shown}</translation>
    </message>
    <message>
        <source>{field} must be a finite number</source>
        <translation>{field} debe ser un número finito</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits); it must be at most {bound}</source>
        <translation>{field} es demasiado grande (un número de {digits} cifras); debe ser como máximo {bound}</translation>
    </message>
    <message>
        <source>{field} is too large (a number of {digits} digits)</source>
        <translation>{field} es demasiado grande (un número de {digits} cifras)</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {plain} or {written})</source>
        <translation> (YAML lee {text} como texto: escribe {plain} o {written})</translation>
    </message>
    <message>
        <source> (YAML reads {text} as text: write {written})</source>
        <translation> (YAML lee {text} como texto: escribe {written})</translation>
    </message>
    <message>
        <source> (a pack does not read {text} as a base-60 number: write a plain number, such as {value})</source>
        <translation> (un paquete no lee {text} como número en base 60: escribe un número simple, como {value})</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; a pack is never that big</source>
        <translation>el archivo ocupa más de {size} MB; un paquete nunca es tan grande</translation>
    </message>
    <message>
        <source>the pack is empty; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>el paquete está vacío; debe empezar por &apos;pathfinder: 1&apos;</translation>
    </message>
    <message>
        <source>the pack is not a mapping of keys; it must start with &apos;pathfinder: 1&apos;</source>
        <translation>el paquete no es un mapa de claves; debe empezar por &apos;pathfinder: 1&apos;</translation>
    </message>
    <message>
        <source>this pack uses format version {version}; this Pathfinder reads version {supported} (update Pathfinder)</source>
        <translation>este paquete usa la versión de formato {version}; este Pathfinder lee la versión {supported} (actualiza Pathfinder)</translation>
    </message>
    <message>
        <source>&apos;pathfinder: 1&apos; (the format version) is required at the top of the pack</source>
        <translation>&apos;pathfinder: 1&apos; (la versión de formato) es obligatorio al principio del paquete</translation>
    </message>
    <message>
        <source>pathfinder must be the number {version}, not text: remove the quotes</source>
        <translation>pathfinder debe ser el número {version}, no texto: quita las comillas</translation>
    </message>
    <message>
        <source>pathfinder must be {version} (the format version), not {found}</source>
        <translation>pathfinder debe ser {version} (la versión de formato), no {found}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a key must be a plain word, but YAML reads {word} as {what}: write &quot;{word}&quot; in quotes if you mean the text</source>
        <translation>una clave debe ser una palabra simple, pero YAML lee {word} como {what}: escribe &quot;{word}&quot; entre comillas si te refieres al texto</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;{hint} (keys starting with &apos;x-&apos; are kept and ignored)</source>
        <translation>clave desconocida &apos;{key}&apos;{hint} (las claves que empiezan por &apos;x-&apos; se conservan y se ignoran)</translation>
    </message>
    <message>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>falta la clave obligatoria &apos;{key}&apos;</translation>
    </message>
</context>
<context>
    <name>PlanExportUi</name>
    <message>
        <source>E&amp;xport plan…</source>
        <translation>E&amp;xportar plan…</translation>
    </message>
    <message>
        <source>&amp;Print plan…</source>
        <translation>&amp;Imprimir plan…</translation>
    </message>
    <message>
        <source>Export the learning plan</source>
        <translation>Exportar el plan de aprendizaje</translation>
    </message>
    <message>
        <source>Plan not exported</source>
        <translation>Plan no exportado</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>Plan guardado en {path}</translation>
    </message>
    <message>
        <source>Plan sent to the printer</source>
        <translation>Plan enviado a la impresora</translation>
    </message>
</context>
<context>
    <name>PlanIntro</name>
    <message>
        <source>Tip: tick the skills you already have in the Skills list; these fits and your next skill update as you go.</source>
        <translation>Consejo: marca en la lista de competencias las que ya tienes; estos porcentajes de encaje y tu próxima competencia se actualizan sobre la marcha.</translation>
    </message>
    <message>
        <source>Show suggestions instead</source>
        <translation>Ver sugerencias en su lugar</translation>
    </message>
    <message>
        <source>Clear the target and show suggestions</source>
        <translation>Quitar el objetivo y ver sugerencias</translation>
    </message>
    <message>
        <source>Your route to {target}</source>
        <translation>Tu itinerario hacia {target}</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs.</source>
        <translation>Ya tienes el {percent} % de lo que necesita este puesto.</translation>
    </message>
    <message>
        <source>No route to {target} yet</source>
        <translation>Aún no hay itinerario hacia {target}</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes. Choose a role below to aim for instead, or pick another target above.</source>
        <translation>Los itinerarios siguen los cambios entre puestos que describe este paquete de carreras. Elige abajo otro puesto al que aspirar o escoge otro objetivo arriba.</translation>
    </message>
    <message>
        <source>Routes follow the moves between roles that this career pack describes, and none leads on from where you are now. Pick another target, or change “I am now”, above.</source>
        <translation>Los itinerarios siguen los cambios entre puestos que describe este paquete de carreras, y ninguno parte de donde estás ahora. Escoge otro objetivo o cambia «Ahora soy» arriba.</translation>
    </message>
    <message>
        <source>Roles that fit you</source>
        <translation>Puestos que encajan contigo</translation>
    </message>
    <message>
        <source>The % is how well you and each role match: how much of its essential learning you already have, and how many of your skills it uses. Your interests count too. Pick one to see a route and a learning plan.</source>
        <translation>El % indica cuánto encajas con cada puesto: qué parte de su aprendizaje esencial ya tienes y cuántas de tus competencias usa. Tus intereses también cuentan. Elige uno para ver un itinerario y un plan de aprendizaje.</translation>
    </message>
    <message>
        <source>You have everything this route needs.</source>
        <translation>Tienes todo lo que necesita este itinerario.</translation>
    </message>
    <message>
        <source>{hours} hours in all: at {pace} h a week, more than 100 years.</source>
        <translation>{hours} horas en total: a {pace} h por semana, más de 100 años.</translation>
    </message>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>unas %n semana</numerusform>
            <numerusform>unas %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to study. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>Nada que estudiar. Con el tiempo que se suele pasar en cada puesto antes de cambiar, {span} en total; terminarías hacia {when}.</translation>
    </message>
    <message>
        <source>{hours} hours of study: {study} at {pace} h a week. With the time people usually spend in each role before moving on, {span} in all, finishing around {when}.</source>
        <translation>{hours} horas de estudio: {study} a {pace} h por semana. Con el tiempo que se suele pasar en cada puesto antes de cambiar, {span} en total; terminarías hacia {when}.</translation>
    </message>
    <message>
        <source>{hours} hours in all: {span} at {pace} h a week, finishing around {when}.</source>
        <translation>{hours} horas en total: {span} a {pace} h por semana; terminarías hacia {when}.</translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message>
        <source>1 move from your current role</source>
        <translation>a 1 cambio de tu puesto actual</translation>
    </message>
    <message>
        <source>{moves} moves from your current role</source>
        <translation>a {moves} cambios de tu puesto actual</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Detalles del plan</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>You are here: {here}</source>
        <translation>Estás aquí: {here}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan de aprendizaje</translation>
    </message>
    <message>
        <source>In this order: what a skill needs comes before it.</source>
        <translation>En este orden: lo que necesita una competencia va antes que ella.</translation>
    </message>
    <message>
        <source>Nothing left to learn for this route.</source>
        <translation>No queda nada por aprender para este itinerario.</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Conviene tener</translation>
    </message>
    <message>
        <source>Optional for this role; they help but are not required.</source>
        <translation>Opcionales para este puesto; ayudan, pero no son obligatorias.</translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincidencia</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Set {name} as target</source>
        <translation>Fijar {name} como objetivo</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Fijar como objetivo</translation>
    </message>
    <message numerus="yes">
        <source>Learn %n skill(s): {names}</source>
        <translation>
            <numerusform>Aprender %n competencia: {names}</numerusform>
            <numerusform>Aprender %n competencias: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>No new skills needed</source>
        <translation>No hacen falta competencias nuevas</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>week {last}</source>
        <translation>semana {last}</translation>
    </message>
    <message>
        <source>weeks {first}–{last}</source>
        <translation>semanas {first}–{last}</translation>
    </message>
    <message>
        <source>people usually spend about {months} months in {role} before this move</source>
        <translation>la gente suele pasar unos {months} meses como {role} antes de este cambio</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>needs {names} first</source>
        <translation>antes necesita {names}</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>a move from there leads on to {role}</source>
        <translation>un cambio desde ahí lleva a {role}</translation>
    </message>
    <message>
        <source>Closest roles you can reach</source>
        <translation>Puestos más cercanos a tu alcance</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <source>The job you have now, if any</source>
        <translation>El trabajo que tienes ahora, si tienes alguno</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <source>The job you want; or let Pathfinder suggest some</source>
        <translation>El trabajo que quieres; o deja que Pathfinder te sugiera algunos</translation>
    </message>
    <message>
        <source> h a week</source>
        <translation> h por semana</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Horas por semana</translation>
    </message>
    <message>
        <source>How many hours a week you can spend learning</source>
        <translation>Cuántas horas a la semana puedes dedicar a aprender</translation>
    </message>
    <message>
        <source>I am now</source>
        <translation>Ahora soy</translation>
    </message>
    <message>
        <source>I want to be</source>
        <translation>Quiero ser</translation>
    </message>
    <message>
        <source>Time to learn</source>
        <translation>Tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>Suggest for me</source>
        <translation>Sugerencias para mí</translation>
    </message>
    <message>
        <source>First step toward {target}.</source>
        <translation>Primera etapa hacia {target}.</translation>
    </message>
    <message>
        <source>A good first step toward the closest roles below.</source>
        <translation>Una buena primera etapa hacia los puestos más cercanos de abajo.</translation>
    </message>
    <message>
        <source>A good first step toward the roles that fit you best.</source>
        <translation>Una buena primera etapa hacia los puestos que mejor encajan contigo.</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>no transitions lead to {role} ({id}) in this pack</source>
        <translation>ningún cambio lleva a {role} ({id}) en este paquete</translation>
    </message>
    <message>
        <source>no chain of transitions leads from {origin} ({start}) to {role} ({id})</source>
        <translation>ninguna cadena de cambios lleva de {origin} ({start}) a {role} ({id})</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves</source>
        <translation>no hay en este paquete un itinerario razonable de {origin} ({start}) a {role} ({id}): la cadena de cambios más corta entre ellos tiene {moves} cambios</translation>
    </message>
    <message>
        <source>there is no sensible route from {origin} ({start}) to {role} ({id}) in this pack: the shortest chain of moves between them takes {moves} moves, and a plan follows at most {most} moves derived from shared skills</source>
        <translation>no hay en este paquete un itinerario razonable de {origin} ({start}) a {role} ({id}): la cadena de cambios más corta entre ellos tiene {moves} cambios, y un plan sigue como mucho {most} cambios deducidos de competencias compartidas</translation>
    </message>
    <message numerus="yes">
        <source>{role} ({id}) is %n move(s) away from {origin} ({start}); allow at least %n step(s)</source>
        <translation>
            <numerusform>{role} ({id}) está a %n cambio de {origin} ({start}); permite al menos %n etapa</numerusform>
            <numerusform>{role} ({id}) está a %n cambios de {origin} ({start}); permite al menos %n etapas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>This plan</source>
        <translation>Este plan</translation>
    </message>
    <message>
        <source>{who} · no target yet</source>
        <translation>{who} · aún sin objetivo</translation>
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
        <translation>el documento</translation>
    </message>
</context>
<context>
    <name>ProfileKeeper</name>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; choose which version to keep first</source>
        <translation>sus últimos cambios aún no están guardados, así que sigue abierto y no se pierde nada; primero elige qué versión conservar</translation>
    </message>
    <message>
        <source>its latest changes are not saved yet, so it stays open and nothing is lost; fix the problem shown in the status bar, then switch again</source>
        <translation>sus últimos cambios aún no están guardados, así que sigue abierto y no se pierde nada; resuelve el problema que aparece en la barra de estado y vuelve a cambiar</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window and saved it</source>
        <translation>{problem}. No se pudo cargar la otra versión, así que Pathfinder conservó la versión de esta ventana y la guardó</translation>
    </message>
    <message>
        <source>{problem}. The other version could not be loaded, so Pathfinder kept the version in this window</source>
        <translation>{problem}. No se pudo cargar la otra versión, así que Pathfinder conservó la versión de esta ventana</translation>
    </message>
</context>
<context>
    <name>ProfileUi</name>
    <message>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>&amp;Cambiar de perfil…</translation>
    </message>
    <message>
        <source>&amp;Import profile…</source>
        <translation>&amp;Importar perfil…</translation>
    </message>
    <message>
        <source>E&amp;xport profile…</source>
        <translation>E&amp;xportar perfil…</translation>
    </message>
    <message>
        <source>Some profiles were set aside</source>
        <translation>Algunos perfiles se han apartado</translation>
    </message>
    <message>
        <source>Import a learner profile</source>
        <translation>Importar un perfil de estudiante</translation>
    </message>
    <message>
        <source>Pathfinder profiles (*.json)</source>
        <translation>Perfiles de Pathfinder (*.json)</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Perfil no importado</translation>
    </message>
    <message>
        <source>Imported {profile}</source>
        <translation>Importado: {profile}</translation>
    </message>
    <message>
        <source>Export the learner profile</source>
        <translation>Exportar el perfil del estudiante</translation>
    </message>
    <message>
        <source>Profile not exported</source>
        <translation>Perfil no exportado</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Nota no añadida</translation>
    </message>
    <message>
        <source>The note you are writing has not been added to the profile yet.</source>
        <translation>La nota que estás escribiendo aún no se ha añadido al perfil.</translation>
    </message>
    <message>
        <source>Add the note and close</source>
        <translation>Añadir la nota y cerrar</translation>
    </message>
    <message>
        <source>Discard the note</source>
        <translation>Descartar la nota</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Perfil no guardado</translation>
    </message>
    <message>
        <source>The latest changes to this learner&apos;s profile could not be saved (the status bar says why). Close anyway and lose them?</source>
        <translation>No se pudieron guardar los últimos cambios del perfil de este estudiante (la barra de estado explica por qué). ¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Could not save the profile: {message}. Your changes are kept in this window and saved as soon as that works again.</source>
        <translation>No se pudo guardar el perfil: {message}. Tus cambios se conservan en esta ventana y se guardarán en cuanto vuelva a funcionar.</translation>
    </message>
    <message>
        <source>The profile is saved again.</source>
        <translation>El perfil vuelve a estar guardado.</translation>
    </message>
    <message>
        <source>Profile changed elsewhere</source>
        <translation>Perfil modificado en otro lugar</translation>
    </message>
    <message>
        <source>This profile ({file}) changed outside this window: {reason}</source>
        <translation>Este perfil ({file}) ha cambiado fuera de esta ventana: {reason}</translation>
    </message>
    <message>
        <source>Keep the changes made here, or load the other version?</source>
        <translation>¿Conservar los cambios hechos aquí o cargar la otra versión?</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <source>Load the other version</source>
        <translation>Cargar la otra versión</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>the file is empty; it holds no profile</source>
        <translation>el archivo está vacío; no contiene ningún perfil</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {byte}); profiles are UTF-8 JSON</source>
        <translation>no es texto UTF-8 (byte {byte}); los perfiles son JSON en UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>JSON no válido: {problem}</translation>
    </message>
    <message>
        <source>duplicate key {key} (first at line {line}, column {column})</source>
        <translation>clave duplicada {key} (la primera en la línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>duplicate key {key}</source>
        <translation>clave duplicada {key}</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>JSON no válido: anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the file holds {value}, not an object</source>
        <translation>no es un perfil de Pathfinder: el archivo contiene {value}, no un objeto</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB; it is not a profile</source>
        <translation>el archivo ocupa más de {size} MB; no es un perfil</translation>
    </message>
    <message>
        <source>nesting deeper than {levels} levels</source>
        <translation>anidamiento de más de {levels} niveles</translation>
    </message>
    <message>
        <source>{escape} is half of a UTF-16 pair, not a character; profiles hold Unicode text</source>
        <translation>{escape} es la mitad de un par UTF-16, no un carácter; los perfiles contienen texto Unicode</translation>
    </message>
    <message>
        <source>{name} is not allowed in JSON</source>
        <translation>{name} no está permitido en JSON</translation>
    </message>
    <message>
        <source>{number} is too large a number</source>
        <translation>{number} es un número demasiado grande</translation>
    </message>
    <message>
        <source>a number with {digits} digits is too large</source>
        <translation>un número de {digits} cifras es demasiado grande</translation>
    </message>
    <message>
        <source>not a Pathfinder profile: the key &quot;pathfinder_profile&quot; (format version) is missing</source>
        <translation>no es un perfil de Pathfinder: falta la clave &quot;pathfinder_profile&quot; (versión de formato)</translation>
    </message>
    <message>
        <source>made by a newer Pathfinder (format {version}); this Pathfinder reads format {supported}: update Pathfinder to open it</source>
        <translation>creado por un Pathfinder más reciente (formato {version}); este Pathfinder lee el formato {supported}: actualiza Pathfinder para abrirlo</translation>
    </message>
    <message>
        <source>pathfinder_profile: must be {version}, not {found}</source>
        <translation>pathfinder_profile: debe ser {version}, no {found}</translation>
    </message>
    <message>
        <source>this file exists already and was not opened here; refusing to overwrite it</source>
        <translation>este archivo ya existe y no se abrió aquí; Pathfinder no lo sobrescribe</translation>
    </message>
    <message>
        <source>this file was deleted or moved away since it was opened here</source>
        <translation>este archivo se ha borrado o movido desde que se abrió aquí</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here: {fields}</source>
        <translation>este archivo se ha modificado en otro lugar (otra ventana de Pathfinder, una herramienta de sincronización o un editor) desde que se abrió aquí, en los mismos campos que aquí: {fields}</translation>
    </message>
    <message>
        <source>this file was changed elsewhere (another Pathfinder window, a sync tool or an editor) since it was opened here, in the same fields as here</source>
        <translation>este archivo se ha modificado en otro lugar (otra ventana de Pathfinder, una herramienta de sincronización o un editor) desde que se abrió aquí, en los mismos campos que aquí</translation>
    </message>
    <message>
        <source>is now a link to {target} (it led to {before} when it was opened here)</source>
        <translation>ahora es un enlace a {target} (apuntaba a {before} cuando se abrió aquí)</translation>
    </message>
    <message>
        <source>is now a link to {target}</source>
        <translation>ahora es un enlace a {target}</translation>
    </message>
    <message>
        <source>is now a folder</source>
        <translation>ahora es una carpeta</translation>
    </message>
    <message>
        <source>is now not a regular file</source>
        <translation>ahora no es un archivo normal</translation>
    </message>
    <message>
        <source>{what}; something other than Pathfinder put it there since the profile was opened, so Pathfinder does not write through it. Your changes are still in this window: export the profile to keep them, or move that away and save again</source>
        <translation>{what}; algo ajeno a Pathfinder lo puso ahí después de abrir el perfil, así que Pathfinder no escribe a través de él. Tus cambios siguen en esta ventana: exporta el perfil para conservarlos, o aparta eso y vuelve a guardar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>{field}: must be text, not {value}</source>
        <translation>{field}: debe ser texto, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be a number, not {value}</source>
        <translation>{field}: debe ser un número, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, not {value}</source>
        <translation>{field}: debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be true or false, not {value}</source>
        <translation>{field}: debe ser true o false, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object, not {value}</source>
        <translation>{field}: debe ser un objeto, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be a list, not {value}</source>
        <translation>{field}: debe ser una lista, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be an object with &quot;at&quot; and &quot;text&quot;, not {value}</source>
        <translation>{field}: debe ser un objeto con &quot;at&quot; y &quot;text&quot;, no {value}</translation>
    </message>
    <message>
        <source>{field}: missing (required)</source>
        <translation>{field}: falta (obligatorio)</translation>
    </message>
    <message>
        <source>a fixed value</source>
        <translation>un valor fijo</translation>
    </message>
    <message>
        <source>{field}: must be {expected}, not {value}</source>
        <translation>{field}: debe ser {expected}, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be more than {bound}, not {value}</source>
        <translation>{field}: debe ser mayor que {bound}, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be at least {bound}, not {value}</source>
        <translation>{field}: debe ser como mínimo {bound}, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be less than {bound}, not {value}</source>
        <translation>{field}: debe ser menor que {bound}, no {value}</translation>
    </message>
    <message>
        <source>{field}: must be at most {bound}, not {value}</source>
        <translation>{field}: debe ser como máximo {bound}, no {value}</translation>
    </message>
    <message>
        <source>{field}: more than {most} characters; a profile keeps at most {most}</source>
        <translation>{field}: más de {most} caracteres; un perfil guarda como máximo {most}</translation>
    </message>
    <message>
        <source>{field}: more than {most} entries; a profile keeps at most {most}</source>
        <translation>{field}: más de {most} entradas; un perfil guarda como máximo {most}</translation>
    </message>
    <message>
        <source>{field}: must be a finite number</source>
        <translation>{field}: debe ser un número finito</translation>
    </message>
    <message>
        <source>a value is expected here</source>
        <translation>aquí se espera un valor</translation>
    </message>
    <message>
        <source>a key in double quotes is expected here (a comma too many, or the end cut off)</source>
        <translation>aquí se espera una clave entre comillas dobles (una coma de más, o el final cortado)</translation>
    </message>
    <message>
        <source>a colon is missing after the key</source>
        <translation>falta dos puntos tras la clave</translation>
    </message>
    <message>
        <source>a comma is missing before this</source>
        <translation>falta una coma antes de esto</translation>
    </message>
    <message>
        <source>a text in quotes is not closed (the end of the file may be cut off)</source>
        <translation>un texto entre comillas no está cerrado (quizá el final del archivo está cortado)</translation>
    </message>
    <message>
        <source>a line break or control character inside quotes</source>
        <translation>un salto de línea o un carácter de control entre comillas</translation>
    </message>
    <message>
        <source>a \u escape without four hex digits</source>
        <translation>un escape \u sin cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>a backslash that starts no escape (write \\ for one)</source>
        <translation>una barra invertida que no inicia ningún escape (escribe \\ para una)</translation>
    </message>
    <message>
        <source>more text after the end of the profile</source>
        <translation>hay más texto tras el final del perfil</translation>
    </message>
    <message>
        <source>a comma too many before the closing bracket</source>
        <translation>una coma de más antes del corchete o la llave de cierre</translation>
    </message>
    <message>
        <source>and {count} more problems</source>
        <translation>y {count} problemas más</translation>
    </message>
    <message>
        <source>cannot delete: {why}</source>
        <translation>no se puede borrar: {why}</translation>
    </message>
    <message>
        <source>cannot restore: {why}</source>
        <translation>no se puede restaurar: {why}</translation>
    </message>
    <message>
        <source>cannot save: {why}</source>
        <translation>no se puede guardar: {why}</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder skips this file (it could not move it: {why})</source>
        <translation>{problem}. Pathfinder omite este archivo (no pudo moverlo: {why})</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected. The version saved before it is in {backup}.</source>
        <translation>{problem}. Pathfinder no puede leer este perfil, así que ha movido el archivo a {moved} sin cambiarlo; los demás perfiles no se ven afectados. La versión guardada antes está en {backup}.</translation>
    </message>
    <message>
        <source>{problem}. Pathfinder cannot read this profile, so it moved the file to {moved} without changing it; the other profiles are not affected.</source>
        <translation>{problem}. Pathfinder no puede leer este perfil, así que ha movido el archivo a {moved} sin cambiarlo; los demás perfiles no se ven afectados.</translation>
    </message>
    <message>
        <source>cannot save: the profile holds what JSON cannot: {why}</source>
        <translation>no se puede guardar: el perfil contiene algo que JSON no admite: {why}</translation>
    </message>
    <message>
        <source>cannot save: the profile would be larger than {size} MB, the most a profile may be; shorten or remove a long note</source>
        <translation>no se puede guardar: el perfil ocuparía más de {size} MB, el máximo para un perfil; acorta o quita alguna nota larga</translation>
    </message>
    <message>
        <source>{name}, its backup, is in the way ({why}); move it away</source>
        <translation>{name}, su copia de seguridad, estorba ({why}); muévela a otro sitio</translation>
    </message>
    <message>
        <source>this file was changed elsewhere and cannot be read now ({problem})</source>
        <translation>este archivo se ha modificado en otro lugar y ahora no se puede leer ({problem})</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (copia {number})</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no existe ese archivo</translation>
    </message>
    <message>
        <source>no such file in the trash</source>
        <translation>no existe ese archivo en la papelera</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Learner profiles</source>
        <translation>Perfiles de estudiantes</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Search profiles by name</source>
        <translation>Buscar perfiles por nombre</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Des&amp;hacer borrado</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>{roles} · changed {when}</source>
        <translation>{roles} · modificado {when}</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>abierto ahora</translation>
    </message>
    <message>
        <source>{now} → {goal}</source>
        <translation>{now} → {goal}</translation>
    </message>
    <message>
        <source>starting out → {goal}</source>
        <translation>principiante → {goal}</translation>
    </message>
    <message>
        <source>{now}, no target yet</source>
        <translation>{now}, aún sin objetivo</translation>
    </message>
    <message>
        <source>no roles chosen yet</source>
        <translation>aún no hay puestos elegidos</translation>
    </message>
    <message>
        <source>no pack</source>
        <translation>sin paquete</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Learner&apos;s name:</source>
        <translation>Nombre del estudiante:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>Open another profile before deleting this one.</source>
        <translation>Abre otro perfil antes de borrar este.</translation>
    </message>
    <message>
        <source>Deleted {profile}. It is in the trash folder until you undo.</source>
        <translation>{profile} borrado. Está en la carpeta de la papelera hasta que deshagas el borrado.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>from: {sources}</source>
        <translation>fuentes: {sources}</translation>
    </message>
    <message>
        <source>our estimate</source>
        <translation>estimación propia</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>skill &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>la competencia &apos;{id}&apos; no tiene procedencia: cita las fuentes que la respaldan o márcala con &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the status of certification &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>el estado de la certificación &apos;{id}&apos; no tiene procedencia: cita las fuentes que lo respaldan o márcalo con &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>role &apos;{id}&apos; has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>el puesto &apos;{id}&apos; no tiene procedencia: cita las fuentes que lo respaldan o márcalo con &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>the salary of &apos;{id}&apos; has no provenance</source>
        <translation>el salario de &apos;{id}&apos; no tiene procedencia</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} has no provenance: cite the sources that say it, or mark it &apos;estimate: true&apos;</source>
        <translation>el cambio {source} -&gt; {target} no tiene procedencia: cita las fuentes que lo respaldan o márcalo con &apos;estimate: true&apos;</translation>
    </message>
    <message>
        <source>source &apos;{id}&apos; is never cited</source>
        <translation>la fuente &apos;{id}&apos; no se cita nunca</translation>
    </message>
    <message>
        <source>no role uses skill &apos;{id}&apos; (not essential, optional or a prerequisite)</source>
        <translation>ningún puesto usa la competencia &apos;{id}&apos; (ni esencial, ni opcional, ni requisito previo)</translation>
    </message>
    <message>
        <source>a prerequisite chain of {links} links (more than {most}): {chain}; list a prerequisite only where the skill cannot be learnt without it</source>
        <translation>una cadena de requisitos previos de {links} eslabones (más de {most}): {chain}; indica un requisito previo solo cuando la competencia no se pueda aprender sin él</translation>
    </message>
    <message numerus="yes">
        <source>role &apos;{id}&apos; has %n essential skill(s) (fewer than {least}): learners cannot tell what it takes</source>
        <translation>
            <numerusform>el puesto &apos;{id}&apos; tiene %n competencia esencial (menos de {least}): los estudiantes no pueden saber qué exige</numerusform>
            <numerusform>el puesto &apos;{id}&apos; tiene %n competencias esenciales (menos de {least}): los estudiantes no pueden saber qué exige</numerusform>
        </translation>
    </message>
    <message>
        <source>no move reaches role &apos;{id}&apos; and it is not marked &apos;entry: true&apos;</source>
        <translation>ningún cambio llega al puesto &apos;{id}&apos; y no está marcado con &apos;entry: true&apos;</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} goes down a level ({level} to {lower})</source>
        <translation>el cambio {source} -&gt; {target} baja un nivel (de {level} a {lower})</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} month, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>el cambio {source} -&gt; {target} lleva {months} mes, pero lo que necesita de nuevo son {hours} h, {study} meses de estudio a {pace} h por semana: difieren más de {factor} veces</translation>
    </message>
    <message>
        <source>the move {source} -&gt; {target} takes {months} months, but what it newly needs is {hours} h, {study} months of study at {pace} h a week: more than {factor} times apart</source>
        <translation>el cambio {source} -&gt; {target} lleva {months} meses, pero lo que necesita de nuevo son {hours} h, {study} meses de estudio a {pace} h por semana: difieren más de {factor} veces</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>more than %n year(s) away</source>
        <translation>
            <numerusform>a más de %n año</numerusform>
            <numerusform>a más de %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}… ({count} more character(s) in the profile)</source>
        <translation>
            <numerusform>{text}… ({count} carácter más en el perfil)</numerusform>
            <numerusform>{text}… ({count} caracteres más en el perfil)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours are the pack&apos;s estimates of typical learning time; dates assume {pace} a week from the date of this plan. Both are a guide for planning, not a promise.</source>
        <translation>Las horas son estimaciones del paquete sobre el tiempo habitual de aprendizaje; las fechas suponen {pace} por semana desde la fecha de este plan. Ambas sirven de guía para planificar, no son una promesa.</translation>
    </message>
    <message>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <source>nothing new to learn</source>
        <translation>nada nuevo que aprender</translation>
    </message>
    <message numerus="yes">
        <source>{skills}, and %n more ({numbers} in the learning plan)</source>
        <translation>
            <numerusform>{skills} y %n más ({numbers} en el plan de aprendizaje)</numerusform>
            <numerusform>{skills} y %n más ({numbers} en el plan de aprendizaje)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Plan de aprendizaje de {learner}</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan de aprendizaje</translation>
    </message>
    <message>
        <source>{pack}, version {version}</source>
        <translation>{pack}, versión {version}</translation>
    </message>
    <message>
        <source>Not set (starting out)</source>
        <translation>Sin indicar (principiante)</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún sin elegir</translation>
    </message>
    <message>
        <source>Current role</source>
        <translation>Puesto actual</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Puesto objetivo</translation>
    </message>
    <message>
        <source>You already have</source>
        <translation>Ya tienes</translation>
    </message>
    <message>
        <source>{percent} of what the target needs</source>
        <translation>{percent} de lo que necesita el objetivo</translation>
    </message>
    <message>
        <source>Learning to do</source>
        <translation>Aprendizaje pendiente</translation>
    </message>
    <message>
        <source>{hours}, {weeks}</source>
        <translation>{hours}, {weeks}</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>{pace} a week</source>
        <translation>{pace} por semana</translation>
    </message>
    <message>
        <source>Estimated finish</source>
        <translation>Fecha estimada de fin</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Competencias que tienes</translation>
    </message>
    <message>
        <source>Learning now</source>
        <translation>Aprendiendo ahora</translation>
    </message>
    <message>
        <source>Counted as yours because {role} needs them, so not in this plan: {skills}.</source>
        <translation>Se cuentan como tuyas porque {role} las necesita, así que no están en este plan: {skills}.</translation>
    </message>
    <message>
        <source>These roles fit the skills you have best:</source>
        <translation>Estos son los puestos que mejor encajan con tus competencias:</translation>
    </message>
    <message>
        <source>No other role at your current role&apos;s level or above matches your skills yet.</source>
        <translation>Aún no hay ningún otro puesto de tu nivel actual o superior que coincida con tus competencias.</translation>
    </message>
    <message>
        <source>No role matches your skills yet: mark the skills you have to see where to aim.</source>
        <translation>Aún no hay ningún puesto que coincida con tus competencias: marca las que tienes para ver a qué aspirar.</translation>
    </message>
    <message>
        <source>No target role is chosen yet. {then}</source>
        <translation>Aún no has elegido un puesto objetivo. {then}</translation>
    </message>
    <message>
        <source>no path was found</source>
        <translation>no se encontró ninguna trayectoria</translation>
    </message>
    <message numerus="yes">
        <source>There is no path to {target} within %n move(s): {reason}. {then}</source>
        <translation>
            <numerusform>No hay ninguna trayectoria hacia {target} en %n cambio como máximo: {reason}. {then}</numerusform>
            <numerusform>No hay ninguna trayectoria hacia {target} en %n cambios como máximo: {reason}. {then}</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>{skill} (#{number})</source>
        <translation>{skill} (#{number})</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después de</translation>
    </message>
    <message>
        <source>Move {number} to {role}: {said_by}</source>
        <translation>Cambio {number}, hacia {role}: {said_by}</translation>
    </message>
    <message>
        <source>{ids} and {count} more</source>
        <translation>{ids} y {count} más</translation>
    </message>
    <message>
        <source>Only the latest {shown} notes are printed; 1 earlier note is in the profile.</source>
        <translation>Solo se imprimen las {shown} notas más recientes; hay 1 nota anterior en el perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Only the latest {shown} notes are printed; {count} earlier notes are in the profile.</source>
        <translation>
            <numerusform>Solo se imprimen las {shown} notas más recientes; hay {count} nota anterior en el perfil.</numerusform>
            <numerusform>Solo se imprimen las {shown} notas más recientes; hay {count} notas anteriores en el perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources the pack cites for the roles, moves and skills of this path:</source>
        <translation>Fuentes que cita el paquete para los puestos, cambios y competencias de esta trayectoria:</translation>
    </message>
    <message>
        <source>Sources of this pack:</source>
        <translation>Fuentes de este paquete:</translation>
    </message>
    <message>
        <source>{title} ({publisher_and_year})</source>
        <translation>{title} ({publisher_and_year})</translation>
    </message>
    <message>
        <source>cannot write a report as &apos;{suffix}&apos;: use .pdf, .md or .html</source>
        <translation>no se puede escribir un informe como &apos;{suffix}&apos;: usa .pdf, .md o .html</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML language code of this translation</comment>
        <translation>es</translation>
    </message>
    <message>
        <source>Prepared on {date} · {pack}</source>
        <translation>Preparado el {date} · {pack}</translation>
    </message>
    <message>
        <source>PATHFINDER · LEARNING PLAN</source>
        <translation>PATHFINDER · PLAN DE APRENDIZAJE</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Tu trayectoria</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Conviene tener</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role: {skills}.</source>
        <translation>No son obligatorias, pero ayudan para el puesto objetivo: {skills}.</translation>
    </message>
    <message>
        <source>Where to aim</source>
        <translation>A qué aspirar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Horas restantes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>You start as {role}.</source>
        <translation>Empiezas como {role}.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>New skills</source>
        <translation>Competencias nuevas</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Nothing left to learn: you can apply now.</source>
        <translation>No queda nada por aprender: ya puedes presentar tu candidatura.</translation>
    </message>
    <message>
        <source>Learn these skills in this order:</source>
        <translation>Aprende estas competencias en este orden:</translation>
    </message>
    <message>
        <source>Resources: {links}</source>
        <translation>Recursos: {links}</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>About this plan</source>
        <translation>Sobre este plan</translation>
    </message>
    <message>
        <source>Career pack: {pack}, version {version}.</source>
        <translation>Paquete de carreras: {pack}, versión {version}.</translation>
    </message>
    <message>
        <source>License: {license}</source>
        <translation>Licencia: {license}</translation>
    </message>
    <message>
        <source>Not in this pack (left out of the plan): {ids}</source>
        <translation>No están en este paquete (quedan fuera del plan): {ids}</translation>
    </message>
    <message>
        <source>Prepared on {date} with Pathfinder · {pack}</source>
        <translation>Preparado el {date} con Pathfinder · {pack}</translation>
    </message>
    <message>
        <source>Not required, but they help with the target role:</source>
        <translation>No son obligatorias, pero ayudan para el puesto objetivo:</translation>
    </message>
    <message>
        <source>learning now</source>
        <translation>aprendiendo ahora</translation>
    </message>
    <message>
        <source>{hours}, done by {date}</source>
        <translation>{hours}, terminado hacia el {date}</translation>
    </message>
    <message>
        <source>Your path on the career map</source>
        <translation>Tu trayectoria en el mapa de carreras</translation>
    </message>
    <message>
        <source>Your path on the career map. Roles on the path are outlined; the label on each one says how many skills it asks you to learn and their hours, as in the steps below.</source>
        <translation>Tu trayectoria en el mapa de carreras. Los puestos de la trayectoria aparecen recuadrados; la etiqueta de cada uno indica cuántas competencias te pide aprender y sus horas, como en las etapas de abajo.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot write a plan as “{suffix}”: choose .pdf, .md or .html.</source>
        <translation>No se puede escribir un plan como «{suffix}»: elige .pdf, .md o .html.</translation>
    </message>
    <message>
        <source>Print learning plan</source>
        <translation>Imprimir el plan de aprendizaje</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for writing.</source>
        <translation>No se pudo abrir la impresora o el archivo para escribir.</translation>
    </message>
    <message>
        <source>Learning plan</source>
        <translation>Plan de aprendizaje</translation>
    </message>
    <message>
        <source>{who} · learning plan · {date}</source>
        <translation>{who} · plan de aprendizaje · {date}</translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation>Página {number} de {pages}</translation>
    </message>
    <message>
        <source>Learning plan for {learner}</source>
        <translation>Plan de aprendizaje de {learner}</translation>
    </message>
</context>
<context>
    <name>RolePanel</name>
    <message>
        <source>Role details</source>
        <translation>Detalles del puesto</translation>
    </message>
    <message>
        <source>Click a role in the graph to see its details</source>
        <translation>Haz clic en un puesto del grafo para ver sus detalles</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <source>Set as target</source>
        <translation>Fijar como objetivo</translation>
    </message>
    <message>
        <source>Set this role as your target</source>
        <translation>Fijar este puesto como tu objetivo</translation>
    </message>
    <message>
        <source>Set as my current role</source>
        <translation>Fijar como mi puesto actual</translation>
    </message>
    <message>
        <source>Set this role as your current role</source>
        <translation>Fijar este puesto como tu puesto actual</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Comparar con…</translation>
    </message>
    <message>
        <source>Compare this role with another</source>
        <translation>Comparar este puesto con otro</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Banda salarial</translation>
    </message>
    <message>
        <source>Essential skills</source>
        <translation>Competencias esenciales</translation>
    </message>
    <message>
        <source>Optional skills</source>
        <translation>Competencias opcionales</translation>
    </message>
    <message>
        <source>Where you can go next</source>
        <translation>Adónde puedes ir después</translation>
    </message>
    <message>
        <source>Where people come from</source>
        <translation>De dónde viene la gente</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Selected role</source>
        <translation>Puesto seleccionado</translation>
    </message>
    <message>
        <source>Your target role (nothing selected)</source>
        <translation>Tu puesto objetivo (nada seleccionado)</translation>
    </message>
    <message>
        <source>Level {level}</source>
        <translation>Nivel {level}</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>tu puesto actual</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>tu objetivo</translation>
    </message>
    <message>
        <source>You have everything this role needs (100% fit).</source>
        <translation>Tienes todo lo que necesita este puesto (encaje del 100 %).</translation>
    </message>
    <message>
        <source>You already have {percent}% of what this role needs. About {hours} hours still to learn ({time}).</source>
        <translation>Ya tienes el {percent} % de lo que necesita este puesto. Te quedan unas {hours} horas por aprender ({time}).</translation>
    </message>
    <message>
        <source>have</source>
        <translation>la tengo</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>aprendiendo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>{name} (you have {have} of {total})</source>
        <translation>{name} (tienes {have} de {total})</translation>
    </message>
    <message>
        <source>None in this pack.</source>
        <translation>Ninguno en este paquete.</translation>
    </message>
    <message>
        <source>Show {role}</source>
        <translation>Ver {role}</translation>
    </message>
    <message>
        <source>Show this role&apos;s details</source>
        <translation>Ver los detalles de este puesto</translation>
    </message>
    <message>
        <source>your fit {percent}%</source>
        <translation>tu encaje: {percent} %</translation>
    </message>
    <message>
        <source>about 1 month</source>
        <translation>alrededor de 1 mes</translation>
    </message>
    <message>
        <source>about {months} months</source>
        <translation>alrededor de {months} meses</translation>
    </message>
    <message>
        <source>Our estimate: none of the pack&apos;s sources describes this role.</source>
        <translation>Estimación propia: ninguna de las fuentes del paquete describe este puesto.</translation>
    </message>
</context>
<context>
    <name>RoleSkillsButton</name>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Volver a contar todas las competencias de mi puesto</translation>
    </message>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation>
            <numerusform>Contar la %n competencia de mi puesto marcada como no adquirida</numerusform>
            <numerusform>Contar las %n competencias de mi puesto marcadas como no adquiridas</numerusform>
        </translation>
    </message>
    <message>
        <source>The skills {name} needs count as yours. You marked some as not held in the Skills list; this counts them all again (Ctrl+Z undoes it).</source>
        <translation>Las competencias que necesita {name} cuentan como tuyas. Marcaste algunas como no adquiridas en la lista de competencias; esto las vuelve a contar todas (Ctrl+Z lo deshace).</translation>
    </message>
</context>
<context>
    <name>RouteView</name>
    <message>
        <source>{learner}&apos;s route to {target}</source>
        <translation>Itinerario de {learner} hacia {target}</translation>
    </message>
    <message>
        <source>Route to {target}</source>
        <translation>Itinerario hacia {target}</translation>
    </message>
    <message>
        <source>At {hours} a week, from today</source>
        <translation>A {hours} por semana, desde hoy</translation>
    </message>
    <message>
        <source>Starting out</source>
        <translation>Principiante</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Estás aquí</translation>
    </message>
    <message>
        <source>Nothing new to learn for this move</source>
        <translation>Nada nuevo que aprender para este cambio</translation>
    </message>
    <message>
        <source>Reached around {date} · {hours} in all</source>
        <translation>Alcanzado hacia {date} · {hours} en total</translation>
    </message>
    <message>
        <source>Route view</source>
        <translation>Vista del itinerario</translation>
    </message>
    <message>
        <source>Pick a target role to see your route here.</source>
        <translation>Elige un puesto objetivo para ver aquí tu itinerario.</translation>
    </message>
    <message>
        <source>No route yet</source>
        <translation>Aún no hay itinerario</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>{name} · role</source>
        <translation>{name} · puesto</translation>
    </message>
    <message>
        <source>{name} · skill</source>
        <translation>{name} · competencia</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{weeks} of study at {pace} h a week</source>
        <translation>{weeks} de estudio a {pace} h por semana</translation>
    </message>
    <message>
        <source>Tick interest {tag}</source>
        <translation>Marcar el interés {tag}</translation>
    </message>
    <message>
        <source>Untick interest {tag}</source>
        <translation>Desmarcar el interés {tag}</translation>
    </message>
    <message>
        <source>Change interests</source>
        <translation>Cambiar intereses</translation>
    </message>
    <message>
        <source>Set pace to {hours} h a week</source>
        <translation>Fijar ritmo: {hours} h por semana</translation>
    </message>
</context>
<context>
    <name>SkillsModel</name>
    <message>
        <source>Skill</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Rough hours a learner needs for each skill</source>
        <translation>Horas aproximadas que necesita un estudiante para cada competencia</translation>
    </message>
    <message>
        <source>You know {known} of the {total} skills in this category.</source>
        <translation>Conoces {known} de las {total} competencias de esta categoría.</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>About {hours} hours to learn</source>
        <translation>Unas {hours} horas de aprendizaje</translation>
    </message>
    <message>
        <source>{skill} (required by {shown})</source>
        <translation>{skill} (la requiere {shown})</translation>
    </message>
    <message>
        <source>{skill} (learning)</source>
        <translation>{skill} (aprendiendo)</translation>
    </message>
    <message>
        <source>you have this</source>
        <translation>la tienes</translation>
    </message>
    <message>
        <source>you are learning this</source>
        <translation>la estás aprendiendo</translation>
    </message>
    <message>
        <source>counted as known through a prerequisite</source>
        <translation>se cuenta como conocida por un requisito previo</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Also called: {names}</source>
        <translation>También llamada: {names}</translation>
    </message>
    <message>
        <source>Counted as known because {names} requires it. Tick it to say you have it.</source>
        <translation>Se cuenta como conocida porque {names} la requiere. Márcala para indicar que la tienes.</translation>
    </message>
    <message>
        <source>You have this skill.</source>
        <translation>Tienes esta competencia.</translation>
    </message>
    <message>
        <source>You are learning this skill.</source>
        <translation>Estás aprendiendo esta competencia.</translation>
    </message>
    <message>
        <source>Not yet: tick the box if you have it.</source>
        <translation>Todavía no: marca la casilla si la tienes.</translation>
    </message>
    <message>
        <source>{skill} (from your role)</source>
        <translation>{skill} (de tu puesto)</translation>
    </message>
    <message>
        <source>{skill} (your role: not held)</source>
        <translation>{skill} (tu puesto: no adquirida)</translation>
    </message>
    <message>
        <source>Counted as yours because your current role needs it. Click the box if you do not have it (Ctrl+Z undoes it).</source>
        <translation>Se cuenta como tuya porque tu puesto actual la necesita. Haz clic en la casilla si no la tienes (Ctrl+Z lo deshace).</translation>
    </message>
    <message>
        <source>Your current role needs it, but you marked it as not held, so the plan teaches it. Click the box to count it from your role again.</source>
        <translation>Tu puesto actual la necesita, pero la marcaste como no adquirida, así que el plan la incluye. Haz clic en la casilla para volver a contarla desde tu puesto.</translation>
    </message>
    <message>
        <source>counted from your role</source>
        <translation>contada desde tu puesto</translation>
    </message>
    <message>
        <source>your role needs it, not held</source>
        <translation>tu puesto la necesita, no adquirida</translation>
    </message>
</context>
<context>
    <name>SkillsPanel</name>
    <message>
        <source>Click a box to tick a skill you have; click again for “learning”.</source>
        <translation>Haz clic en una casilla para marcar una competencia que tienes; vuelve a hacer clic para «aprendiendo».</translation>
    </message>
    <message>
        <source>Ticked: you have it. Half-filled: you are learning it (it still counts as a gap). Empty: not yet. Grey ticks are prerequisites of skills you ticked. Skills marked “from your role” are the ones your current role needs: they count as yours; click the box of one you lack to mark it as not held. Space changes the selected skill; right-click for a menu.</source>
        <translation>Marcada: la tienes. Medio marcada: la estás aprendiendo (sigue contando como brecha). Vacía: todavía no. Las marcas grises son requisitos previos de competencias que marcaste. Las competencias marcadas «de tu puesto» son las que necesita tu puesto actual: cuentan como tuyas; haz clic en la casilla de una que te falte para marcarla como no adquirida. La barra espaciadora cambia la competencia seleccionada; haz clic derecho para ver un menú.</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Filtrar competencias…</translation>
    </message>
    <message>
        <source>Filter skills</source>
        <translation>Filtrar competencias</translation>
    </message>
    <message>
        <source>Type part of a skill&apos;s name, id or other name</source>
        <translation>Escribe parte del nombre, el id u otro nombre de una competencia</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>No skill matches “{text}”.</source>
        <translation>Ninguna competencia coincide con «{text}».</translation>
    </message>
    <message>
        <source>I have this</source>
        <translation>La tengo</translation>
    </message>
    <message>
        <source>I&apos;m learning this</source>
        <translation>La estoy aprendiendo</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Counted from my role</source>
        <translation>Contada desde mi puesto</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>on your route, step {step} of {count}</source>
        <translation>en tu itinerario, etapa {step} de {count}</translation>
    </message>
    <message>
        <source>where your route starts</source>
        <translation>donde empieza tu itinerario</translation>
    </message>
    <message>
        <source>your current role</source>
        <translation>tu puesto actual</translation>
    </message>
    <message>
        <source>your target</source>
        <translation>tu objetivo</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>level {level}, {family} family, fit {fit}</source>
        <translation>nivel {level}, familia {family}, encaje {fit}</translation>
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
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>No route to {target}.</source>
        <translation>No hay itinerario hacia {target}.</translation>
    </message>
    <message>
        <source>No route chosen.</source>
        <translation>No hay ningún itinerario elegido.</translation>
    </message>
    <message>
        <source>Route to {target}: {steps}, {hours} of study.</source>
        <translation>Itinerario hacia {target}: {steps}, {hours} de estudio.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: {role} (your current role)</source>
        <translation>Inicio: {role} (tu puesto actual)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{number}. {role}: learn {skills} ({hours})</source>
        <translation>{number}. {role}: aprender {skills} ({hours})</translation>
    </message>
    <message>
        <source>{number}. {role}: nothing new to learn</source>
        <translation>{number}. {role}: nada nuevo que aprender</translation>
    </message>
</context>
<context>
    <name>StartHint</name>
    <message>
        <source>Start here: tick the skills you already have on the left, then pick the role you want (double-click it in the graph, or choose it under Plan). The best path and the skills left to learn appear on the right.</source>
        <translation>Empieza aquí: marca a la izquierda las competencias que ya tienes y luego elige el puesto que quieres (haz doble clic en él en el grafo o elígelo en Plan). La mejor trayectoria y las competencias que te quedan por aprender aparecen a la derecha.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Profile not opened</source>
        <translation>Perfil no abierto</translation>
    </message>
    <message>
        <source>{file}: no such profile file</source>
        <translation>{file}: no existe ese archivo de perfil</translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message numerus="yes">
        <source>; it uses {used} of your %n skill(s)</source>
        <translation>
            <numerusform>; usa {used} de tu %n competencia</numerusform>
            <numerusform>; usa {used} de tus %n competencias</numerusform>
        </translation>
    </message>
    <message>
        <source>no essential skills listed, so the fit says little</source>
        <translation>no tiene competencias esenciales indicadas, así que el encaje dice poco</translation>
    </message>
    <message numerus="yes">
        <source>you have its %n essential skill(s), few to judge by</source>
        <translation>
            <numerusform>tienes su %n competencia esencial, poca base para juzgar</numerusform>
            <numerusform>tienes sus %n competencias esenciales, poca base para juzgar</numerusform>
        </translation>
    </message>
    <message>
        <source>you have every essential skill</source>
        <translation>tienes todas las competencias esenciales</translation>
    </message>
    <message numerus="yes">
        <source>you have {have} of %n essential skill(s); about {hours} hours to go</source>
        <translation>
            <numerusform>tienes {have} de %n competencia esencial; faltan unas {hours} horas</numerusform>
            <numerusform>tienes {have} de %n competencias esenciales; faltan unas {hours} horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above your next step (-{percent})</source>
        <translation>
            <numerusform>%n nivel por encima de tu próxima etapa (-{percent})</numerusform>
            <numerusform>%n niveles por encima de tu próxima etapa (-{percent})</numerusform>
        </translation>
    </message>
    <message>
        <source>matches your interest in {interests}</source>
        <translation>coincide con tu interés por {interests}</translation>
    </message>
</context>
<context>
    <name>UndoFeedback</name>
    <message>
        <source>Undid: {edit}</source>
        <translation>Deshecho: {edit}</translation>
    </message>
    <message>
        <source>Redid: {edit}</source>
        <translation>Rehecho: {edit}</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Start with {skills}</source>
        <translation>Empezar con {skills}</translation>
    </message>
    <message>
        <source>Tick {skill}</source>
        <translation>Marcar {skill}</translation>
    </message>
    <message>
        <source>Mark {skill} as learning</source>
        <translation>Marcar {skill} como aprendiendo</translation>
    </message>
    <message>
        <source>Untick {skill}</source>
        <translation>Desmarcar {skill}</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>sugerencias</translation>
    </message>
    <message>
        <source>Set target to {name}</source>
        <translation>Fijar objetivo: {name}</translation>
    </message>
    <message>
        <source>starting out</source>
        <translation>principiante</translation>
    </message>
    <message>
        <source>Set current role to {name}</source>
        <translation>Fijar puesto actual: {name}</translation>
    </message>
    <message>
        <source>Mark {skill} as not held</source>
        <translation>Marcar {skill} como no adquirida</translation>
    </message>
    <message>
        <source>Count {skill} from your role</source>
        <translation>Contar {skill} desde tu puesto</translation>
    </message>
    <message>
        <source>Count all my role&apos;s skills again</source>
        <translation>Volver a contar todas las competencias de mi puesto</translation>
    </message>
    <message>
        <source>Rename the learner to {name}</source>
        <translation>Cambiar el nombre del estudiante a {name}</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Editar una nota</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Borrar una nota</translation>
    </message>
</context>
<context>
    <name>file_names</name>
    <message>
        <source>learning plan {date}</source>
        <translation>plan de aprendizaje {date}</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
</context>
<context>
    <name>notes_editor</name>
    <message>
        <source>Double-click a note to edit it; Delete removes it</source>
        <translation>Haz doble clic en una nota para editarla; Supr la borra</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>&amp;Edit note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Borrar nota</translation>
    </message>
</context>
</TS>
