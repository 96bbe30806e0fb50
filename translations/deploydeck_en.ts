<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardModel</name>
    <message numerus="yes">
        <source>%n preview(s)</source>
        <translation>
            <numerusform>%n preview</numerusform>
            <numerusform>%n previews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkWriteJob</name>
    <message numerus="yes">
        <source>%n of %1 marked inactive</source>
        <extracomment>%1 of %2 (the count is %n)</extracomment>
        <translation>
            <numerusform>%n of %1 marked inactive</numerusform>
            <numerusform>%n of %1 marked inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 deleted</source>
        <translation>
            <numerusform>%n of %1 deleted</numerusform>
            <numerusform>%n of %1 deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist(s)</source>
        <translation>
            <numerusform>%n no longer exists</numerusform>
            <numerusform>%n no longer exist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted (refresh to see GitHub&apos;s state)</source>
        <translation>
            <numerusform>%n interrupted (refresh to see GitHub&apos;s state)</numerusform>
            <numerusform>%n interrupted (refresh to see GitHub&apos;s state)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupController</name>
    <message numerus="yes">
        <source>Reading %n repositories…</source>
        <translation>
            <numerusform>Reading %n repositories…</numerusform>
            <numerusform>Reading %n repositories…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupJob</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n not attempted</numerusform>
            <numerusform>%n not attempted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message numerus="yes">
        <source>%n deployment(s) to mark inactive</source>
        <translation>
            <numerusform>%n deployment to mark inactive</numerusform>
            <numerusform>%n deployments to mark inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) to delete</source>
        <translation>
            <numerusform>%n deployment to delete</numerusform>
            <numerusform>%n deployments to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>%n environment to delete</numerusform>
            <numerusform>%n environments to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n repositories</source>
        <extracomment>%1 the counts (&quot;3 deployments to delete&quot;), %n the repositories that have items</extracomment>
        <translation>
            <numerusform>%1, in %n repositories</numerusform>
            <numerusform>%1, in %n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupRule</name>
    <message numerus="yes">
        <source>keep the newest %n</source>
        <translation>
            <numerusform>keep the newest %n</numerusform>
            <numerusform>keep the newest %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive and delete them?</source>
        <translation>
            <numerusform>Mark %n deployment inactive and delete it?</numerusform>
            <numerusform>Mark %n deployments inactive and delete them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s)?</source>
        <translation>
            <numerusform>Delete %n deployment?</numerusform>
            <numerusform>Delete %n deployments?</numerusform>
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
        <source>Mark %n deployment(s) inactive</source>
        <translation>
            <numerusform>Mark %n deployment inactive</numerusform>
            <numerusform>Mark %n deployments inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (marked inactive first where needed)</source>
        <translation>
            <numerusform>Delete %n deployment (marked inactive first where needed)</numerusform>
            <numerusform>Delete %n deployments (marked inactive first where needed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n environment(s)</source>
        <translation>
            <numerusform>Delete %n environment</numerusform>
            <numerusform>Delete %n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) to GitHub, paced under its limits; each target is checked again just before it is written.</source>
        <extracomment>%n the number of writes to GitHub</extracomment>
        <translation>
            <numerusform>%n write to GitHub, paced under its limits; each target is checked again just before it is written.</numerusform>
            <numerusform>%n writes to GitHub, paced under its limits; each target is checked again just before it is written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply this cleanup to %n repositories?</source>
        <extracomment>%n the number of repositories</extracomment>
        <translation>
            <numerusform>Apply this cleanup to %n repositories?</numerusform>
            <numerusform>Apply this cleanup to %n repositories?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to mark inactive</source>
        <translation>
            <numerusform>%n to mark inactive</numerusform>
            <numerusform>%n to mark inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>%n to delete</numerusform>
            <numerusform>%n to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>%n environment to delete</numerusform>
            <numerusform>%n environments to delete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Type %1, the number of deletes in %n repositories, to confirm.</source>
        <extracomment>%1 the number of deployments and environments to delete, %n the repositories</extracomment>
        <translation>
            <numerusform>Type %1, the number of deletes in %n repositories, to confirm.</numerusform>
            <numerusform>Type %1, the number of deletes in %n repositories, to confirm.</numerusform>
        </translation>
    </message>
</context>
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
    <name>DeploymentActions</name>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive (%1)</source>
        <translation>
            <numerusform>Mark %n selected deployment inactive (%1)</numerusform>
            <numerusform>Mark %n selected deployments inactive (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected deployment(s)…</source>
        <translation>
            <numerusform>Delete %n selected deployment…</numerusform>
            <numerusform>Delete %n selected deployments…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive, then delete them…</source>
        <translation>
            <numerusform>Mark %n selected deployment inactive, then delete it…</numerusform>
            <numerusform>Mark %n selected deployments inactive, then delete them…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message numerus="yes">
        <source>Deployment to %1 still %2 after %n minute(s)</source>
        <translation>
            <numerusform>Deployment to %1 still %2 after %n minute</numerusform>
            <numerusform>Deployment to %1 still %2 after %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) selected</source>
        <translation>
            <numerusform>%n deployment selected</numerusform>
            <numerusform>%n deployments selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live now</source>
        <translation>
            <numerusform>%n live now</numerusform>
            <numerusform>%n live now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>%n inactive</numerusform>
            <numerusform>%n inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Post an inactive status for the %n selected deployment(s)</source>
        <translation>
            <numerusform>Post an inactive status for the %n selected deployment</numerusform>
            <numerusform>Post an inactive status for the %n selected deployments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (asks first)</source>
        <translation>
            <numerusform>Delete %n deployment (asks first)</numerusform>
            <numerusform>Delete %n deployments (asks first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected deployments are not inactive; mark them inactive before deleting them</source>
        <translation>
            <numerusform>%n of the selected deployments is not inactive; mark it inactive before deleting it</numerusform>
            <numerusform>%n of the selected deployments are not inactive; mark them inactive before deleting them</numerusform>
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
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n state</numerusform>
            <numerusform>%n states</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GhCliToken</name>
    <message numerus="yes">
        <source>GitHub CLI (gh) did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitHub CLI (gh) did not answer within %n second.</numerusform>
            <numerusform>GitHub CLI (gh) did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message numerus="yes">
        <source>The list has more than %n page(s); DeployDeck stopped there.</source>
        <translation>
            <numerusform>The list has more than %n page; DeployDeck stopped there.</numerusform>
            <numerusform>The list has more than %n pages; DeployDeck stopped there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationTray</name>
    <message numerus="yes">
        <source>%n environment(s) failing; %1 in %2</source>
        <translation>
            <numerusform>%n environment failing; %1 in %2</numerusform>
            <numerusform>%n environments failing; %1 in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message numerus="yes">
        <source>%n repositories watched</source>
        <translation>
            <numerusform>%n repositories watched</numerusform>
            <numerusform>%n repositories watched</numerusform>
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
    <name>RepositoryPicker</name>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n repositories</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
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
