<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Account</name>
    <message>
        <source>no token</source>
        <translation>토큰 없음</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>환경 변수에서</translation>
    </message>
    <message>
        <source>from the system keyring</source>
        <translation>시스템 키링에서</translation>
    </message>
    <message>
        <source>from GitHub CLI</source>
        <translation>GitHub CLI에서</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>이번 세션에만</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>from the environment</source>
        <translation>환경 변수에서</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>시스템 키링</translation>
    </message>
    <message>
        <source>GitHub CLI</source>
        <translation>GitHub CLI 도구</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>이번 세션만</translation>
    </message>
    <message>
        <source>Select the account to sign out</source>
        <translation>로그아웃할 계정을 선택하세요</translation>
    </message>
    <message>
        <source>This token comes from the GH_TOKEN or GITHUB_TOKEN environment variable. Unset the variable and start DeployDeck again to sign out.</source>
        <translation>이 토큰은 GH_TOKEN 또는 GITHUB_TOKEN 환경 변수에서 옵니다. 로그아웃하려면 변수를 해제하고 DeployDeck을 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>%2의 %1 로그아웃</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Sign out %1 on %2?</source>
        <translation>%2의 %1에서 로그아웃할까요?</translation>
    </message>
    <message>
        <source>DeployDeck stops using GitHub CLI&apos;s token for this host. GitHub CLI itself stays signed in.</source>
        <translation>DeployDeck이 이 호스트에 대해 GitHub CLI의 토큰을 더 이상 사용하지 않습니다. GitHub CLI 자체는 로그인 상태로 남습니다.</translation>
    </message>
    <message>
        <source>DeployDeck forgets the token it kept for this session.</source>
        <translation>DeployDeck이 이번 세션 동안 보관한 토큰을 잊습니다.</translation>
    </message>
    <message>
        <source>DeployDeck deletes this account&apos;s token from the system keyring. The token itself stays valid on GitHub until you revoke it there.</source>
        <translation>DeployDeck이 이 계정의 토큰을 시스템 키링에서 삭제합니다. 토큰 자체는 GitHub에서 취소할 때까지 유효합니다.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>The GitHub accounts DeployDeck can use. Each repository opens with the account for its host.</source>
        <translation>DeployDeck이 사용할 수 있는 GitHub 계정입니다. 각 리포지토리는 해당 호스트의 계정으로 열립니다.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>토큰 출처</translation>
    </message>
    <message>
        <source>No accounts yet: add one to sign in to GitHub.</source>
        <translation>아직 계정이 없습니다. GitHub에 로그인하려면 계정을 추가하세요.</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>계정 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>로그아웃(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>%1 runs %2; %3 runs %4.</source>
        <extracomment>Drift between environments: %1 environment, %2 its short SHA, %3 the next environment toward production, %4 its short SHA</extracomment>
        <translation>%1 환경은 %2, %3 환경은 %4 커밋을 실행 중입니다.</translation>
    </message>
    <message>
        <source>Not signed in on %1.</source>
        <translation>%1에 로그인하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4 by %5</source>
        <extracomment>%1 ref, %2 short SHA, %3 state, %4 &quot;5 min ago&quot;, %5 login</extracomment>
        <translation>%1 (%2), %3, %4, %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>가동 중: %1</translation>
    </message>
    <message>
        <source>No deployment</source>
        <translation>배포 없음</translation>
    </message>
    <message>
        <source>Nothing live. Newest: %1</source>
        <translation>가동 중인 배포 없음. 최신: %1</translation>
    </message>
    <message>
        <source>Newer attempt: %1</source>
        <translation>더 새로운 시도: %1</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>드리프트: %1</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>리포지토리</translation>
    </message>
    <message>
        <source>Environments only one watched repository has, together.</source>
        <translation>감시 중인 리포지토리 하나에만 있는 환경을 한데 모았습니다.</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>Preview and other transient environments, together: how many have a deployment, and the worst state among them.</source>
        <translation>미리보기 및 기타 임시 환경을 한데 모았습니다: 배포가 있는 환경 수와 그중 가장 나쁜 상태.</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>미리보기</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n preview(s)</source>
        <translation>
            <numerusform>미리보기 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>환경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>≠ %1 (drift)</source>
        <extracomment>Drift: this environment runs another commit than %1 (the next one toward production)</extracomment>
        <translation>≠ %1 (드리프트)</translation>
    </message>
</context>
<context>
    <name>BulkWriteJob</name>
    <message>
        <source>#%1: %2</source>
        <extracomment>%1 deployment number, %2 why it failed</extracomment>
        <translation>#%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 marked inactive</source>
        <extracomment>%1 of %2 (the count is %n)</extracomment>
        <translation>
            <numerusform>%1개 중 %n개를 비활성으로 표시함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 deleted</source>
        <translation>
            <numerusform>%1개 중 %n개 삭제함</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist(s)</source>
        <translation>
            <numerusform>%n개는 더 이상 없음</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted (refresh to see GitHub&apos;s state)</source>
        <translation>
            <numerusform>%n개 중단됨(GitHub의 상태를 보려면 새로 고침)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n개는 시도하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a result: &quot;2 of 3 marked inactive; 1 no longer exists&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (stopped: %2)</source>
        <extracomment>%1 the result so far, %2 why the work stopped</extracomment>
        <translation>%1 (중지됨: %2)</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>창이 닫힘</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>열린 리포지토리가 없음</translation>
    </message>
    <message>
        <source>a status for it is being posted already</source>
        <translation>이 배포의 상태를 이미 게시하는 중</translation>
    </message>
    <message>
        <source>GitHub did not accept the status</source>
        <translation>GitHub가 상태를 받아들이지 않음</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Only environments matching PATTERN (* and ?); may be repeated.</source>
        <translation>PATTERN(* 및 ?)과 일치하는 환경만; 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Only deployments created longer ago than AGE (30d, 12h, 2w).</source>
        <translation>AGE(30d, 12h, 2w)보다 오래전에 생성된 배포만.</translation>
    </message>
    <message>
        <source>Keep the newest N deployments of each environment.</source>
        <translation>환경마다 최신 배포 N개를 유지합니다.</translation>
    </message>
    <message>
        <source>Only deployments in STATE (success, failure, error, inactive, queued, pending, in_progress, none); may be repeated.</source>
        <translation>STATE(success, failure, error, inactive, queued, pending, in_progress, none) 상태의 배포만; 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>mark-inactive (the default), delete, or delete-environment.</source>
        <translation>mark-inactive(기본값), delete 또는 delete-environment.</translation>
    </message>
    <message>
        <source>Live deployments too (never a production environment&apos;s).</source>
        <translation>가동 중인 배포도 포함 (프로덕션 환경의 배포는 제외).</translation>
    </message>
    <message>
        <source>Only show what would be done (the default).</source>
        <translation>무엇을 할지만 보여 줍니다 (기본값).</translation>
    </message>
    <message>
        <source>Apply the cleanup after the dry run.</source>
        <translation>미리 보기 후 정리를 적용합니다.</translation>
    </message>
    <message>
        <source>Print the plan and the report as JSON.</source>
        <translation>계획과 보고서를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Record the run in FILE (default: one per repository in the data directory).</source>
        <translation>실행 기록을 FILE에 남깁니다 (기본값: 데이터 디렉터리에 리포지토리마다 하나).</translation>
    </message>
    <message>
        <source>Resume the interrupted run recorded in the journal.</source>
        <translation>기록 파일에 남은 중단된 실행을 재개합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다: 숫자와 d, h, m, w를 사용하세요 (30d, 12h).</translation>
    </message>
    <message>
        <source>--keep needs a number of deployments (0 or more).</source>
        <translation>--keep에는 배포 수(0 이상)가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state.</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>--action is mark-inactive, delete or delete-environment.</source>
        <translation>--action은 mark-inactive, delete, delete-environment 중 하나입니다.</translation>
    </message>
    <message>
        <source>--dry-run and --yes cannot be used together.</source>
        <translation>--dry-run과 --yes는 함께 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>--resume writes to GitHub: add --yes.</source>
        <translation>--resume은 GitHub에 씁니다: --yes를 추가하세요.</translation>
    </message>
    <message>
        <source>The repository could not be read.</source>
        <translation>리포지토리를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --yes to apply it.</source>
        <translation>미리 보기: 아무것도 쓰지 않았습니다. 적용하려면 --yes를 추가하세요.</translation>
    </message>
    <message>
        <source>An earlier cleanup of %1 did not finish (%2). Resume it with --resume, or remove the journal.</source>
        <translation>이전에 실행한 %1 정리가 끝나지 않았습니다 (%2). --resume으로 재개하거나 기록 파일을 지우세요.</translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit: paused until %1</source>
        <translation>GitHub의 보조 속도 제한: %1까지 일시 중지</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1: %3 {1 %2:?}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Every repository the Overview watches on this host, instead of --repo.</source>
        <translation>--repo 대신 이 호스트에서 개요가 지켜보는 모든 리포지토리.</translation>
    </message>
    <message>
        <source>Several rules from FILE (JSON: an array of rules, or an exported plan) instead of the rule options.</source>
        <translation>규칙 옵션 대신 FILE의 여러 규칙(JSON: 규칙 배열 또는 내보낸 계획).</translation>
    </message>
    <message>
        <source>--rules FILE and --%1 cannot be used together: put it in the file.</source>
        <extracomment>%1 an option, e.g. --keep</extracomment>
        <translation>--rules FILE과 --%1은(는) 함께 쓸 수 없습니다: 파일 안에 넣으세요.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no rules: use a JSON array of rules, or an object with &quot;rules&quot;.</source>
        <translation>%1에 규칙이 없습니다: 규칙의 JSON 배열이나 &quot;rules&quot;가 있는 객체를 쓰세요.</translation>
    </message>
    <message>
        <source>%1, rule %2: %3</source>
        <extracomment>%1 a file name, %2 the rule&apos;s number, %3 what is wrong</extracomment>
        <translation>%1, 규칙 %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the repository, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is about %2: resume it with those repositories.</source>
        <extracomment>%1 a file, %2 the repositories it is about</extracomment>
        <translation>저널 %1은(는) %2에 대한 것입니다: 그 리포지토리로 재개하세요.</translation>
    </message>
</context>
<context>
    <name>CleanupController</name>
    <message>
        <source>the window closed</source>
        <translation>창이 닫혔습니다</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>정리(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark inactive or delete old deployments and preview environments in bulk, with a preview first</source>
        <translation>오래된 배포와 미리 보기 환경을 한꺼번에 비활성으로 표시하거나 삭제합니다. 먼저 미리 보기를 보여 줍니다</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>사용자가 중지함</translation>
    </message>
    <message>
        <source>A cleanup planned %1 did not finish: %2 of %3 done. Resume it? Each remaining target is checked again first.</source>
        <extracomment>%1 when it was planned, %2 items finished, %3 items in all</extracomment>
        <translation>%1에 계획한 정리가 끝나지 않았습니다: %3개 중 %2개 완료. 재개할까요? 남은 대상은 먼저 다시 확인합니다.</translation>
    </message>
    <message>
        <source>checking the next target again</source>
        <translation>다음 대상을 다시 확인하는 중</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>쓰는 중</translation>
    </message>
    <message>
        <source>keeping under GitHub&apos;s limits for writes: next at %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>GitHub의 쓰기 제한을 지키는 중: 다음 쓰기는 %1</translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit: paused until %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>GitHub의 보조 속도 제한: %1까지 일시 중지</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>시도하지 않음</translation>
    </message>
    <message>
        <source>Cleanup: %1</source>
        <translation>정리: %1</translation>
    </message>
    <message>
        <source>Clean &amp;Up Watched Repositories…</source>
        <translation>감시 중인 리포지토리 정리(&amp;U)…</translation>
    </message>
    <message>
        <source>Mark inactive or delete old deployments and preview environments in the watched repositories, with one preview for all of them first</source>
        <translation>감시 중인 리포지토리의 오래된 배포와 미리 보기 환경을 비활성으로 표시하거나 삭제합니다. 먼저 모두에 대한 미리 보기를 한 번 보여 줍니다</translation>
    </message>
    <message>
        <source>Not signed in on its host: sign in to clean it up</source>
        <translation>해당 호스트에 로그인되어 있지 않음: 정리하려면 로그인하세요</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the sentence above, %2 the repositories</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n repositories…</source>
        <translation>
            <numerusform>리포지토리 %n개를 읽는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not signed in on its host</source>
        <extracomment>%1 a repository</extracomment>
        <translation>%1: 해당 호스트에 로그인되어 있지 않음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a repository, %2 why it could not be read</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every repository could be read; uncheck it or try again.</source>
        <translation>읽지 못한 리포지토리가 있습니다. 선택을 해제하거나 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean Up Deployments</source>
        <translation>배포 정리</translation>
    </message>
    <message>
        <source>Clean Up Deployments — %1</source>
        <translation>배포 정리 — %1</translation>
    </message>
    <message>
        <source>Choose what to clean up, then preview exactly what will happen. Nothing is written until you apply the preview. The live deployment of a production environment is never touched.</source>
        <translation>정리할 대상을 고른 다음, 무엇이 바뀌는지 미리 보세요. 미리 보기를 적용하기 전에는 아무것도 쓰지 않습니다. 프로덕션 환경의 가동 중인 배포는 절대 건드리지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>재개(&amp;R)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>배포</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>적용(&amp;A)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>중지(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>has a live deployment</source>
        <extracomment>%1 the state; the deployment is the live one of its environment</extracomment>
        <translation>가동 중인 배포 있음</translation>
    </message>
    <message>
        <source>%1, live</source>
        <translation>%1, 가동 중</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 items finished, %2 items in all</extracomment>
        <translation>%2개 중 %1개</translation>
    </message>
    <message>
        <source>done at about %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>약 %1에 완료</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preview to see what would be cleaned up.</source>
        <translation>미리 보기로 무엇이 정리될지 확인하세요.</translation>
    </message>
    <message>
        <source>Export the Preview</source>
        <translation>미리 보기 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV 파일 (*.csv);;JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Check at least one repository.</source>
        <translation>리포지토리를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>리포지토리</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>리포지토리</translation>
    </message>
    <message>
        <source>%1 of %2 checked: one preview and one confirmation for all of them; writes are paced together under GitHub&apos;s limits.</source>
        <extracomment>%1 repositories checked, %2 repositories offered</extracomment>
        <translation>%2개 중 %1개 선택: 모두에 대해 미리 보기 한 번, 확인 한 번; 쓰기는 함께 GitHub의 제한 안에서 속도를 조절합니다.</translation>
    </message>
</context>
<context>
    <name>CleanupJob</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n개 완료</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n개 건너뜀</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n개 시도하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a result: &quot;12 done; 2 skipped&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (stopped: %2)</source>
        <extracomment>%1 the result so far, %2 why the cleanup stopped</extracomment>
        <translation>%1 (중지됨: %2)</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>창이 닫혔습니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>interrupted while being written: resuming reads it again</source>
        <translation>쓰는 중에 중단됨: 재개하면 다시 확인합니다</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>열린 리포지토리가 없습니다</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>더 이상 존재하지 않습니다</translation>
    </message>
    <message>
        <source>could not read it again before writing: %1</source>
        <extracomment>%1 GitHub&apos;s error</extracomment>
        <translation>쓰기 전에 다시 읽을 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>it changed since the dry run: it is live now</source>
        <translation>미리 보기 이후 변경됨: 지금 가동 중입니다</translation>
    </message>
    <message>
        <source>it changed since the dry run: a new status (%1)</source>
        <translation>미리 보기 이후 변경됨: 새 상태 (%1)</translation>
    </message>
    <message>
        <source>it is inactive already</source>
        <translation>이미 비활성입니다</translation>
    </message>
    <message>
        <source>it changed since the dry run: a new deployment (#%1)</source>
        <translation>미리 보기 이후 변경됨: 새 배포 (#%1)</translation>
    </message>
    <message>
        <source>the journal cannot be written (%1)</source>
        <translation>기록 파일에 쓸 수 없습니다 (%1)</translation>
    </message>
    <message>
        <source>another change is being written: try again when it has finished</source>
        <translation>다른 변경 사항을 쓰는 중입니다: 끝난 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>the repository was closed</source>
        <translation>리포지토리가 닫혔습니다</translation>
    </message>
    <message>
        <source>GitHub does not know this environment (404): it was deleted already, or the token may not administer the repository</source>
        <translation>GitHub에 이 환경이 없습니다 (404): 이미 삭제되었거나 토큰에 리포지토리 관리 권한이 없을 수 있습니다</translation>
    </message>
    <message>
        <source>GitHub refused (403): deleting an environment needs admin rights on the repository. %1</source>
        <extracomment>%1 GitHub&apos;s message</extracomment>
        <translation>GitHub가 거부했습니다 (403): 환경을 삭제하려면 리포지토리 관리자 권한이 필요합니다. %1</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <extracomment>%1 the repository, owner/name</extracomment>
        <translation>%1이(가) 열려 있지 않음</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>Cannot write the cleanup journal %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>정리 기록 파일 %1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot read the cleanup journal %1: %2</source>
        <translation>정리 기록 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a DeployDeck cleanup journal.</source>
        <translation>%1은(는) DeployDeck 정리 기록 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>rule %1</source>
        <translation>규칙 %1</translation>
    </message>
    <message>
        <source>Nothing to clean up.</source>
        <translation>정리할 항목이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) to mark inactive</source>
        <translation>
            <numerusform>비활성으로 표시할 배포 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) to delete</source>
        <translation>
            <numerusform>삭제할 배포 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>삭제할 환경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a summary: &quot;3 deployments to delete; 1 environment to delete&quot;</extracomment>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n repositories</source>
        <extracomment>%1 the counts (&quot;3 deployments to delete&quot;), %n the repositories that have items</extracomment>
        <translation>
            <numerusform>%1, 리포지토리 %n개에서</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupRule</name>
    <message>
        <source>The number of deployments to keep cannot be negative.</source>
        <translation>유지할 배포 수는 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>경과 기간은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>Deleting environments needs at least one environment pattern.</source>
        <translation>환경을 삭제하려면 환경 패턴이 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <source>An environment pattern is empty.</source>
        <translation>빈 환경 패턴이 있습니다.</translation>
    </message>
    <message>
        <source>Mark inactive</source>
        <translation>비활성으로 표시</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete environment</source>
        <translation>환경 삭제</translation>
    </message>
    <message>
        <source>every environment</source>
        <translation>모든 환경</translation>
    </message>
    <message>
        <source>older than %1</source>
        <extracomment>%1 a duration such as 30d (days), 12h (hours), 2w (weeks)</extracomment>
        <translation>%1보다 오래됨</translation>
    </message>
    <message numerus="yes">
        <source>keep the newest %n</source>
        <translation>
            <numerusform>최신 %n개 유지</numerusform>
        </translation>
    </message>
    <message>
        <source>states: %1</source>
        <extracomment>%1 a list of states</extracomment>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>live ones too</source>
        <translation>가동 중인 배포 포함</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a rule&apos;s description</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다: 숫자와 d, h, m, w를 사용하세요 (30d, 12h).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state.</source>
        <translation>&quot;%1&quot;은(는) 상태가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action: mark-inactive, delete or delete-environment.</source>
        <translation>&quot;%1&quot;은(는) 동작이 아닙니다: mark-inactive, delete, delete-environment 중 하나를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>CleanupRuleEditor</name>
    <message>
        <source>No status</source>
        <translation>상태 없음</translation>
    </message>
    <message>
        <source>R&amp;ules (the first that matches acts):</source>
        <translation>규칙(&amp;U) (처음 일치하는 규칙이 적용됨):</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>규칙 추가(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Rule</source>
        <translation>규칙 제거(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>All environments, or patterns such as preview/*, pr-*</source>
        <translation>모든 환경, 또는 preview/*, pr-* 같은 패턴</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>다음보다 오래됨(&amp;O):</translation>
    </message>
    <message>
        <source>Any age, or 30d, 12h, 2w</source>
        <translation>모든 기간, 또는 30d, 12h, 2w</translation>
    </message>
    <message>
        <source>&amp;Keep the newest, per environment:</source>
        <translation>환경마다 최신 항목 유지(&amp;K):</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>유지 안 함</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>None checked: every state</source>
        <translation>아무것도 선택하지 않으면 모든 상태</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>작업(&amp;A):</translation>
    </message>
    <message>
        <source>Include live deployments (never a production environment&apos;s)</source>
        <translation>가동 중인 배포 포함 (프로덕션 환경의 배포는 제외)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <extracomment>%1 what was typed</extracomment>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다: 숫자와 d, h, m, w를 사용하세요 (30d, 12h).</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 the rule&apos;s number, %2 what is wrong with it
----------
%1 the rule&apos;s number (as the preview names it: &quot;rule 2&quot;), %2 its action</extracomment>
        <translation>규칙 %1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--repo OWNER/REPO is required.</source>
        <translation>--repo 소유자/리포지토리 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository; use OWNER/REPO.</source>
        <translation>&quot;%1&quot;은(는) 리포지토리가 아닙니다. 소유자/리포지토리 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>--deployment ID is required.</source>
        <translation>--deployment ID 옵션이 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deployment id.</source>
        <translation>&quot;%1&quot;은(는) 배포 ID가 아닙니다.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예상하지 못한 인수 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>Only deployments to this environment.</source>
        <translation>이 환경의 배포만 출력합니다.</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json(기본값) 또는 csv.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>표준 출력 대신 지정한 파일에 씁니다.</translation>
    </message>
    <message>
        <source>Do not use or update the ETag cache.</source>
        <translation>ETag 캐시를 사용하거나 업데이트하지 않습니다.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>알 수 없는 형식 &quot;%1&quot;입니다. json 또는 csv를 사용하십시오.</translation>
    </message>
    <message>
        <source>Statuses fetched: %1 of %2</source>
        <translation>가져온 배포 상태: %1/%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>One of: error, failure, inactive, in_progress, queued, pending, success.</source>
        <translation>다음 중 하나: error, failure, inactive, in_progress, queued, pending, success.</translation>
    </message>
    <message>
        <source>A short description (at most 140 characters).</source>
        <translation>짧은 설명(최대 140자).</translation>
    </message>
    <message>
        <source>Move the deployment to this environment.</source>
        <translation>배포를 이 환경으로 옮깁니다.</translation>
    </message>
    <message>
        <source>Do not mark earlier deployments to the environment inactive.</source>
        <translation>이 환경의 이전 배포를 비활성으로 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>--state must be one of: error, failure, inactive, in_progress, queued, pending, success.</source>
        <translation>--state는 다음 중 하나여야 합니다: error, failure, inactive, in_progress, queued, pending, success.</translation>
    </message>
    <message>
        <source>Deletes a deployment. GitHub deletes only inactive deployments (or a repository&apos;s only one).</source>
        <translation>배포를 삭제합니다. GitHub는 비활성 배포(또는 리포지토리의 유일한 배포)만 삭제합니다.</translation>
    </message>
    <message>
        <source>Mark the deployment inactive, then delete it.</source>
        <translation>배포를 비활성으로 표시한 다음 삭제합니다.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>이 도움말을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>Signs in to a GitHub host: reads a token from standard input, checks it with GitHub and keeps it in the system keyring.</source>
        <translation>GitHub 호스트에 로그인합니다. 표준 입력에서 토큰을 읽어 GitHub로 확인한 뒤 시스템 키링에 보관합니다.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>표준 입력에서 토큰을 읽습니다.</translation>
    </message>
    <message>
        <source>--with-token is required: pipe the token in, for example &quot;deploydeck auth login --with-token &lt; token.txt&quot;. Browser sign-in is in the desktop app.</source>
        <translation>--with-token이 필요합니다. 예: &quot;deploydeck auth login --with-token &lt; token.txt&quot;처럼 토큰을 파이프로 전달하세요. 브라우저 로그인은 데스크톱 앱에 있습니다.</translation>
    </message>
    <message>
        <source>Could not read the token from standard input.</source>
        <translation>표준 입력에서 토큰을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Standard input holds no token (expected one line).</source>
        <translation>표준 입력에 토큰이 없습니다(한 줄이어야 합니다).</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <extracomment>%1 is why (the keyring&apos;s message)</extracomment>
        <translation>토큰이 저장되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Signed in to %2 as %1; the token is in the system keyring.</source>
        <extracomment>%1 is the login, %2 the host</extracomment>
        <translation>%2에 %1(으)로 로그인했습니다. 토큰은 시스템 키링에 있습니다.</translation>
    </message>
    <message>
        <source>GH_TOKEN or GITHUB_TOKEN is set and is used for %1 instead while it is.</source>
        <translation>GH_TOKEN 또는 GITHUB_TOKEN이 설정되어 있어 설정된 동안에는 %1에 그 토큰이 대신 사용됩니다.</translation>
    </message>
    <message>
        <source>Shows the accounts DeployDeck signs in with, per host, and where each token comes from. Tokens are never shown.</source>
        <translation>DeployDeck이 로그인하는 계정을 호스트별로, 각 토큰의 출처와 함께 보여 줍니다. 토큰 자체는 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>Not signed in to any GitHub host. Run &quot;deploydeck auth login --with-token&quot; or set GH_TOKEN.</source>
        <translation>어느 GitHub 호스트에도 로그인되어 있지 않습니다. &quot;deploydeck auth login --with-token&quot;을 실행하거나 GH_TOKEN을 설정하세요.</translation>
    </message>
    <message>
        <source>no token found</source>
        <extracomment>%1 is the login, %2 why there is no token</extracomment>
        <translation>토큰을 찾을 수 없음</translation>
    </message>
    <message>
        <source>Token %1 for %2 does not work: %3</source>
        <translation>%2의 토큰(%1)이 작동하지 않습니다: %3</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (token %3)</source>
        <extracomment>%1 host, %2 login, %3 where the token comes from (&quot;from the system keyring&quot;)</extracomment>
        <translation>%1에 %2(으)로 로그인됨(토큰: %3)</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>토큰: %1</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>토큰 범위: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Fine-grained token (needs &quot;Deployments: read and write&quot;)</source>
        <translation>세분화된 토큰(&quot;Deployments: read and write&quot; 필요)</translation>
    </message>
    <message>
        <source>Signs out of an account: removes its token from the system keyring and forgets it.</source>
        <translation>계정에서 로그아웃합니다. 시스템 키링에서 토큰을 삭제하고 계정을 잊습니다.</translation>
    </message>
    <message>
        <source>The account&apos;s login.</source>
        <translation>계정의 로그인 이름.</translation>
    </message>
    <message>
        <source>No such account. &quot;deploydeck auth status&quot; lists them.</source>
        <translation>해당 계정이 없습니다. &quot;deploydeck auth status&quot;로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Several accounts match (%1): say which with --hostname and --user.</source>
        <extracomment>%1 lists HOST/LOGIN pairs</extracomment>
        <translation>여러 계정이 일치합니다(%1). --hostname과 --user로 지정하세요.</translation>
    </message>
    <message>
        <source>Could not remove the token from the system keyring: %1</source>
        <extracomment>%1 is the keyring&apos;s message</extracomment>
        <translation>시스템 키링에서 토큰을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Signed out of %1 as %2.</source>
        <translation>%1에서 %2 계정을 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>A token in the environment (GH_TOKEN, GITHUB_TOKEN or GH_ENTERPRISE_TOKEN) is still used for %1.</source>
        <translation>환경 변수의 토큰(GH_TOKEN, GITHUB_TOKEN 또는 GH_ENTERPRISE_TOKEN)이 %1에 계속 사용됩니다.</translation>
    </message>
    <message>
        <source>Use &quot;deploydeck auth login&quot;, &quot;auth status&quot; or &quot;auth logout&quot;.</source>
        <translation>&quot;deploydeck auth login&quot;, &quot;auth status&quot; 또는 &quot;auth logout&quot;을 사용하세요.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n초 안에 응답 없음</numerusform>
        </translation>
    </message>
    <message>
        <source>could not reach %1</source>
        <extracomment>%1 host (its first account&apos;s line said why)</extracomment>
        <translation>%1에 연결할 수 없습니다</translation>
    </message>
    <message>
        <source>could not reach %1 (%2)</source>
        <extracomment>%1 host, %2 why (no answer in time, Qt&apos;s &quot;Connection refused&quot;, ...)</extracomment>
        <translation>%1에 연결할 수 없습니다(%2)</translation>
    </message>
    <message>
        <source>The GitHub host (github.com, an Enterprise Server host name, or an API URL).</source>
        <translation>GitHub 호스트(github.com, Enterprise Server 호스트 이름 또는 API URL).</translation>
    </message>
    <message>
        <source>Sign in to a GitHub host, show the accounts, or sign out (login, status, logout).</source>
        <translation>GitHub 호스트에 로그인하거나, 계정을 표시하거나, 로그아웃합니다(login, status, logout).</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The usage line of a subcommand&apos;s help; %1 is &quot;deploydeck export [options]&quot;</extracomment>
        <translation>사용법: %1</translation>
    </message>
    <message>
        <source>Unknown auth command &quot;%1&quot;. Use &quot;deploydeck auth login&quot;, &quot;auth status&quot; or &quot;auth logout&quot;.</source>
        <extracomment>%1 is what the user typed after &quot;auth&quot;</extracomment>
        <translation>알 수 없는 auth 명령 &quot;%1&quot;입니다. &quot;deploydeck auth login&quot;, &quot;auth status&quot; 또는 &quot;auth logout&quot;을 사용하세요.</translation>
    </message>
    <message>
        <source>The API root (default: GH_API_URL, the settings, or https://api.github.com).</source>
        <translation>API 루트(기본값: GH_API_URL, 설정 또는 https://api.github.com).</translation>
    </message>
    <message>
        <source>Allow a plain http:// API root on a non-loopback host.</source>
        <translation>루프백이 아닌 호스트에서 일반 http:// API 루트를 허용합니다.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>버전을 표시하고 종료합니다.</translation>
    </message>
    <message>
        <source>%1
Run &quot;deploydeck %2 --help&quot; for the options.</source>
        <extracomment>%1 is what was wrong (Qt&apos;s words), %2 the subcommand (&quot;export&quot;)</extracomment>
        <translation>%1
옵션은 &quot;deploydeck %2 --help&quot;로 확인하세요.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>공통 옵션(명령 앞이나 뒤):</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is used up; waiting until %1 (Ctrl+C stops).</source>
        <translation>GitHub 속도 제한을 모두 사용했습니다. %1까지 기다립니다(Ctrl+C로 중지).</translation>
    </message>
    <message>
        <source>GitHub asked to slow down; waiting until %1 (Ctrl+C stops).</source>
        <translation>GitHub가 요청 속도를 늦추라고 했습니다. %1까지 기다립니다(Ctrl+C로 중지).</translation>
    </message>
    <message>
        <source>Commands (no window; for scripts):</source>
        <translation>명령(창 없음, 스크립트용):</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>창 옵션:</translation>
    </message>
    <message>
        <source>Run &quot;deploydeck &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 done, 1 GitHub or the network refused, 2 usage error.</source>
        <translation>명령의 옵션은 &quot;deploydeck &lt;command&gt; --help&quot;로 확인하세요. 종료 코드: 0 완료, 1 GitHub 또는 네트워크가 거부함, 2 사용법 오류.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. The commands are:</source>
        <extracomment>%1 is what the user typed; the list of commands follows on the next lines</extracomment>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다. 사용할 수 있는 명령:</translation>
    </message>
    <message>
        <source>The repository, as OWNER/REPO.</source>
        <translation>리포지토리(소유자/리포지토리 형식).</translation>
    </message>
    <message>
        <source>The deployment id.</source>
        <translation>배포 ID.</translation>
    </message>
    <message>
        <source>--api-url &quot;%1&quot; has no scheme; for GitHub Enterprise Server use --api-url %2</source>
        <extracomment>%1 is the value given, %2 the suggested API root</extracomment>
        <translation>--api-url &quot;%1&quot;에 스킴이 없습니다. GitHub Enterprise Server라면 --api-url %2 를 사용하세요</translation>
    </message>
    <message>
        <source>--api-url &quot;%1&quot; is not a URL; use for example https://ghe.example.com/api/v3.</source>
        <translation>--api-url &quot;%1&quot;은(는) URL이 아닙니다. 예: https://ghe.example.com/api/v3</translation>
    </message>
    <message>
        <source>Delete a deployment (GitHub deletes inactive ones only).</source>
        <translation>배포를 삭제합니다(GitHub는 비활성 배포만 삭제합니다).</translation>
    </message>
    <message>
        <source>Only an inactive deployment can be deleted: add --mark-inactive-first to mark it inactive, then delete it.</source>
        <translation>비활성 배포만 삭제할 수 있습니다. --mark-inactive-first를 추가하면 비활성으로 표시한 뒤 삭제합니다.</translation>
    </message>
    <message>
        <source>Write every deployment of a repository with its statuses (JSON or CSV).</source>
        <translation>리포지토리의 모든 배포를 상태와 함께 출력합니다(JSON 또는 CSV).</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte order mark, which some spreadsheet programs need to read Korean and Japanese text.</source>
        <translation>--format csv와 함께: UTF-8 바이트 순서 표시(BOM)로 시작합니다. 일부 스프레드시트 프로그램은 이것이 있어야 한국어와 일본어를 읽습니다.</translation>
    </message>
    <message>
        <source>Writes every deployment of a repository, newest first. JSON (the default) holds each deployment with every one of its statuses, newest first; CSV holds one row per deployment with its latest state (id, environment, ref, sha, task, creator, created_at, latest_state, latest_status_at, description).</source>
        <translation>리포지토리의 모든 배포를 최신순으로 출력합니다. JSON(기본값)에는 각 배포와 그 모든 상태가 최신순으로 들어 있고, CSV에는 배포마다 최신 상태와 함께 한 행이 들어 있습니다(id, environment, ref, sha, task, creator, created_at, latest_state, latest_status_at, description).</translation>
    </message>
    <message>
        <source>--bom is for --format csv only.</source>
        <translation>--bom은 --format csv에서만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Mark a deployment inactive.</source>
        <translation>배포를 비활성으로 표시합니다.</translation>
    </message>
    <message>
        <source>Marks a deployment inactive and prints &quot;#ID inactive (environment)&quot;.</source>
        <translation>배포를 비활성으로 표시하고 &quot;#ID inactive (environment)&quot;를 출력합니다.</translation>
    </message>
    <message>
        <source>Print the status GitHub created as JSON instead of one line.</source>
        <translation>한 줄 대신 GitHub가 만든 상태를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Post a deployment status (success, failure, in_progress, ...).</source>
        <translation>배포 상태를 게시합니다(success, failure, in_progress, ...).</translation>
    </message>
    <message>
        <source>The deployment&apos;s log (http or https).</source>
        <translation>배포 로그(http 또는 https).</translation>
    </message>
    <message>
        <source>The deployed environment&apos;s address (http or https).</source>
        <translation>배포된 환경의 주소(http 또는 https).</translation>
    </message>
    <message>
        <source>Creates a deployment status and prints &quot;#ID state (environment)&quot;.</source>
        <translation>배포 상태를 만들고 &quot;#ID state (environment)&quot;를 출력합니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http or https address.</source>
        <extracomment>%1 is the option (--log-url), %2 the value given</extracomment>
        <translation>%1 &quot;%2&quot;은(는) http 또는 https 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Follow a repository&apos;s deployments: one line per state change, until interrupted.</source>
        <translation>리포지토리의 배포를 지켜봅니다. 중단할 때까지 상태가 바뀔 때마다 한 줄씩 출력합니다.</translation>
    </message>
    <message>
        <source>Only this deployment.</source>
        <translation>이 배포만.</translation>
    </message>
    <message>
        <source>One JSON object per line instead of text.</source>
        <translation>텍스트 대신 한 줄에 JSON 객체 하나.</translation>
    </message>
    <message>
        <source>Stop when the newest deployment watched reaches a final state; the exit code says which: 0 success, 3 failure or error, 4 inactive.</source>
        <translation>지켜보는 최신 배포가 최종 상태가 되면 멈춥니다. 종료 코드가 결과를 알려 줍니다: 0 success, 3 failure 또는 error, 4 inactive.</translation>
    </message>
    <message>
        <source>Seconds between checks (default 10).</source>
        <translation>확인 간격(초, 기본값 10).</translation>
    </message>
    <message>
        <source>Prints where the newest deployment of each environment stands, then a line &quot;#ID environment state ref: description&quot; each time a deployment&apos;s state changes or a deployment appears, until interrupted. Unchanged answers cost no rate limit (ETags).</source>
        <translation>각 환경의 최신 배포 상태를 출력한 뒤, 중단할 때까지 배포의 상태가 바뀌거나 새 배포가 나타날 때마다 &quot;#ID environment state ref: description&quot; 한 줄을 출력합니다. 바뀌지 않은 응답은 속도 제한에 포함되지 않습니다(ETag).</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 0.1 to 86400, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--interval에는 0.1부터 86400까지의 초를 지정하세요(&quot;%1&quot;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>Marks inactive or deletes old deployments by rules, after a dry run</source>
        <translation>규칙에 따라 오래된 배포를 비활성으로 표시하거나 삭제합니다 (먼저 시험 실행)</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a test CA, an Enterprise host&apos;s own CA).</source>
        <translation>이 PEM 파일의 인증 기관도 신뢰합니다 (테스트 CA, Enterprise 호스트의 자체 CA).</translation>
    </message>
    <message>
        <source>Use --repo or --watched, not both.</source>
        <translation>--repo와 --watched 중 하나만 쓰세요.</translation>
    </message>
    <message>
        <source>The Overview watches no repository on %1.</source>
        <extracomment>%1 the API root</extracomment>
        <translation>개요가 %1에서 지켜보는 리포지토리가 없습니다.</translation>
    </message>
    <message>
        <source>The watched repositories on this host are read by several accounts (%1): name them with --repo.</source>
        <extracomment>%1 the accounts</extracomment>
        <translation>이 호스트에서 지켜보는 리포지토리를 여러 계정(%1)이 읽습니다: --repo로 지정하세요.</translation>
    </message>
    <message>
        <source>--repo OWNER/REPO (or --watched) is required.</source>
        <translation>--repo OWNER/REPO(또는 --watched)가 필요합니다.</translation>
    </message>
    <message>
        <source>Plans a cleanup of the deployments of one repository or several (each --repo, or --watched) by rules and prints it (the dry run); with --yes, applies it, paced under GitHub&apos;s limits for writes. Exit code 0 when everything planned was done or skipped for a reason, 1 when a write failed.</source>
        <translation>규칙에 따라 하나 또는 여러 리포지토리(각 --repo, 또는 --watched)의 배포 정리를 계획하고 출력합니다(시험 실행). --yes를 주면 GitHub의 쓰기 제한을 넘지 않는 속도로 적용합니다. 종료 코드는 계획한 모든 항목이 완료되었거나 이유가 있어 건너뛰었으면 0, 쓰기가 실패하면 1입니다.</translation>
    </message>
    <message>
        <source>Read the statuses over REST only: GitHub&apos;s objects exactly as sent, performed_via_github_app included, at one request per deployment. By default they come over GraphQL, 100 deployments a request.</source>
        <translation>상태를 REST로만 읽습니다: GitHub가 보낸 그대로의 객체(performed_via_github_app 포함)를 배포마다 요청 하나로 읽습니다. 기본값은 GraphQL로, 요청 하나에 배포 100개씩 읽습니다.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 (no longer there)</source>
        <translation>#%1 (더 이상 없음)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <extracomment>One deployment in a confirmation: #id · environment · ref · short SHA</extracomment>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Mark Inactive and Delete</source>
        <translation>비활성으로 표시 후 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive and delete them?</source>
        <translation>
            <numerusform>배포 %n개를 비활성으로 표시한 후 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deployments</source>
        <translation>배포 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s)?</source>
        <translation>
            <numerusform>배포 %n개를 삭제하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>%1

This cannot be undone: GitHub keeps no copy of a deleted deployment or its statuses.</source>
        <translation>%1

되돌릴 수 없습니다. GitHub는 삭제된 배포와 그 상태의 사본을 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>비활성으로 표시</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive?</source>
        <translation>
            <numerusform>배포 %n개를 비활성으로 표시하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 is the live deployment of %2: %2 will have no live deployment.</source>
        <translation>#%1은(는) %2의 가동 중인 배포입니다. %2에는 가동 중인 배포가 없게 됩니다.</translation>
    </message>
    <message>
        <source>#%1 is in the transient environment %2: it will show as destroyed.</source>
        <translation>#%1은(는) 임시 환경 %2에 있습니다. 제거됨으로 표시됩니다.</translation>
    </message>
    <message>
        <source>#%1 is the live deployment of %2.</source>
        <translation>#%1은(는) %2의 가동 중인 배포입니다.</translation>
    </message>
    <message>
        <source>%1

An inactive deployment is no longer shown as live in its environment.</source>
        <translation>%1

비활성 배포는 더 이상 해당 환경의 가동 중인 배포로 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>다시 묻지 않음</translation>
    </message>
    <message>
        <source>Apply the Cleanup</source>
        <translation>정리 적용</translation>
    </message>
    <message>
        <source>Apply this cleanup to %1?</source>
        <extracomment>%1 the repository, owner/name</extracomment>
        <translation>%1에 이 정리를 적용할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive</source>
        <translation>
            <numerusform>배포 %n개를 비활성으로 표시</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (marked inactive first where needed)</source>
        <translation>
            <numerusform>배포 %n개 삭제 (필요하면 먼저 비활성으로 표시)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n environment(s)</source>
        <translation>
            <numerusform>환경 %n개 삭제</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) to GitHub, paced under its limits; each target is checked again just before it is written.</source>
        <extracomment>%n the number of writes to GitHub</extracomment>
        <translation>
            <numerusform>GitHub에 %n번 쓰기, 제한 안에서 속도를 조절합니다; 각 대상은 쓰기 직전에 다시 확인합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>This cannot be undone: GitHub keeps no copy of a deleted deployment or environment.</source>
        <translation>되돌릴 수 없습니다: GitHub는 삭제된 배포나 환경의 사본을 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <extracomment>%1 the repository&apos;s name, owner/name</extracomment>
        <translation>확인하려면 %1을(를) 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Apply this cleanup to %n repositories?</source>
        <extracomment>%n the number of repositories</extracomment>
        <translation>
            <numerusform>이 정리를 리포지토리 %n개에 적용할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to mark inactive</source>
        <translation>
            <numerusform>비활성으로 표시 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>삭제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>삭제할 환경 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>%1 a repository, %2 what happens there (&quot;3 to delete, 1 to mark inactive&quot;)</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Type %1, the number of deletes in %n repositories, to confirm.</source>
        <extracomment>%1 the number of deployments and environments to delete, %n the repositories</extracomment>
        <translation>
            <numerusform>확인하려면 리포지토리 %n개에서 삭제할 개수인 %1을(를) 입력하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateStatusDialog</name>
    <message numerus="yes">
        <source>The description is %n character(s) longer than GitHub allows (%1).</source>
        <translation>
            <numerusform>설명이 GitHub 허용 길이(%1자)보다 %n자 깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log URL must be a full web address starting with http:// or https://.</source>
        <translation>로그 URL은 http:// 또는 https://로 시작하는 전체 웹 주소여야 합니다.</translation>
    </message>
    <message>
        <source>The environment URL must be a full web address starting with http:// or https://.</source>
        <translation>환경 URL은 http:// 또는 https://로 시작하는 전체 웹 주소여야 합니다.</translation>
    </message>
    <message>
        <source>No deployment is selected.</source>
        <translation>선택한 배포가 없습니다.</translation>
    </message>
    <message>
        <source>New Deployment Status</source>
        <translation>새 배포 상태</translation>
    </message>
    <message>
        <source>Deployment #%1 of %2 (%3) to %4</source>
        <extracomment>%1 deployment number, %2 ref, %3 short SHA, %4 environment</extracomment>
        <translation>%4 환경에 %2(%3) 배포 #%1</translation>
    </message>
    <message>
        <source>No deployment selected</source>
        <translation>선택한 배포 없음</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>상태(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Log URL:</source>
        <translation>로그 URL(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>Environment &amp;URL:</source>
        <translation>환경 URL(&amp;U):</translation>
    </message>
    <message>
        <source>What happened, in a sentence</source>
        <translation>무슨 일이 있었는지 한 문장으로</translation>
    </message>
    <message>
        <source>https://ci.example.com/builds/1234</source>
        <translation>https://ci.example.com/builds/1234</translation>
    </message>
    <message>
        <source>Keep the deployment&apos;s environment</source>
        <translation>배포의 환경 유지</translation>
    </message>
    <message>
        <source>Mark earlier deployments in this environment &amp;inactive</source>
        <translation>이 환경의 이전 배포를 비활성으로 표시(&amp;I)</translation>
    </message>
    <message>
        <source>GitHub&apos;s auto_inactive: a success status marks earlier non-production, non-transient deployments of the same environment inactive.</source>
        <translation>GitHub의 auto_inactive: 성공 상태는 같은 환경의 이전 영구 비프로덕션 배포를 비활성으로 표시합니다.</translation>
    </message>
    <message>
        <source>&amp;Post Status</source>
        <translation>상태 만들기(&amp;P)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>description length counter, e.g. &quot;12/140&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The status is being posted.</source>
        <translation>상태를 만드는 중입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long: GitHub keeps at most %1.</source>
        <translation>
            <numerusform>%n자 초과: GitHub는 최대 %1자까지 저장합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>http:// 또는 https://로 시작하는 전체 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>GitHub refused the status. See the messages next to the fields.</source>
        <translation>GitHub에서 상태를 거부했습니다. 각 필드 옆의 메시지를 확인하십시오.</translation>
    </message>
    <message>
        <source>GitHub refused the status: %1</source>
        <translation>GitHub에서 상태를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Only a success status marks earlier deployments inactive.</source>
        <translation>성공 상태만 이전 배포를 비활성으로 표시합니다.</translation>
    </message>
    <message>
        <source>Earlier deployments stay as they are.</source>
        <translation>이전 배포는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>No earlier deployment in %1 would be marked inactive.</source>
        <translation>%1에서 비활성으로 표시될 이전 배포가 없습니다.</translation>
    </message>
    <message>
        <source>#%1 (%2, %3)</source>
        <extracomment>one deployment in a list: %1 number, %2 ref, %3 short SHA</extracomment>
        <translation>#%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n deployment(s) inactive: %1</source>
        <translation>
            <numerusform>배포 %n개를 비활성으로 표시합니다: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A success marks earlier non-production deployments in %1 inactive.</source>
        <translation>성공 상태는 %1의 이전 비프로덕션 배포를 비활성으로 표시합니다.</translation>
    </message>
    <message>
        <source>https://example.com</source>
        <extracomment>placeholder of the environment URL field for production (an example address)</extracomment>
        <translation>https://example.com</translation>
    </message>
    <message>
        <source>https://%1.example.com</source>
        <extracomment>placeholder of the environment URL field: %1 is the environment as host names, e.g. &quot;pr-42.preview&quot; for the environment preview/pr-42</extracomment>
        <translation>https://%1.example.com</translation>
    </message>
</context>
<context>
    <name>DeploymentActions</name>
    <message>
        <source>stopped by you</source>
        <translation>사용자가 중지함</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <source>No repository is open.</source>
        <translation>열린 리포지토리가 없습니다.</translation>
    </message>
    <message>
        <source>Select an inactive deployment to delete.</source>
        <translation>삭제할 비활성 배포를 선택하십시오.</translation>
    </message>
    <message>
        <source>The deployment is no longer there.</source>
        <translation>배포가 더 이상 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>A status for #%1 is being posted.</source>
        <translation>#%1의 상태를 게시하는 중입니다.</translation>
    </message>
    <message>
        <source>GitHub deletes only inactive deployments (or a repository&apos;s only deployment). Mark it inactive first, or use &quot;Mark Inactive and Delete&quot;.</source>
        <translation>GitHub는 비활성 배포(또는 리포지토리의 유일한 배포)만 삭제합니다. 먼저 비활성으로 표시하거나 &quot;비활성으로 표시 후 삭제&quot;를 사용하십시오.</translation>
    </message>
    <message>
        <source>Wait until the current changes are written (%1 of %2), or stop them.</source>
        <translation>현재 변경 사항이 기록될 때까지 기다리거나(%2개 중 %1개) 중지하십시오.</translation>
    </message>
    <message>
        <source>Select the deployments to mark inactive</source>
        <translation>비활성으로 표시할 배포를 선택하십시오</translation>
    </message>
    <message>
        <source>The selected deployments are already inactive</source>
        <translation>선택한 배포는 이미 비활성입니다</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive (%1)</source>
        <translation>
            <numerusform>선택한 배포 %n개를 비활성으로 표시(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected deployment(s)…</source>
        <translation>
            <numerusform>선택한 배포 %n개 삭제…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive, then delete them…</source>
        <translation>
            <numerusform>선택한 배포 %n개를 비활성으로 표시한 후 삭제…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the current changes are written.</source>
        <translation>현재 변경 사항이 저장될 때까지 기다리십시오.</translation>
    </message>
    <message>
        <source>New &amp;Deployment…</source>
        <translation>새 배포(&amp;D)…</translation>
    </message>
    <message>
        <source>New Deployment</source>
        <translation>새 배포</translation>
    </message>
    <message>
        <source>New &amp;Status…</source>
        <translation>새 상태(&amp;S)…</translation>
    </message>
    <message>
        <source>New Status</source>
        <translation>새 상태</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>비활성으로 표시(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>삭제(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Mark Inactive and Delete…</source>
        <translation>비활성으로 표시 후 삭제…</translation>
    </message>
    <message>
        <source>Stop Writing</source>
        <translation>기록 중지</translation>
    </message>
    <message>
        <source>Stop after the write in progress; the rest are left as they are</source>
        <translation>진행 중인 기록 후 중지합니다. 나머지는 그대로 둡니다</translation>
    </message>
    <message>
        <source>Copy &amp;SHA</source>
        <translation>SHA 복사(&amp;S)</translation>
    </message>
    <message>
        <source>Copy Deployment &amp;URL</source>
        <translation>배포 URL 복사(&amp;U)</translation>
    </message>
    <message>
        <source>This account can read the repository but not write to it.</source>
        <translation>이 계정은 리포지토리를 읽을 수 있지만 쓸 수는 없습니다.</translation>
    </message>
</context>
<context>
    <name>DeploymentModel</name>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>커밋</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>만든 날짜</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>마지막 상태</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The built-in GitHub emulator could not start.</source>
        <translation>내장 GitHub 에뮬레이터를 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>You can read %1 but not push to it, so DeployDeck cannot write deployments or statuses there.</source>
        <translation>%1을(를) 읽을 수는 있지만 푸시할 수는 없으므로 DeployDeck은 그곳에 배포나 배포 상태를 쓸 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>계정 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last opened as %2 on %3, but DeployDeck has no token for that account now, so it opened with the current account. %4</source>
        <translation>%1은(는) 마지막으로 %3의 %2 계정으로 열었지만, 지금은 DeployDeck에 그 계정의 토큰이 없어 현재 계정으로 열었습니다. %4</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Deployment error in %1</source>
        <translation>%1에서 배포 오류</translation>
    </message>
    <message>
        <source>Deployment failed in %1</source>
        <translation>%1에서 배포 실패</translation>
    </message>
    <message>
        <source>Deployed to %1</source>
        <translation>%1에 배포됨</translation>
    </message>
    <message numerus="yes">
        <source>Deployment to %1 still %2 after %n minute(s)</source>
        <translation>
            <numerusform>%1 배포가 %n분이 지나도 %2 상태</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment in %1 marked inactive</source>
        <translation>%1의 배포가 비활성으로 표시됨</translation>
    </message>
    <message>
        <source>Status by %1</source>
        <translation>상태 작성자: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>View log</source>
        <translation>로그 보기</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a deployment to see its details.</source>
        <translation>배포를 선택하면 세부 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>비활성으로 표시</translation>
    </message>
    <message>
        <source>Post an inactive status for this deployment</source>
        <translation>이 배포에 비활성 상태 만들기</translation>
    </message>
    <message>
        <source>New Status…</source>
        <translation>새 상태…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the full commit SHA</source>
        <translation>전체 커밋 SHA 복사</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>URL 복사</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>환경:</translation>
    </message>
    <message>
        <source>Ref:</source>
        <translation>참조:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>커밋:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>작업:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>작성자:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>만든 날짜:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>설명:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>로그:</translation>
    </message>
    <message>
        <source>Environment URL:</source>
        <translation>환경 URL:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>페이로드</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>상태 기록</translation>
    </message>
    <message>
        <source>No statuses yet.</source>
        <translation>아직 상태가 없습니다.</translation>
    </message>
    <message>
        <source>Statuses are not loaded yet.</source>
        <translation>상태를 아직 불러오지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Details pane title: %1 ref, %2 environment</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (저장 중…)</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>현재 가동 중</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>Details pane, several deployments: %1 &quot;2 live now&quot;, %2 &quot;1 inactive&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Details pane, several deployments: %1 a state or environment, %2 how many have it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>프로덕션</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>임시</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>영구</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>페이로드 없음</translation>
    </message>
    <message>
        <source>Mark the deployment inactive before deleting it</source>
        <translation>삭제하기 전에 배포를 비활성으로 표시하십시오</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>Details pane with several deployments selected: how many have each state</extracomment>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Environments:</source>
        <extracomment>Details pane with several deployments selected: how many are in each environment</extracomment>
        <translation>환경:</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <extracomment>Details pane with several deployments selected: which ones they are</extracomment>
        <translation>배포:</translation>
    </message>
    <message>
        <source>#%1  %2 → %3</source>
        <extracomment>Details pane, several deployments, one line each: %1 id, %2 ref, %3 environment</extracomment>
        <translation>#%1  %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) selected</source>
        <translation>
            <numerusform>배포 %n개 선택됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live now</source>
        <translation>
            <numerusform>현재 가동 중 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>비활성 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes need a repository opened with a connection to GitHub</source>
        <translation>변경하려면 GitHub에 연결된 리포지토리를 열어야 합니다</translation>
    </message>
    <message numerus="yes">
        <source>Post an inactive status for the %n selected deployment(s)</source>
        <translation>
            <numerusform>선택한 배포 %n개에 비활성 상태 만들기</numerusform>
        </translation>
    </message>
    <message>
        <source>A status is being posted right now</source>
        <translation>지금 상태를 만드는 중입니다</translation>
    </message>
    <message>
        <source>The deployment is already inactive</source>
        <translation>배포가 이미 비활성입니다</translation>
    </message>
    <message>
        <source>The selected deployments are already inactive</source>
        <translation>선택한 배포는 이미 비활성입니다</translation>
    </message>
    <message>
        <source>Select one deployment to post a status</source>
        <translation>상태를 만들 배포를 하나만 선택하십시오</translation>
    </message>
    <message>
        <source>Post a new status for this deployment</source>
        <translation>이 배포에 새 상태 만들기</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (asks first)</source>
        <translation>
            <numerusform>배포 %n개 삭제(먼저 확인함)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected deployments are not inactive; mark them inactive before deleting them</source>
        <translation>
            <numerusform>선택한 배포 중 %n개가 비활성이 아닙니다. 삭제하기 전에 비활성으로 표시하십시오</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFlow</name>
    <message>
        <source>Browser sign-in is not set up for this host: no OAuth app client ID is configured.</source>
        <translation>이 호스트에는 브라우저 로그인이 설정되어 있지 않습니다. OAuth 앱 클라이언트 ID가 구성되지 않았습니다.</translation>
    </message>
    <message>
        <source>GitHub did not answer in time.</source>
        <translation>GitHub가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>GitHub에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (HTTP %1).</source>
        <translation>GitHub가 DeployDeck이 이해할 수 없는 응답을 보냈습니다(HTTP %1).</translation>
    </message>
    <message>
        <source>GitHub refused browser sign-in: %1</source>
        <extracomment>%1 is GitHub&apos;s own (English) reason</extracomment>
        <translation>GitHub가 브라우저 로그인을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (no device code).</source>
        <translation>GitHub가 DeployDeck이 이해할 수 없는 응답을 보냈습니다(장치 코드 없음).</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was entered. Start again for a new code.</source>
        <translation>로그인 코드를 입력하기 전에 만료되었습니다. 다시 시작하여 새 코드를 받으세요.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled on GitHub.</source>
        <translation>GitHub에서 로그인이 취소되었습니다.</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (no token).</source>
        <translation>GitHub가 DeployDeck이 이해할 수 없는 응답을 보냈습니다(토큰 없음).</translation>
    </message>
</context>
<context>
    <name>EnvironmentDelegate</name>
    <message>
        <source>No live deployment</source>
        <translation>가동 중인 배포 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>배포 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest state: %1</source>
        <translation>최근 상태: %1</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>%1부터 가동 중</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>Environment list: %1 ref, %2 short commit SHA, %3 who deployed</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>EnvironmentModel</name>
    <message numerus="yes">
        <source>%1: nothing live, %Ln deployment(s)</source>
        <translation>
            <numerusform>%1: 가동 중인 배포 없음, 배포 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3) by %4, %5</source>
        <extracomment>%1 environment, %2 ref, %3 short SHA, %4 who, %5 since when</extracomment>
        <translation>%1: %2 (%3), 작성자 %4, %5</translation>
    </message>
</context>
<context>
    <name>EnvironmentPanel</name>
    <message>
        <source>Environments</source>
        <translation>환경</translation>
    </message>
    <message>
        <source>Click an environment to select its live deployment in the timeline and the table</source>
        <translation>환경을 클릭하면 타임라인과 표에서 가동 중인 배포를 선택합니다</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All Environments</source>
        <translation>모든 환경</translation>
    </message>
    <message>
        <source>Other States</source>
        <translation>기타 상태</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Filter by ref, SHA, person, description</source>
        <translation>참조, SHA, 사용자, 설명으로 필터링</translation>
    </message>
    <message>
        <source>Show only deployments in these states</source>
        <translation>이 상태의 배포만 표시</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>상태 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormError</name>
    <message>
        <source>GitHub says: %1</source>
        <extracomment>%1 is GitHub&apos;s own (English) message about one field</extracomment>
        <translation>GitHub 메시지: %1</translation>
    </message>
    <message>
        <source>GitHub needs this field.</source>
        <translation>GitHub에 이 필드가 필요합니다.</translation>
    </message>
    <message>
        <source>GitHub says this value is not valid.</source>
        <translation>GitHub에 따르면 이 값은 유효하지 않습니다.</translation>
    </message>
    <message>
        <source>GitHub cannot find what this refers to.</source>
        <translation>GitHub에서 이 값이 가리키는 대상을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>GitHub says this already exists.</source>
        <translation>GitHub에 따르면 이미 존재합니다.</translation>
    </message>
    <message>
        <source>GitHub refused this value (%1).</source>
        <extracomment>%1 is GitHub&apos;s error code, e.g. &quot;unprocessable&quot;</extracomment>
        <translation>GitHub에서 이 값을 거부했습니다(%1).</translation>
    </message>
</context>
<context>
    <name>GhCliToken</name>
    <message numerus="yes">
        <source>GitHub CLI (gh) did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitHub CLI(gh)가 %n초 안에 응답하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not installed or not on PATH.</source>
        <translation>GitHub CLI(gh)가 설치되어 있지 않거나 PATH에 없습니다.</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) stopped unexpectedly.</source>
        <translation>GitHub CLI(gh)가 예기치 않게 중지되었습니다.</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not signed in to %1.</source>
        <translation>GitHub CLI(gh)가 %1에 로그인되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not signed in to %1 (gh says: %2).</source>
        <translation>GitHub CLI(gh)가 %1에 로그인되어 있지 않습니다(gh 메시지: %2).</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>API 주소 &quot;%1&quot;은(는) 올바른 URL이 아닙니다.</translation>
    </message>
    <message>
        <source>Refusing to send the token over unencrypted http to %1. Use https, or allow insecure http explicitly.</source>
        <translation>암호화되지 않은 http로 %1에 토큰을 보내지 않습니다. https를 사용하거나 안전하지 않은 http를 명시적으로 허용하십시오.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>API 주소는 https://로 시작해야 합니다(입력값: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 (certificate subject: %2; issuer: %3)</source>
        <extracomment>%1 is Qt&apos;s reason (e.g. &quot;The issuer certificate of a locally looked up certificate could not be found&quot;), %2 and %3 the certificate&apos;s subject and issuer</extracomment>
        <translation>%1 (인증서 주체: %2, 발급자: %3)</translation>
    </message>
    <message>
        <source>Could not read the CA bundle %1: %2</source>
        <translation>CA 번들 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA 번들 %1에 PEM 인증서가 없습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; DeployDeck stopped reading it.</source>
        <extracomment>%1 is the limit in MiB (32)</extracomment>
        <translation>서버의 응답이 %1MiB보다 커서 DeployDeck가 읽기를 멈췄습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s list of pages loops back to a page already read; DeployDeck stopped there.</source>
        <translation>서버의 페이지 목록이 이미 읽은 페이지로 되돌아가서 DeployDeck가 거기서 멈췄습니다.</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n page(s); DeployDeck stopped there.</source>
        <translation>
            <numerusform>목록이 %n페이지를 넘어서 DeployDeck가 거기서 멈췄습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubError</name>
    <message>
        <source>Could not reach GitHub.</source>
        <translation>GitHub에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>GitHub did not answer in time.</source>
        <translation>GitHub가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>GitHub did not accept the token. Check that it is valid and not expired.</source>
        <translation>GitHub에서 토큰을 받아들이지 않았습니다. 토큰이 유효하고 만료되지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (it may lack the repo_deployment scope or write access).</source>
        <translation>이 토큰에는 이 작업을 수행할 권한이 없습니다(repo_deployment 범위 또는 쓰기 권한이 없을 수 있습니다).</translation>
    </message>
    <message>
        <source>Not found: the repository or deployment does not exist, or the token cannot see it.</source>
        <translation>찾을 수 없음: 리포지토리나 배포가 없거나 이 토큰으로 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>GitHub reported a conflict.</source>
        <translation>GitHub에서 충돌을 보고했습니다.</translation>
    </message>
    <message>
        <source>GitHub refused the request.</source>
        <translation>GitHub에서 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached; it can be used again at %1.</source>
        <translation>GitHub 속도 제한에 도달했습니다. %1에 다시 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached. Try again later.</source>
        <translation>GitHub 속도 제한에 도달했습니다. 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>GitHub had a server error (HTTP %1). Try again later.</source>
        <translation>GitHub에서 서버 오류가 발생했습니다(HTTP %1). 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand.</source>
        <translation>GitHub에서 DeployDeck이 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 GitHub says: %2</source>
        <extracomment>%1 is the translated sentence, %2 GitHub&apos;s own (English) message</extracomment>
        <translation>%1 GitHub 메시지: %2</translation>
    </message>
    <message>
        <source>The secure connection to GitHub failed: %1</source>
        <translation>GitHub와의 보안 연결에 실패했습니다: %1</translation>
    </message>
    <message>
        <source>The organisation requires SAML single sign-on authorisation for this token.</source>
        <translation>이 조직은 이 토큰에 대한 SAML SSO(Single Sign-On) 승인을 요구합니다.</translation>
    </message>
    <message>
        <source>The organisation requires SAML single sign-on authorisation for this token. Authorise it at %1</source>
        <translation>이 조직은 이 토큰에 대한 SAML SSO(Single Sign-On) 승인을 요구합니다. 다음에서 승인하세요: %1</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Start on the built-in GitHub emulator with demo data (no token, no network).</source>
        <translation>데모 데이터가 있는 내장 GitHub 에뮬레이터로 시작합니다(토큰과 네트워크 불필요).</translation>
    </message>
    <message>
        <source>The GitHub API root, e.g. https://ghe.example.com/api/v3 for GitHub Enterprise Server. Default: https://api.github.com</source>
        <translation>GitHub API 루트입니다. 예: GitHub Enterprise Server의 경우 https://ghe.example.com/api/v3. 기본값: https://api.github.com</translation>
    </message>
    <message>
        <source>The repository to open, as owner/name.</source>
        <translation>열 리포지토리(소유자/이름 형식).</translation>
    </message>
    <message>
        <source>With --demo: a new deployment appears every this many seconds (0: never). Default: 20.</source>
        <translation>--demo와 함께 사용: 지정한 초마다 새 배포가 나타납니다(0: 나타나지 않음). 기본값: 20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL. Use for example https://ghe.example.com/api/v3.</source>
        <translation>&quot;%1&quot;은(는) URL이 아닙니다. 예를 들어 https://ghe.example.com/api/v3 형식을 사용하십시오.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository. Use owner/name, for example octocat/hello-world.</source>
        <translation>&quot;%1&quot;은(는) 리포지토리가 아닙니다. 소유자/이름 형식을 사용하십시오(예: octocat/hello-world).</translation>
    </message>
    <message>
        <source>--live needs a number of seconds (0 or more), not &quot;%1&quot;.</source>
        <translation>--live에는 &quot;%1&quot;이(가) 아닌 초 단위 숫자(0 이상)가 필요합니다.</translation>
    </message>
    <message>
        <source>A desktop dashboard for GitHub Deployments. The token comes from GH_TOKEN or GITHUB_TOKEN, the system keyring (File &gt; Accounts…), or GitHub CLI&apos;s sign-in.</source>
        <translation>GitHub 배포를 위한 데스크톱 대시보드입니다. 토큰은 GH_TOKEN 또는 GITHUB_TOKEN, 시스템 키링(파일 &gt; 계정…) 또는 GitHub CLI의 로그인에서 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeployDeck will ask again before marking deployments inactive.</source>
        <translation>DeployDeck이 배포를 비활성으로 표시하기 전에 다시 확인합니다.</translation>
    </message>
    <message>
        <source>About DeployDeck</source>
        <translation>DeployDeck 정보</translation>
    </message>
    <message>
        <source>DeployDeck %1
A desktop dashboard for GitHub Deployments.</source>
        <translation>DeployDeck %1
GitHub 배포를 위한 데스크톱 대시보드입니다.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <source>%1 — DeployDeck</source>
        <translation>%1 — DeployDeck</translation>
    </message>
    <message>
        <source>DeployDeck</source>
        <translation>DeployDeck</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>리포지토리:</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>필터 (%1)</translation>
    </message>
    <message>
        <source>No deployment matches the filters.</source>
        <translation>필터와 일치하는 배포가 없습니다.</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>리포지토리 추가</translation>
    </message>
    <message>
        <source>Repository (owner/name):</source>
        <translation>리포지토리(소유자/이름):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name. Use the form owner/name, for example octocat/hello-world.</source>
        <translation>&quot;%1&quot;은(는) 리포지토리 이름이 아닙니다. 소유자/이름 형식을 사용하십시오(예: octocat/hello-world).</translation>
    </message>
    <message>
        <source>The live deployment of %1 is hidden by the filters.</source>
        <translation>%1의 가동 중인 배포가 필터에 의해 숨겨져 있습니다.</translation>
    </message>
    <message>
        <source>The organisation that owns %1 requires SAML single sign-on authorisation for this token. Authorise it on GitHub, then refresh.</source>
        <translation>%1을(를) 소유한 조직은 이 토큰에 대한 SAML SSO(Single Sign-On) 승인을 요구합니다. GitHub에서 승인한 다음 새로 고치세요.</translation>
    </message>
    <message>
        <source>Authorise…</source>
        <translation>승인…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>이 메시지 닫기</translation>
    </message>
</context>
<context>
    <name>NewDeploymentDialog</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON error (&quot;missing comma&quot;)</extracomment>
        <translation>%1행 %2열의 JSON이 올바르지 않습니다: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, like {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>페이로드는 {&quot;key&quot;: &quot;value&quot;}와 같은 JSON 개체여야 합니다.</translation>
    </message>
    <message>
        <source>Enter the branch, tag or commit SHA to deploy.</source>
        <translation>배포할 분기, 태그 또는 커밋 SHA를 입력하십시오.</translation>
    </message>
    <message>
        <source>A ref cannot contain spaces.</source>
        <translation>참조에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>Name at least one check, or choose another option.</source>
        <translation>검사를 하나 이상 지정하거나 다른 옵션을 선택하십시오.</translation>
    </message>
    <message>
        <source>New Deployment</source>
        <translation>새 배포</translation>
    </message>
    <message>
        <source>Create a deployment</source>
        <translation>배포 만들기</translation>
    </message>
    <message>
        <source>Create a deployment in %1</source>
        <translation>%1에 배포 만들기</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>참조(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>작업(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>설명(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>페이로드(&amp;P):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>Required checks:</source>
        <translation>필수 검사:</translation>
    </message>
    <message>
        <source>Branch, tag or commit SHA</source>
        <translation>분기, 태그 또는 커밋 SHA</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Optional JSON object passed to your deployment tool</source>
        <translation>배포 도구에 전달할 JSON 개체(선택 사항)</translation>
    </message>
    <message>
        <source>Production environment (people use it)</source>
        <translation>프로덕션 환경(사용자가 사용)</translation>
    </message>
    <message>
        <source>Transient environment (goes away when it is inactive)</source>
        <translation>임시 환경(비활성이 되면 사라짐)</translation>
    </message>
    <message>
        <source>Merge the default branch into the ref first</source>
        <translation>먼저 기본 분기를 참조에 병합</translation>
    </message>
    <message>
        <source>GitHub&apos;s auto_merge: if the ref is behind the default branch, GitHub merges it instead of creating the deployment.</source>
        <translation>GitHub의 auto_merge: 참조가 기본 분기보다 뒤처져 있으면 GitHub는 배포를 만드는 대신 기본 분기를 병합합니다.</translation>
    </message>
    <message>
        <source>All of the repository&apos;s checks must pass</source>
        <translation>리포지토리의 모든 검사를 통과해야 함</translation>
    </message>
    <message>
        <source>Skip checks</source>
        <translation>검사 건너뛰기</translation>
    </message>
    <message>
        <source>Only these:</source>
        <translation>다음 검사만:</translation>
    </message>
    <message>
        <source>ci/build, ci/test</source>
        <translation>ci/build, ci/test</translation>
    </message>
    <message>
        <source>&amp;Create Deployment</source>
        <translation>배포 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>The deployment is being created.</source>
        <translation>배포를 만드는 중입니다.</translation>
    </message>
    <message>
        <source>Checks failed: GitHub did not create the deployment because the checks of %1 have not all passed. Wait for them or fix them, or choose &quot;Skip checks&quot; to deploy anyway.</source>
        <translation>검사 실패: %1의 검사를 모두 통과하지 않아 GitHub에서 배포를 만들지 않았습니다. 검사가 끝날 때까지 기다리거나 문제를 해결하십시오. 그래도 배포하려면 &quot;검사 건너뛰기&quot;를 선택하십시오.</translation>
    </message>
    <message>
        <source>GitHub could not merge the default branch into %1 (a merge conflict), so it did not create the deployment. Resolve the conflict, or turn off &quot;Merge the default branch into the ref first&quot;.</source>
        <translation>GitHub에서 기본 분기를 %1에 병합할 수 없어(병합 충돌) 배포를 만들지 않았습니다. 충돌을 해결하거나 &quot;먼저 기본 분기를 참조에 병합&quot;을 끄십시오.</translation>
    </message>
    <message>
        <source>GitHub says: %1</source>
        <translation>GitHub 메시지: %1</translation>
    </message>
    <message>
        <source>GitHub refused the deployment. See the messages next to the fields.</source>
        <translation>GitHub에서 배포를 거부했습니다. 각 필드 옆의 메시지를 확인하십시오.</translation>
    </message>
    <message>
        <source>GitHub refused the deployment: %1</source>
        <translation>GitHub에서 배포를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>GitHub merged the default branch into %1 instead of creating a deployment, because %1 was behind it. Nothing was deployed. Once the merge commit has passed its checks, create the deployment again.</source>
        <translation>%1이(가) 기본 분기보다 뒤처져 있어 GitHub에서 배포를 만드는 대신 기본 분기를 %1에 병합했습니다. 아무것도 배포되지 않았습니다. 병합 커밋이 검사를 통과하면 배포를 다시 만드십시오.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>DeployDeck tells you when a deployment of a watched repository needs you. The repository open in the window is always watched.</source>
        <translation>지켜보는 리포지토리의 배포에 확인이 필요하면 DeployDeck이 알려 줍니다. 창에 열린 리포지토리는 항상 지켜봅니다.</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>리포지토리(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경(&amp;E):</translation>
    </message>
    <message>
        <source>Notify when:</source>
        <translation>알림 조건:</translation>
    </message>
    <message>
        <source>It &amp;fails (failure or error)</source>
        <translation>실패할 때(failure 또는 error)(&amp;F)</translation>
    </message>
    <message>
        <source>It &amp;succeeds</source>
        <translation>성공할 때(&amp;S)</translation>
    </message>
    <message>
        <source>It stays &amp;queued or in progress for more than</source>
        <translation>대기 중 또는 진행 중 상태가 다음보다 오래 계속될 때(&amp;Q)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <source>Someone else marks it &amp;inactive</source>
        <translation>다른 사람이 비활성으로 표시할 때(&amp;I)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>기본값 복원(&amp;D)</translation>
    </message>
    <message>
        <source>No repository is watched yet: open one in the window.</source>
        <translation>아직 지켜보는 리포지토리가 없습니다. 창에서 리포지토리를 여세요.</translation>
    </message>
    <message>
        <source>&amp;Keep DeployDeck running in the tray when the window is closed</source>
        <translation>창을 닫아도 트레이에서 DeployDeck 계속 실행(&amp;K)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1 (프로덕션)</translation>
    </message>
    <message>
        <source>Set for this environment.</source>
        <translation>이 환경에 맞게 설정됨.</translation>
    </message>
    <message>
        <source>Defaults for a production environment.</source>
        <translation>프로덕션 환경의 기본값.</translation>
    </message>
    <message>
        <source>Defaults: nothing notifies outside production.</source>
        <translation>기본값: 프로덕션 밖에서는 알리지 않음.</translation>
    </message>
</context>
<context>
    <name>NotificationTray</name>
    <message>
        <source>&amp;Open DeployDeck</source>
        <translation>DeployDeck 열기(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>개요(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>방해 금지(&amp;D)</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>1시간 동안(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow Morning</source>
        <translation>내일 아침까지(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation>끄기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notification Settings…</source>
        <translation>알림 설정(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit DeployDeck</source>
        <translation>DeployDeck 종료(&amp;Q)</translation>
    </message>
    <message>
        <source>No deployments watched yet</source>
        <translation>아직 지켜보는 배포가 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) failing; %1 in %2</source>
        <translation>
            <numerusform>%n개 환경 실패 중: %1의 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state: %1 (%2 in %3)</source>
        <translation>가장 나쁜 상태: %1 (%2의 %3)</translation>
    </message>
    <message>
        <source>Do not disturb until %1: notifications are not shown</source>
        <translation>%1까지 방해 금지: 알림을 표시하지 않음</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb (until %1)</source>
        <translation>방해 금지(&amp;D) (%1까지)</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Overview — DeployDeck</source>
        <translation>개요 — DeployDeck</translation>
    </message>
    <message>
        <source>&amp;Watch Repository…</source>
        <translation>리포지토리 감시(&amp;W)…</translation>
    </message>
    <message>
        <source>Add a repository to the Overview</source>
        <translation>개요에 리포지토리를 추가합니다</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>감시 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Take the selected repository off the Overview (nothing changes on GitHub)</source>
        <translation>선택한 리포지토리를 개요에서 뺍니다 (GitHub에서는 아무것도 바뀌지 않습니다)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Check every watched repository now</source>
        <translation>감시 중인 모든 리포지토리를 지금 확인합니다</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>타임라인(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the repository&apos;s timeline</source>
        <translation>리포지토리 타임라인으로 돌아갑니다</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>소유자(&amp;O):</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>리포지토리 필터</translation>
    </message>
    <message>
        <source>Environments, e.g. prod*</source>
        <translation>환경 (예: prod*)</translation>
    </message>
    <message>
        <source>&amp;Group rare environments</source>
        <translation>드문 환경 묶기(&amp;G)</translation>
    </message>
    <message>
        <source>Environments only one repository has go to one &quot;Others&quot; column</source>
        <translation>리포지토리 하나에만 있는 환경은 &quot;기타&quot; 열 하나로 모읍니다</translation>
    </message>
    <message>
        <source>The Overview shows every repository you watch on one board: what is live in each environment, failed attempts, and staging ahead of production.
No repository is watched yet.</source>
        <translation>개요는 감시 중인 모든 리포지토리를 한 보드에 보여 줍니다: 각 환경에서 가동 중인 배포, 실패한 시도, 프로덕션보다 앞선 스테이징.
아직 감시 중인 리포지토리가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Watch a Repository…</source>
        <translation>리포지토리 감시(&amp;W)…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>모든 소유자</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories watched</source>
        <translation>
            <numerusform>리포지토리 %n개 감시 중</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>확인: %1</translation>
    </message>
    <message>
        <source>Paused until %1: the rate limit is nearly spent</source>
        <translation>%1까지 일시 중지: 속도 제한을 거의 다 썼습니다</translation>
    </message>
    <message>
        <source>Checking less often: under a fifth of the rate limit is left</source>
        <translation>확인 간격을 늘렸습니다: 속도 제한이 5분의 1 미만 남았습니다</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln분 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln일 전</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositoryBox</name>
    <message>
        <source>Add Repository…</source>
        <translation>리포지토리 추가…</translation>
    </message>
    <message>
        <source>No repository</source>
        <translation>리포지토리 없음</translation>
    </message>
</context>
<context>
    <name>RepositoryPicker</name>
    <message>
        <source>recent</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>%1 was not found, or this account cannot see it.</source>
        <translation>%1을(를) 찾을 수 없거나 이 계정으로는 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Checking %1 on GitHub…</source>
        <translation>GitHub에서 %1 확인하는 중…</translation>
    </message>
    <message>
        <source>Your repositories could not be loaded: %1</source>
        <translation>리포지토리 목록을 불러오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Loading your repositories…</source>
        <translation>리포지토리 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>No repository matches. Type owner/name to open another one.</source>
        <translation>일치하는 리포지토리가 없습니다. 다른 리포지토리를 열려면 소유자/이름을 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>리포지토리 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>리포지토리 열기</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>리포지토리(&amp;R):</translation>
    </message>
    <message>
        <source>Type to find, or owner/name</source>
        <translation>입력하여 찾기, 또는 소유자/이름</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>목록에서 제거(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check and Open</source>
        <translation>확인 후 열기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>%1 is not in the list: Check and Open asks GitHub for it.</source>
        <translation>%1은(는) 목록에 없습니다. 확인 후 열기를 누르면 GitHub에 확인합니다.</translation>
    </message>
    <message>
        <source>%1 is not in the list: Check and Watch asks GitHub for it.</source>
        <translation>%1이(가) 목록에 없습니다: 확인 후 감시를 누르면 GitHub에 물어봅니다.</translation>
    </message>
    <message>
        <source>Watch Repository on the Overview</source>
        <translation>개요에서 리포지토리 감시</translation>
    </message>
    <message>
        <source>Also &amp;watch it on the Overview</source>
        <translation>개요에서도 감시(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Check and Watch</source>
        <translation>확인 후 감시(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>감시(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RepositorySession</name>
    <message>
        <source>the window closed</source>
        <translation>창이 닫힘</translation>
    </message>
    <message>
        <source>another repository was opened</source>
        <translation>다른 리포지토리를 열었음</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>데모(내장 에뮬레이터)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인함</translation>
    </message>
    <message>
        <source>API: %1 of %2 left, resets %3</source>
        <translation>API: %1/%2회 남음, %3에 초기화</translation>
    </message>
    <message>
        <source>Auto-refresh paused: few API requests left until the rate limit resets</source>
        <translation>자동 새로 고침 일시 중지: 속도 제한이 초기화될 때까지 남은 API 요청이 적습니다</translation>
    </message>
    <message>
        <source>Waiting for GitHub&apos;s rate limit to reset at %1</source>
        <translation>%1에 GitHub 속도 제한이 초기화될 때까지 기다리는 중</translation>
    </message>
    <message>
        <source>GitHub asked to slow down; continuing at %1</source>
        <translation>GitHub에서 속도를 줄이도록 요청했습니다. %1에 계속합니다</translation>
    </message>
    <message>
        <source>A request failed; trying again at %1</source>
        <translation>요청이 실패했습니다. %1에 다시 시도합니다</translation>
    </message>
    <message>
        <source>Updated %1; the latest refresh failed</source>
        <extracomment>Status bar; %1 is &quot;5 minutes ago&quot;</extracomment>
        <translation>%1 업데이트됨. 마지막 새로 고침 실패</translation>
    </message>
    <message>
        <source>Not loaded: the refresh failed</source>
        <translation>불러오지 못함: 새로 고침 실패</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>Status bar; %1 is &quot;5 minutes ago&quot; or &quot;just now&quot;</extracomment>
        <translation>%1 업데이트됨</translation>
    </message>
    <message>
        <source>Updated %1 (auto-refresh off)</source>
        <translation>%1 업데이트됨 (자동 새로 고침 꺼짐)</translation>
    </message>
    <message>
        <source>Writing %1 of %2</source>
        <translation>쓰는 중: %1/%2</translation>
    </message>
    <message>
        <source>Loading %1/%2</source>
        <translation>불러오는 중 %1/%2</translation>
    </message>
    <message>
        <source>GraphQL: %1 of %2 left</source>
        <extracomment>Status bar, after the REST budget; %1 and %2 are GitHub&apos;s GraphQL points</extracomment>
        <translation>GraphQL: %1/%2포인트 남음</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>기다리지 않기</translation>
    </message>
    <message>
        <source>Give up the requests that wait for GitHub&apos;s rate limit; refresh later to try again.</source>
        <translation>GitHub 속도 제한 때문에 기다리는 요청을 포기합니다. 나중에 새로 고침하여 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>계정:</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK.</source>
        <translation>확인을 누르면 바로 언어가 바뀝니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>새로 고침 간격(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>알림:</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>알림(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter github.com or the host name of your GitHub Enterprise Server.</source>
        <translation>github.com 또는 GitHub Enterprise Server의 호스트 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Enter github.com or a host name such as github.example.com.</source>
        <translation>&quot;%1&quot;은(는) 호스트 이름이 아닙니다. github.com 또는 github.example.com 같은 호스트 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Create a token on %1</source>
        <translation>%1에서 토큰 만들기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Sign In to GitHub</source>
        <translation>GitHub에 로그인</translation>
    </message>
    <message>
        <source>Welcome to DeployDeck</source>
        <translation>DeployDeck에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>DeployDeck shows the deployments of your GitHub repositories. Sign in to github.com or your GitHub Enterprise Server to see yours.

No account at hand? The demo runs on a built-in GitHub emulator with realistic data: nothing leaves this computer.</source>
        <translation>DeployDeck은 GitHub 리포지토리의 배포를 보여 줍니다. 내 배포를 보려면 github.com 또는 GitHub Enterprise Server에 로그인하세요.

계정이 없나요? 데모는 실제와 같은 데이터를 가진 내장 GitHub 에뮬레이터에서 실행되며, 이 컴퓨터 밖으로 아무것도 나가지 않습니다.</translation>
    </message>
    <message>
        <source>Sign In to GitHub…</source>
        <translation>GitHub에 로그인…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>데모 사용해 보기</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>github.com or your GitHub Enterprise Server</source>
        <translation>github.com 또는 GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>Paste a Token</source>
        <translation>토큰 붙여넣기</translation>
    </message>
    <message>
        <source>GitHub CLI</source>
        <translation>GitHub CLI 도구</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>브라우저</translation>
    </message>
    <message>
        <source>A classic personal access token needs the repo scope (or repo_deployment to work with deployments only). A fine-grained token needs the repository permission &quot;Deployments: Read and write&quot;.</source>
        <translation>클래식 개인용 액세스 토큰에는 repo 범위(배포만 다루려면 repo_deployment)가 필요합니다. 세분화된 토큰에는 리포지토리 권한 &quot;Deployments: Read and write&quot;가 필요합니다.</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>토큰(&amp;T):</translation>
    </message>
    <message>
        <source>ghp_… or github_pat_…</source>
        <translation>ghp_… 또는 github_pat_…</translation>
    </message>
    <message>
        <source>DeployDeck asks GitHub CLI (gh) for the token it keeps for this host. Sign in there first with &quot;gh auth login&quot; if you have not.</source>
        <translation>DeployDeck이 GitHub CLI(gh)에 이 호스트용으로 저장된 토큰을 요청합니다. 아직 로그인하지 않았다면 먼저 &quot;gh auth login&quot;으로 로그인하세요.</translation>
    </message>
    <message>
        <source>Sign in on GitHub&apos;s web page: DeployDeck shows a code, you enter it in the browser and approve DeployDeck there.</source>
        <translation>GitHub 웹 페이지에서 로그인합니다. DeployDeck이 코드를 보여 주면 브라우저에 입력하고 그곳에서 DeployDeck을 승인하세요.</translation>
    </message>
    <message>
        <source>Enter this code on GitHub:</source>
        <translation>GitHub에 이 코드를 입력하세요:</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>코드 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open GitHub</source>
        <translation>GitHub 열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>기다리기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Checking with GitHub…</source>
        <translation>GitHub에서 확인하는 중…</translation>
    </message>
    <message>
        <source>Waiting for you to approve DeployDeck in the browser…</source>
        <translation>브라우저에서 DeployDeck을 승인하기를 기다리는 중…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인함</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use GitHub CLI&apos;s Sign-in</source>
        <translation>GitHub CLI의 로그인 사용(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign In with Browser</source>
        <translation>브라우저로 로그인(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>%1 (saving…)</source>
        <extracomment>A state shown while a new status is being sent to GitHub; %1 is the state</extracomment>
        <translation>%1 (저장 중…)</translation>
    </message>
</context>
<context>
    <name>StatusHistoryDelegate</name>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (저장 중…)</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>로그:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>환경:</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>로그: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>환경: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Status history, after the state: who posted the status</extracomment>
        <translation>작성자: %1</translation>
    </message>
</context>
<context>
    <name>StatusState</name>
    <message>
        <source>No status</source>
        <translation>상태 없음</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>보류 중</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>비활성</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>제거됨</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <extracomment>A deployment state GitHub sent that this version does not know; %1 is GitHub&apos;s text.</extracomment>
        <translation>알 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>new state</source>
        <extracomment>The legend&apos;s name for a state GitHub may add later (shown as &quot;Unknown: &lt;name&gt;&quot;)</extracomment>
        <translation>새 상태</translation>
    </message>
    <message>
        <source>Live deployment</source>
        <extracomment>Legend: a solid bar is the deployment an environment runs now</extracomment>
        <translation>가동 중인 배포</translation>
    </message>
    <message>
        <source>Ended deployment</source>
        <extracomment>Legend: a light bar is a deployment that no longer runs</extracomment>
        <translation>종료된 배포</translation>
    </message>
    <message>
        <source>Status update</source>
        <extracomment>Legend: a small badge on a bar&apos;s lower edge marks when a status was posted</extracomment>
        <translation>상태 업데이트</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Legend: a dashed outline while a status is being posted</extracomment>
        <translation>저장 중…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend: the dashed vertical line at the current time</extracomment>
        <translation>현재</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>타임라인 범례</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date format (QDate::toString) of day ticks on the timeline axis</extracomment>
        <translation>d일 (ddd)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format (QDate::toString) of week ticks on the timeline axis</extracomment>
        <translation>MMM d일</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>Date format (QDate::toString) of day headings on the timeline axis</extracomment>
        <translation>yyyy년 MMMM d일 dddd</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format (QDate::toString) of month headings on the timeline axis</extracomment>
        <translation>yyyy년 MMMM</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>현재</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(환경 없음)</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>배포 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (저장 중…)</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>커밋: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>환경: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>상태: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>작성자: %1</translation>
    </message>
    <message>
        <source>Created: %1 (%2)</source>
        <translation>만든 날짜: %1 (%2)</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>현재 가동 중</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>종료: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1.(으)로 로그인함</translation>
    </message>
    <message>
        <source>Signed in as %1, but this token cannot work with deployments: it has the scopes &quot;%2&quot; and needs &quot;repo&quot; (or &quot;repo_deployment&quot; for public repositories).</source>
        <extracomment>%1 is the login, %2 the token&apos;s scopes as GitHub lists them</extracomment>
        <translation>%1(으)로 로그인했지만 이 토큰으로는 배포를 다룰 수 없습니다. 토큰의 범위는 &quot;%2&quot;이며 &quot;repo&quot;(공개 리포지토리는 &quot;repo_deployment&quot;)가 필요합니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Signed in as %1 with a fine-grained token. It works with a repository only if it grants the &quot;Deployments: read and write&quot; permission for it.</source>
        <translation>세분화된 토큰으로 %1(으)로 로그인했습니다. 이 토큰은 리포지토리에 &quot;Deployments: read and write&quot; 권한을 부여한 경우에만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (bad credentials). Check that it was copied whole and has not expired or been revoked.</source>
        <translation>GitHub가 토큰을 받아들이지 않았습니다(잘못된 자격 증명). 토큰을 빠짐없이 복사했는지, 만료되거나 취소되지 않았는지 확인하세요.</translation>
    </message>
    <message>
        <source>A classic token needs the &quot;repo&quot; scope (&quot;repo_deployment&quot; is enough for public repositories). A fine-grained token needs the &quot;Deployments: read and write&quot; permission on each repository.</source>
        <translation>클래식 토큰에는 &quot;repo&quot; 범위가 필요합니다(공개 리포지토리는 &quot;repo_deployment&quot;로 충분). 세분화된 토큰에는 각 리포지토리에 대한 &quot;Deployments: read and write&quot; 권한이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>TokenKeyring</name>
    <message>
        <source>The system keyring refused access to the token.</source>
        <translation>시스템 키링이 토큰에 대한 접근을 거부했습니다.</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service is running), so the token is kept only until DeployDeck quits.</source>
        <translation>사용할 수 있는 시스템 키링이 없으므로(Secret Service가 실행 중이 아님) 토큰은 DeployDeck을 종료할 때까지만 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>No token for %1: none in the environment (%2), none in the system keyring (deploydeck auth login --hostname %1 --with-token), and GitHub CLI (gh auth token --hostname %1) has none.</source>
        <extracomment>%1 is a host name, %2 the environment variables</extracomment>
        <translation>%1용 토큰이 없습니다. 환경 변수(%2)에도, 시스템 키링(deploydeck auth login --hostname %1 --with-token)에도 없고, GitHub CLI(gh auth token --hostname %1)에도 없습니다.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System</source>
        <extracomment>Settings &gt; Language: follow the language of the operating system</extracomment>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ko, ja or en.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;: ko, ja, en 중 하나를 사용하십시오.</translation>
    </message>
    <message>
        <source>The language of the interface and messages: ko (Korean), ja (Japanese) or en (English). Default: the system&apos;s language.</source>
        <translation>인터페이스와 메시지의 언어: ko(한국어), ja(일본어), en(영어). 기본값: 시스템 언어.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the Demo</source>
        <translation>데모 사용해 보기</translation>
    </message>
    <message>
        <source>Add Repository…</source>
        <translation>리포지토리 추가…</translation>
    </message>
    <message>
        <source>Welcome to DeployDeck</source>
        <translation>DeployDeck에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Choose a repository</source>
        <translation>리포지토리 선택</translation>
    </message>
    <message>
        <source>Add a repository (owner/name) to see its deployments.</source>
        <translation>배포를 보려면 리포지토리(소유자/이름)를 추가하십시오.</translation>
    </message>
    <message>
        <source>Sign In to GitHub…</source>
        <translation>GitHub에 로그인…</translation>
    </message>
    <message>
        <source>DeployDeck shows the deployments of your GitHub repositories. Sign in to github.com or your GitHub Enterprise Server to see yours; a GH_TOKEN or GITHUB_TOKEN environment variable works too.

No account at hand? The demo runs on a built-in GitHub emulator with realistic data: nothing leaves this computer.</source>
        <translation>DeployDeck은 GitHub 리포지토리의 배포를 보여 줍니다. github.com 또는 GitHub Enterprise Server에 로그인하면 내 배포를 볼 수 있습니다. GH_TOKEN 또는 GITHUB_TOKEN 환경 변수도 사용할 수 있습니다.

계정이 없으신가요? 데모는 실제와 같은 데이터를 담은 내장 GitHub 에뮬레이터에서 실행되며, 어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add Repository…</source>
        <translation>리포지토리 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Load the latest deployments and statuses (%1)</source>
        <translation>최신 배포와 배포 상태 불러오기 (%1)</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh</source>
        <translation>자동 새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Check for new deployments and statuses regularly</source>
        <translation>새 배포와 배포 상태를 주기적으로 확인합니다</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>필터(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Now</source>
        <translation>현재 시각으로 이동(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;Environments</source>
        <translation>환경 표시(&amp;E)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>세부 정보 표시(&amp;D)</translation>
    </message>
    <message>
        <source>Show Timeline &amp;Legend</source>
        <translation>타임라인 범례 표시(&amp;L)</translation>
    </message>
    <message>
        <source>Ask Again Before Marking Inactive</source>
        <translation>비활성으로 표시하기 전에 다시 확인</translation>
    </message>
    <message>
        <source>&amp;About DeployDeck</source>
        <translation>DeployDeck 정보(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>계정(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경설정(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>배포(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Every watched repository&apos;s environments on one board (%1)</source>
        <translation>감시 중인 모든 리포지토리의 환경을 한 보드에 (%1)</translation>
    </message>
    <message>
        <source>&amp;Watch on the Overview</source>
        <translation>개요에서 감시(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WriteDialogs</name>
    <message>
        <source>A status for this deployment is being posted already. Wait for it, then try again.</source>
        <translation>이 배포의 상태를 이미 만드는 중입니다. 완료된 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The deployment is no longer there: it was deleted, or another repository was opened.</source>
        <translation>배포가 더 이상 없습니다. 삭제되었거나 다른 리포지토리를 열었습니다.</translation>
    </message>
    <message>
        <source>Posted &quot;%1&quot; for deployment #%2.</source>
        <translation>배포 #%2에 &quot;%1&quot; 상태를 만들었습니다.</translation>
    </message>
    <message>
        <source>Another repository was opened; this dialog was for %1.</source>
        <translation>다른 리포지토리를 열었습니다. 이 대화 상자는 %1용이었습니다.</translation>
    </message>
    <message>
        <source>Created deployment #%1 of %2 to %3.</source>
        <translation>%3 환경에 %2의 배포 #%1을(를) 만들었습니다.</translation>
    </message>
</context>
</TS>
