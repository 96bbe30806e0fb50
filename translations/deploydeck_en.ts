<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CreateStatusDialog</name>
    <message numerus="yes">
        <source>The description is %n character(s) longer than GitHub allows (%1).</source>
        <translation>
            <numerusform>The description is %n character longer than GitHub allows (%1).</numerusform>
            <numerusform>The description is %n characters longer than GitHub allows (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long: GitHub keeps at most %1.</source>
        <translation>
            <numerusform>%n character too long: GitHub keeps at most %1.</numerusform>
            <numerusform>%n characters too long: GitHub keeps at most %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n deployment(s) inactive: %1</source>
        <translation>
            <numerusform>Marks %n deployment inactive: %1</numerusform>
            <numerusform>Marks %n deployments inactive: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentDelegate</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnvironmentModel</name>
    <message numerus="yes">
        <source>%1: nothing live, %Ln deployment(s)</source>
        <translation>
            <numerusform>%1: nothing live, %Ln deployment</numerusform>
            <numerusform>%1: nothing live, %Ln deployments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the selected deployment(s) inactive (%1)</source>
        <translation>
            <numerusform>Mark the selected deployment inactive (%1)</numerusform>
            <numerusform>Mark the selected deployments inactive (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the selected deployment(s)</source>
        <translation>
            <numerusform>Delete the selected deployment</numerusform>
            <numerusform>Delete the selected deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive and delete them?</source>
        <translation>
            <numerusform>Mark %n deployment inactive and delete them?</numerusform>
            <numerusform>Mark %n deployments inactive and delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive?</source>
        <translation>
            <numerusform>Mark %n deployment inactive?</numerusform>
            <numerusform>Mark %n deployments inactive?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) could not be marked inactive and are shown as they were:</source>
        <translation>
            <numerusform>%n deployment could not be marked inactive and is shown as it was:</numerusform>
            <numerusform>%n deployments could not be marked inactive and are shown as they were:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n deployment(s) inactive.</source>
        <translation>
            <numerusform>Marked %n deployment inactive.</numerusform>
            <numerusform>Marked %n deployments inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) could not be deleted:</source>
        <translation>
            <numerusform>%n deployment could not be deleted:</numerusform>
            <numerusform>%n deployments could not be deleted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n deployment(s).</source>
        <translation>
            <numerusform>Deleted %n deployment.</numerusform>
            <numerusform>Deleted %n deployments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln minute ago</numerusform>
            <numerusform>%Ln minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln hour ago</numerusform>
            <numerusform>%Ln hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>%n deployment</numerusform>
            <numerusform>%n deployments</numerusform>
        </translation>
    </message>
</context>
</TS>
