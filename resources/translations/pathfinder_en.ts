<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Announcer</name>
    <message numerus="yes">
        <source>Opened {pack}: %n role(s).</source>
        <translation>
            <numerusform>Opened {pack}: %n role.</numerusform>
            <numerusform>Opened {pack}: %n roles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>wrote {file}: %n node(s)</source>
        <translation>
            <numerusform>wrote {file}: %n node</numerusform>
            <numerusform>wrote {file}: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warning(s)</source>
        <translation>
            <numerusform>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warning</numerusform>
            <numerusform>{path}: ok ({roles} roles, {skills} skills, {transitions} transitions); %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>about %n week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n year(s)</source>
        <translation>
            <numerusform>more than %n year</numerusform>
            <numerusform>more than %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n year(s)</source>
        <translation>
            <numerusform>over %n year</numerusform>
            <numerusform>over %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message numerus="yes">
        <source>%n skill(s) · {hours} h</source>
        <translation>
            <numerusform>%n skill · {hours} h</numerusform>
            <numerusform>%n skills · {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>reading occupationSkillRelations.csv ({count} occupation(s))</source>
        <translation>
            <numerusform>reading occupationSkillRelations.csv ({count} occupation)</numerusform>
            <numerusform>reading occupationSkillRelations.csv ({count} occupations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</source>
        <translation>
            <numerusform>skipped {count} row of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</numerusform>
            <numerusform>skipped {count} rows of occupationSkillRelations.csv: occupation {uri} is not in the occupations file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of occupationSkillRelations.csv: skill {uri} is not in the skills file</source>
        <translation>
            <numerusform>skipped {count} row of occupationSkillRelations.csv: skill {uri} is not in the skills file</numerusform>
            <numerusform>skipped {count} rows of occupationSkillRelations.csv: skill {uri} is not in the skills file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {rows} more row(s) of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</source>
        <translation>
            <numerusform>skipped {rows} more row of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</numerusform>
            <numerusform>skipped {rows} more rows of occupationSkillRelations.csv for {uris} more unknown URIs; are both zips from the same ESCO release?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) with relation type &apos;{kind}&apos;</source>
        <translation>
            <numerusform>skipped {count} row with relation type &apos;{kind}&apos;</numerusform>
            <numerusform>skipped {count} rows with relation type &apos;{kind}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of skillSkillRelations.csv that point to skills not in the skills file</source>
        <translation>
            <numerusform>skipped {count} row of skillSkillRelations.csv that point to skills not in the skills file</numerusform>
            <numerusform>skipped {count} rows of skillSkillRelations.csv that point to skills not in the skills file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out {count} optional skill-skill relation(s): only essential ones become prerequisites</source>
        <translation>
            <numerusform>left out {count} optional skill-skill relation: only essential ones become prerequisites</numerusform>
            <numerusform>left out {count} optional skill-skill relations: only essential ones become prerequisites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} essential skill-skill relation(s) became prerequisites; {dropped} dropped because they would form a cycle</source>
        <translation>
            <numerusform>{count} essential skill-skill relation became prerequisites; {dropped} dropped because they would form a cycle</numerusform>
            <numerusform>{count} essential skill-skill relations became prerequisites; {dropped} dropped because they would form a cycle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without an ISCO group got level {level}</source>
        <translation>
            <numerusform>{count} occupation without an ISCO group got level {level}</numerusform>
            <numerusform>{count} occupations without an ISCO group got level {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read {count} skill(s)</source>
        <translation>
            <numerusform>read {count} skill</numerusform>
            <numerusform>read {count} skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without a Job Zone got the typical zone of their SOC group</source>
        <translation>
            <numerusform>{count} occupation without a Job Zone got the typical zone of their SOC group</numerusform>
            <numerusform>{count} occupations without a Job Zone got the typical zone of their SOC group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} occupation(s) without Skills or Knowledge ratings kept with their technology skills and related occupations</source>
        <translation>
            <numerusform>{count} occupation without Skills or Knowledge ratings kept with their technology skills and related occupations</numerusform>
            <numerusform>{count} occupations without Skills or Knowledge ratings kept with their technology skills and related occupations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped {count} row(s) of {file} for occupations not in Occupation Data.txt</source>
        <translation>
            <numerusform>skipped {count} row of {file} for occupations not in Occupation Data.txt</numerusform>
            <numerusform>skipped {count} rows of {file} for occupations not in Occupation Data.txt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} skill(s)</source>
        <translation>
            <numerusform>writing {count} skill</numerusform>
            <numerusform>writing {count} skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} role(s)</source>
        <translation>
            <numerusform>writing {count} role</numerusform>
            <numerusform>writing {count} roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing {count} transition(s)</source>
        <translation>
            <numerusform>writing {count} transition</numerusform>
            <numerusform>writing {count} transitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Order</name>
    <message numerus="yes">
        <source>%n other skills in your plan build on it</source>
        <translation>
            <numerusform>%n other skill in your plan builds on it</numerusform>
            <numerusform>%n other skills in your plan build on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it is a foundation: %n roles in this pack need it</source>
        <translation>
            <numerusform>it is a foundation: %n role in this pack needs it</numerusform>
            <numerusform>it is a foundation: %n roles in this pack need it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineDialog</name>
    <message numerus="yes">
        <source>{family}: %n role(s)</source>
        <translation>
            <numerusform>{family}: %n role</numerusform>
            <numerusform>{family}: %n roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message numerus="yes">
        <source>{listed} and %n more</source>
        <translation>
            <numerusform>{listed} and %n more</numerusform>
            <numerusform>{listed} and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n role(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>no name in {code} for %n role, shown in {own} there: {listed}</numerusform>
            <numerusform>no name in {code} for %n roles, shown in {own} there: {listed}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no name in {code} for %n skill(s), shown in {own} there: {listed}</source>
        <translation>
            <numerusform>no name in {code} for %n skill, shown in {own} there: {listed}</numerusform>
            <numerusform>no name in {code} for %n skills, shown in {own} there: {listed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackErrorsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) in {file}. The pack you had open is still loaded; fix the file and open it again.</source>
        <translation>
            <numerusform>%n problem in {file}. The pack you had open is still loaded; fix the file and open it again.</numerusform>
            <numerusform>%n problems in {file}. The pack you had open is still loaded; fix the file and open it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanIntro</name>
    <message numerus="yes">
        <source>about %n week(s)</source>
        <translation>
            <numerusform>about a week</numerusform>
            <numerusform>about %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanList</name>
    <message numerus="yes">
        <source>Learn %n skill(s): {names}</source>
        <translation>
            <numerusform>Learn %n skill: {names}</numerusform>
            <numerusform>Learn %n skills: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message numerus="yes">
        <source>{role} ({id}) is %n move(s) away from {origin} ({start}); allow at least %n step(s)</source>
        <translation>
            <numerusform>{role} ({id}) is %n move away from {origin} ({start}); allow at least %n step</numerusform>
            <numerusform>{role} ({id}) is %n moves away from {origin} ({start}); allow at least %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message numerus="yes">
        <source>role &apos;{id}&apos; has %n essential skill(s) (fewer than {least}): learners cannot tell what it takes</source>
        <translation>
            <numerusform>role &apos;{id}&apos; has %n essential skill (fewer than {least}): learners cannot tell what it takes</numerusform>
            <numerusform>role &apos;{id}&apos; has %n essential skills (fewer than {least}): learners cannot tell what it takes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>more than %n year(s) away</source>
        <translation>
            <numerusform>more than %n year away</numerusform>
            <numerusform>more than %n years away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{text}… ({count} more character(s) in the profile)</source>
        <translation>
            <numerusform>{text}… ({count} more character in the profile)</numerusform>
            <numerusform>{text}… ({count} more characters in the profile)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{skills}, and %n more ({numbers} in the learning plan)</source>
        <translation>
            <numerusform>{skills}, and %n more ({numbers} in the learning plan)</numerusform>
            <numerusform>{skills}, and %n more ({numbers} in the learning plan)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There is no path to {target} within %n move(s): {reason}. {then}</source>
        <translation>
            <numerusform>There is no path to {target} within %n move: {reason}. {then}</numerusform>
            <numerusform>There is no path to {target} within %n moves: {reason}. {then}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the latest {shown} notes are printed; {count} earlier notes are in the profile.</source>
        <translation>
            <numerusform>Only the latest {shown} notes are printed; {count} earlier note is in the profile.</numerusform>
            <numerusform>Only the latest {shown} notes are printed; {count} earlier notes are in the profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleSkillsButton</name>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation>
            <numerusform>Count my role&apos;s skill marked not held</numerusform>
            <numerusform>Count my role&apos;s %n skills marked not held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Suggest</name>
    <message numerus="yes">
        <source>; it uses {used} of your %n skill(s)</source>
        <translation>
            <numerusform>; it uses {used} of your %n skill</numerusform>
            <numerusform>; it uses {used} of your %n skills</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have its %n essential skill(s), few to judge by</source>
        <translation>
            <numerusform>you have its %n essential skill, few to judge by</numerusform>
            <numerusform>you have its %n essential skills, few to judge by</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you have {have} of %n essential skill(s); about {hours} hours to go</source>
        <translation>
            <numerusform>you have {have} of %n essential skill; about {hours} hours to go</numerusform>
            <numerusform>you have {have} of %n essential skills; about {hours} hours to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) above your next step (-{percent})</source>
        <translation>
            <numerusform>%n level above your next step (-{percent})</numerusform>
            <numerusform>%n levels above your next step (-{percent})</numerusform>
        </translation>
    </message>
</context>
</TS>
