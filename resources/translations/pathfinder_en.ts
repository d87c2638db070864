<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>RoleSkillsButton</name>
    <message numerus="yes">
        <source>Count my role&apos;s %n skill(s) marked not held</source>
        <translation>
            <numerusform>Count my role&apos;s skill marked not held</numerusform>
            <numerusform>Count my role&apos;s %n skills marked not held</numerusform>
        </translation>
    </message>
</context>
</TS>
