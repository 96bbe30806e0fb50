<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Account</name>
    <message>
        <source>no token</source>
        <translation>トークンなし</translation>
    </message>
    <message>
        <source>from the environment</source>
        <translation>環境変数から</translation>
    </message>
    <message>
        <source>from the system keyring</source>
        <translation>システムキーリングから</translation>
    </message>
    <message>
        <source>from GitHub CLI</source>
        <translation>GitHub CLI から</translation>
    </message>
    <message>
        <source>for this session only</source>
        <translation>このセッションのみ</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>from the environment</source>
        <translation>環境変数から</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>GitHub CLI</source>
        <translation>GitHub CLIツール</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>このセッションのみ</translation>
    </message>
    <message>
        <source>Select the account to sign out</source>
        <translation>サインアウトするアカウントを選択してください</translation>
    </message>
    <message>
        <source>This token comes from the GH_TOKEN or GITHUB_TOKEN environment variable. Unset the variable and start DeployDeck again to sign out.</source>
        <translation>このトークンは環境変数 GH_TOKEN または GITHUB_TOKEN から来ています。サインアウトするには、変数を解除して DeployDeck を再起動してください。</translation>
    </message>
    <message>
        <source>Sign out %1 on %2</source>
        <translation>%2 の %1 をサインアウト</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out %1 on %2?</source>
        <translation>%2 の %1 をサインアウトしますか?</translation>
    </message>
    <message>
        <source>DeployDeck stops using GitHub CLI&apos;s token for this host. GitHub CLI itself stays signed in.</source>
        <translation>DeployDeck はこのホストで GitHub CLI のトークンを使わなくなります。GitHub CLI 自体はサインインしたままです。</translation>
    </message>
    <message>
        <source>DeployDeck forgets the token it kept for this session.</source>
        <translation>DeployDeck はこのセッションの間保持していたトークンを破棄します。</translation>
    </message>
    <message>
        <source>DeployDeck deletes this account&apos;s token from the system keyring. The token itself stays valid on GitHub until you revoke it there.</source>
        <translation>DeployDeck はこのアカウントのトークンをシステムのキーリングから削除します。トークン自体は GitHub で取り消すまで有効です。</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>The GitHub accounts DeployDeck can use. Each repository opens with the account for its host.</source>
        <translation>DeployDeck が使える GitHub アカウントです。各リポジトリはそのホストのアカウントで開きます。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Token from</source>
        <translation>トークンの取得元</translation>
    </message>
    <message>
        <source>No accounts yet: add one to sign in to GitHub.</source>
        <translation>アカウントはまだありません。GitHub にサインインするにはアカウントを追加してください。</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>サインアウト(&amp;O)…</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>%1 runs %2; %3 runs %4.</source>
        <extracomment>Drift between environments: %1 environment, %2 its short SHA, %3 the next environment toward production, %4 its short SHA</extracomment>
        <translation>%1 は %2、%3 は %4 を実行中です。</translation>
    </message>
    <message>
        <source>Not signed in on %1.</source>
        <translation>%1 にサインインしていません。</translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4 by %5</source>
        <extracomment>%1 ref, %2 short SHA, %3 state, %4 &quot;5 min ago&quot;, %5 login</extracomment>
        <translation>%1 (%2)、%3、%4、%5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Live: %1</source>
        <translation>稼働中: %1</translation>
    </message>
    <message>
        <source>No deployment</source>
        <translation>デプロイなし</translation>
    </message>
    <message>
        <source>Nothing live. Newest: %1</source>
        <translation>稼働中のデプロイなし。最新: %1</translation>
    </message>
    <message>
        <source>Newer attempt: %1</source>
        <translation>より新しい試行: %1</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>ドリフト: %1</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Environments only one watched repository has, together.</source>
        <translation>監視中のリポジトリ 1 つだけにある環境をまとめて表示します。</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Preview and other transient environments, together: how many have a deployment, and the worst state among them.</source>
        <translation>プレビューなどの一時環境をまとめて表示します: デプロイのある環境の数と、その中で最も悪い状態。</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%n preview(s)</source>
        <translation>
            <numerusform>プレビュー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>環境 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>≠ %1 (drift)</source>
        <extracomment>Drift: this environment runs another commit than %1 (the next one toward production)</extracomment>
        <translation>≠ %1 (ドリフト)</translation>
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
            <numerusform>%1件中%n件を非アクティブにしました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 deleted</source>
        <translation>
            <numerusform>%1件中%n件を削除しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist(s)</source>
        <translation>
            <numerusform>%n件はすでに存在しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n件が失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted (refresh to see GitHub&apos;s state)</source>
        <translation>
            <numerusform>%n件が中断(GitHubの状態は更新で確認)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n件は未実行</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a result: &quot;2 of 3 marked inactive; 1 no longer exists&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (stopped: %2)</source>
        <extracomment>%1 the result so far, %2 why the work stopped</extracomment>
        <translation>%1(中止: %2)</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>ウィンドウが閉じられました</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>リポジトリが開かれていません</translation>
    </message>
    <message>
        <source>a status for it is being posted already</source>
        <translation>このデプロイメントのステータスをすでに投稿中です</translation>
    </message>
    <message>
        <source>GitHub did not accept the status</source>
        <translation>GitHubがステータスを受け付けませんでした</translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message>
        <source>Only environments matching PATTERN (* and ?); may be repeated.</source>
        <translation>PATTERN(*と?)に一致する環境のみ。複数回指定できます。</translation>
    </message>
    <message>
        <source>Only deployments created longer ago than AGE (30d, 12h, 2w).</source>
        <translation>AGE(30d、12h、2w)より前に作成されたデプロイメントのみ。</translation>
    </message>
    <message>
        <source>Keep the newest N deployments of each environment.</source>
        <translation>各環境の最新N件のデプロイメントを残します。</translation>
    </message>
    <message>
        <source>Only deployments in STATE (success, failure, error, inactive, queued, pending, in_progress, none); may be repeated.</source>
        <translation>STATE(success、failure、error、inactive、queued、pending、in_progress、none)の状態のデプロイメントのみ。複数回指定できます。</translation>
    </message>
    <message>
        <source>mark-inactive (the default), delete, or delete-environment.</source>
        <translation>mark-inactive(既定)、delete、delete-environmentのいずれか。</translation>
    </message>
    <message>
        <source>Live deployments too (never a production environment&apos;s).</source>
        <translation>稼働中のデプロイメントも含める(本番環境のものは除く)。</translation>
    </message>
    <message>
        <source>Only show what would be done (the default).</source>
        <translation>何が行われるかを表示するだけ(既定)。</translation>
    </message>
    <message>
        <source>Apply the cleanup after the dry run.</source>
        <translation>プレビューの後にクリーンアップを適用します。</translation>
    </message>
    <message>
        <source>Print the plan and the report as JSON.</source>
        <translation>計画と結果をJSONで出力します。</translation>
    </message>
    <message>
        <source>Record the run in FILE (default: one per repository in the data directory).</source>
        <translation>実行の記録をFILEに残します(既定: データディレクトリにリポジトリごとに1つ)。</translation>
    </message>
    <message>
        <source>Resume the interrupted run recorded in the journal.</source>
        <translation>記録ファイルにある中断された実行を再開します。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <translation>「%1」は期間ではありません: 数字とd、h、m、wを使ってください(30d、12h)。</translation>
    </message>
    <message>
        <source>--keep needs a number of deployments (0 or more).</source>
        <translation>--keepにはデプロイメントの数(0以上)が必要です。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state.</source>
        <translation>「%1」は状態ではありません。</translation>
    </message>
    <message>
        <source>--action is mark-inactive, delete or delete-environment.</source>
        <translation>--actionにはmark-inactive、delete、delete-environmentのいずれかを指定します。</translation>
    </message>
    <message>
        <source>--dry-run and --yes cannot be used together.</source>
        <translation>--dry-runと--yesは同時に使えません。</translation>
    </message>
    <message>
        <source>--resume writes to GitHub: add --yes.</source>
        <translation>--resumeはGitHubに書き込みます: --yesを付けてください。</translation>
    </message>
    <message>
        <source>The repository could not be read.</source>
        <translation>リポジトリを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written. Add --yes to apply it.</source>
        <translation>プレビュー: 何も書き込んでいません。適用するには--yesを付けてください。</translation>
    </message>
    <message>
        <source>An earlier cleanup of %1 did not finish (%2). Resume it with --resume, or remove the journal.</source>
        <translation>以前の%1のクリーンアップが完了していません(%2)。--resumeで再開するか、記録ファイルを削除してください。</translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit: paused until %1</source>
        <translation>GitHubの二次レート制限: %1まで一時停止</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1: %3 {1 %2:?}</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Every repository the Overview watches on this host, instead of --repo.</source>
        <translation>--repoの代わりに、このホストで概要がウォッチしているすべてのリポジトリ。</translation>
    </message>
    <message>
        <source>Several rules from FILE (JSON: an array of rules, or an exported plan) instead of the rule options.</source>
        <translation>ルールのオプションの代わりにFILEの複数のルール(JSON: ルールの配列、またはエクスポートした計画)。</translation>
    </message>
    <message>
        <source>--rules FILE and --%1 cannot be used together: put it in the file.</source>
        <extracomment>%1 an option, e.g. --keep</extracomment>
        <translation>--rules FILEと--%1は同時に使えません: ファイルに書いてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 holds no rules: use a JSON array of rules, or an object with &quot;rules&quot;.</source>
        <translation>%1にルールがありません: ルールのJSON配列か、&quot;rules&quot;を持つオブジェクトを使ってください。</translation>
    </message>
    <message>
        <source>%1, rule %2: %3</source>
        <extracomment>%1 a file name, %2 the rule&apos;s number, %3 what is wrong</extracomment>
        <translation>%1、ルール%2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the repository, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The journal %1 is about %2: resume it with those repositories.</source>
        <extracomment>%1 a file, %2 the repositories it is about</extracomment>
        <translation>ジャーナル%1は%2のものです: それらのリポジトリで再開してください。</translation>
    </message>
</context>
<context>
    <name>CleanupController</name>
    <message>
        <source>the window closed</source>
        <translation>ウィンドウが閉じられました</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>クリーンアップ(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark inactive or delete old deployments and preview environments in bulk, with a preview first</source>
        <translation>古いデプロイメントやプレビュー環境をまとめて非アクティブにしたり削除したりします。先にプレビューを表示します</translation>
    </message>
    <message>
        <source>stopped by you</source>
        <translation>ユーザーが停止しました</translation>
    </message>
    <message>
        <source>A cleanup planned %1 did not finish: %2 of %3 done. Resume it? Each remaining target is checked again first.</source>
        <extracomment>%1 when it was planned, %2 items finished, %3 items in all</extracomment>
        <translation>%1に計画したクリーンアップが完了していません: %3件中%2件完了。再開しますか？残りの対象は先にもう一度確認します。</translation>
    </message>
    <message>
        <source>checking the next target again</source>
        <translation>次の対象を再確認中</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>書き込み中</translation>
    </message>
    <message>
        <source>keeping under GitHub&apos;s limits for writes: next at %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>GitHubの書き込み制限内に抑えています: 次は%1</translation>
    </message>
    <message>
        <source>GitHub&apos;s secondary rate limit: paused until %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>GitHubの二次レート制限: %1まで一時停止</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Cleanup: %1</source>
        <translation>クリーンアップ: %1</translation>
    </message>
    <message>
        <source>Clean &amp;Up Watched Repositories…</source>
        <translation>監視中のリポジトリをクリーンアップ(&amp;U)…</translation>
    </message>
    <message>
        <source>Mark inactive or delete old deployments and preview environments in the watched repositories, with one preview for all of them first</source>
        <translation>監視中のリポジトリの古いデプロイメントとプレビュー環境を非アクティブにするか削除します。先にすべてをまとめたプレビューを表示します</translation>
    </message>
    <message>
        <source>Not signed in on its host: sign in to clean it up</source>
        <translation>そのホストにサインインしていません: クリーンアップするにはサインインしてください</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the sentence above, %2 the repositories</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n repositories…</source>
        <translation>
            <numerusform>%n件のリポジトリを読み込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not signed in on its host</source>
        <extracomment>%1 a repository</extracomment>
        <translation>%1: そのホストにサインインしていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a repository, %2 why it could not be read</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not every repository could be read; uncheck it or try again.</source>
        <translation>読み込めなかったリポジトリがあります。選択を外すか、もう一度試してください。</translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <source>Clean Up Deployments</source>
        <translation>デプロイメントのクリーンアップ</translation>
    </message>
    <message>
        <source>Clean Up Deployments — %1</source>
        <translation>デプロイメントのクリーンアップ — %1</translation>
    </message>
    <message>
        <source>Choose what to clean up, then preview exactly what will happen. Nothing is written until you apply the preview. The live deployment of a production environment is never touched.</source>
        <translation>クリーンアップする対象を選び、何が行われるかをプレビューで確認してください。プレビューを適用するまで何も書き込まれません。本番環境の稼働中のデプロイメントには決して触れません。</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイメント</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>再開(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>has a live deployment</source>
        <extracomment>%1 the state; the deployment is the live one of its environment</extracomment>
        <translation>稼働中のデプロイメントあり</translation>
    </message>
    <message>
        <source>%1, live</source>
        <translation>%1、稼働中</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 items finished, %2 items in all</extracomment>
        <translation>%2件中%1件</translation>
    </message>
    <message>
        <source>done at about %1</source>
        <extracomment>%1 a time of day</extracomment>
        <translation>%1ごろ完了</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Preview to see what would be cleaned up.</source>
        <translation>プレビューで何がクリーンアップされるかを確認してください。</translation>
    </message>
    <message>
        <source>Export the Preview</source>
        <translation>プレビューのエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSVファイル(*.csv);;JSONファイル(*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません: %2</translation>
    </message>
    <message>
        <source>Check at least one repository.</source>
        <translation>リポジトリを1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <source>%1 of %2 checked: one preview and one confirmation for all of them; writes are paced together under GitHub&apos;s limits.</source>
        <extracomment>%1 repositories checked, %2 repositories offered</extracomment>
        <translation>%2件中%1件を選択: すべてに対してプレビュー1回、確認1回。書き込みはまとめてGitHubの制限内に収まるよう間隔を空けます。</translation>
    </message>
</context>
<context>
    <name>CleanupJob</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n件スキップ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n件失敗</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n件未実行</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a result: &quot;12 done; 2 skipped&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (stopped: %2)</source>
        <extracomment>%1 the result so far, %2 why the cleanup stopped</extracomment>
        <translation>%1(停止: %2)</translation>
    </message>
    <message>
        <source>the window closed</source>
        <translation>ウィンドウが閉じられました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>interrupted while being written: resuming reads it again</source>
        <translation>書き込み中に中断されました: 再開時にもう一度確認します</translation>
    </message>
    <message>
        <source>no repository is open</source>
        <translation>リポジトリが開かれていません</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>すでに存在しません</translation>
    </message>
    <message>
        <source>could not read it again before writing: %1</source>
        <extracomment>%1 GitHub&apos;s error</extracomment>
        <translation>書き込み前に再確認できませんでした: %1</translation>
    </message>
    <message>
        <source>it changed since the dry run: it is live now</source>
        <translation>プレビュー後に変更されました: 現在稼働中です</translation>
    </message>
    <message>
        <source>it changed since the dry run: a new status (%1)</source>
        <translation>プレビュー後に変更されました: 新しい状態(%1)</translation>
    </message>
    <message>
        <source>it is inactive already</source>
        <translation>すでに非アクティブです</translation>
    </message>
    <message>
        <source>it changed since the dry run: a new deployment (#%1)</source>
        <translation>プレビュー後に変更されました: 新しいデプロイメント(#%1)</translation>
    </message>
    <message>
        <source>the journal cannot be written (%1)</source>
        <translation>記録ファイルに書き込めません(%1)</translation>
    </message>
    <message>
        <source>another change is being written: try again when it has finished</source>
        <translation>別の変更を書き込み中です: 終わってからもう一度お試しください</translation>
    </message>
    <message>
        <source>the repository was closed</source>
        <translation>リポジトリが閉じられました</translation>
    </message>
    <message>
        <source>GitHub does not know this environment (404): it was deleted already, or the token may not administer the repository</source>
        <translation>GitHubにこの環境がありません(404): すでに削除されたか、トークンにリポジトリの管理権限がない可能性があります</translation>
    </message>
    <message>
        <source>GitHub refused (403): deleting an environment needs admin rights on the repository. %1</source>
        <extracomment>%1 GitHub&apos;s message</extracomment>
        <translation>GitHubに拒否されました(403): 環境の削除にはリポジトリの管理者権限が必要です。%1</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <extracomment>%1 the repository, owner/name</extracomment>
        <translation>%1が開かれていません</translation>
    </message>
</context>
<context>
    <name>CleanupJournal</name>
    <message>
        <source>Cannot write the cleanup journal %1: %2</source>
        <extracomment>%1 a file name, %2 the system&apos;s reason</extracomment>
        <translation>クリーンアップの記録ファイル%1に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the cleanup journal %1: %2</source>
        <translation>クリーンアップの記録ファイル%1を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a DeployDeck cleanup journal.</source>
        <translation>%1はDeployDeckのクリーンアップ記録ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>CleanupPlan</name>
    <message>
        <source>rule %1</source>
        <translation>ルール%1</translation>
    </message>
    <message>
        <source>Nothing to clean up.</source>
        <translation>クリーンアップする対象はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) to mark inactive</source>
        <translation>
            <numerusform>非アクティブにするデプロイメント%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) to delete</source>
        <translation>
            <numerusform>削除するデプロイメント%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>削除する環境%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a summary: &quot;3 deployments to delete; 1 environment to delete&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n repositories</source>
        <extracomment>%1 the counts (&quot;3 deployments to delete&quot;), %n the repositories that have items</extracomment>
        <translation>
            <numerusform>%1、%n件のリポジトリで</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupRule</name>
    <message>
        <source>The number of deployments to keep cannot be negative.</source>
        <translation>残すデプロイメントの数に負の値は指定できません。</translation>
    </message>
    <message>
        <source>The age cannot be negative.</source>
        <translation>経過期間に負の値は指定できません。</translation>
    </message>
    <message>
        <source>Deleting environments needs at least one environment pattern.</source>
        <translation>環境を削除するには、環境のパターンが1つ以上必要です。</translation>
    </message>
    <message>
        <source>An environment pattern is empty.</source>
        <translation>空の環境パターンがあります。</translation>
    </message>
    <message>
        <source>Mark inactive</source>
        <translation>非アクティブにする</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete environment</source>
        <translation>環境を削除</translation>
    </message>
    <message>
        <source>every environment</source>
        <translation>すべての環境</translation>
    </message>
    <message>
        <source>older than %1</source>
        <extracomment>%1 a duration such as 30d (days), 12h (hours), 2w (weeks)</extracomment>
        <translation>%1より古い</translation>
    </message>
    <message numerus="yes">
        <source>keep the newest %n</source>
        <translation>
            <numerusform>最新の%n件を残す</numerusform>
        </translation>
    </message>
    <message>
        <source>states: %1</source>
        <extracomment>%1 a list of states</extracomment>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>live ones too</source>
        <translation>稼働中のデプロイメントも含む</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates the parts of a rule&apos;s description</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <translation>「%1」は期間ではありません: 数字とd、h、m、wを使ってください(30d、12h)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state.</source>
        <translation>「%1」は状態ではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action: mark-inactive, delete or delete-environment.</source>
        <translation>&quot;%1&quot;は操作ではありません: mark-inactive、delete、delete-environmentのいずれかです。</translation>
    </message>
</context>
<context>
    <name>CleanupRuleEditor</name>
    <message>
        <source>No status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>R&amp;ules (the first that matches acts):</source>
        <translation>ルール(&amp;U) (最初に一致したものが適用されます):</translation>
    </message>
    <message>
        <source>A&amp;dd Rule</source>
        <translation>ルールを追加(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move Rule</source>
        <translation>ルールを削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Environments:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>All environments, or patterns such as preview/*, pr-*</source>
        <translation>すべての環境、またはpreview/*、pr-*のようなパターン</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>経過期間(&amp;O):</translation>
    </message>
    <message>
        <source>Any age, or 30d, 12h, 2w</source>
        <translation>期間指定なし、または30d、12h、2w</translation>
    </message>
    <message>
        <source>&amp;Keep the newest, per environment:</source>
        <translation>環境ごとに最新を残す(&amp;K):</translation>
    </message>
    <message>
        <source>None kept</source>
        <translation>残さない</translation>
    </message>
    <message>
        <source>States:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>None checked: every state</source>
        <translation>何も選ばなければすべての状態</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Include live deployments (never a production environment&apos;s)</source>
        <translation>稼働中のデプロイメントも含める(本番環境のものは除く)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an age: use a number and d, h, m or w (30d, 12h).</source>
        <extracomment>%1 what was typed</extracomment>
        <translation>「%1」は期間ではありません: 数字とd、h、m、wを使ってください(30d、12h)。</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <extracomment>%1 the rule&apos;s number, %2 what is wrong with it
----------
%1 the rule&apos;s number (as the preview names it: &quot;rule 2&quot;), %2 its action</extracomment>
        <translation>ルール%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--repo OWNER/REPO is required.</source>
        <translation>--repo オーナー/リポジトリを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository; use OWNER/REPO.</source>
        <translation>「%1」はリポジトリではありません。オーナー/リポジトリの形式で指定してください。</translation>
    </message>
    <message>
        <source>--deployment ID is required.</source>
        <translation>--deployment IDを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deployment id.</source>
        <translation>「%1」はデプロイメントIDではありません。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Only deployments to this environment.</source>
        <translation>この環境へのデプロイメントのみ出力します。</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json(既定)またはcsv。</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力の代わりに指定したファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Do not use or update the ETag cache.</source>
        <translation>ETagキャッシュを使用も更新もしません。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use json or csv.</source>
        <translation>不明な形式「%1」です。jsonまたはcsvを指定してください。</translation>
    </message>
    <message>
        <source>Statuses fetched: %1 of %2</source>
        <translation>取得したステータス: %1/%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>One of: error, failure, inactive, in_progress, queued, pending, success.</source>
        <translation>次のいずれか: error, failure, inactive, in_progress, queued, pending, success。</translation>
    </message>
    <message>
        <source>A short description (at most 140 characters).</source>
        <translation>短い説明(最大140文字)。</translation>
    </message>
    <message>
        <source>Move the deployment to this environment.</source>
        <translation>デプロイメントをこの環境に移動します。</translation>
    </message>
    <message>
        <source>Do not mark earlier deployments to the environment inactive.</source>
        <translation>この環境の以前のデプロイメントを非アクティブにしません。</translation>
    </message>
    <message>
        <source>--state must be one of: error, failure, inactive, in_progress, queued, pending, success.</source>
        <translation>--stateには次のいずれかを指定してください: error, failure, inactive, in_progress, queued, pending, success。</translation>
    </message>
    <message>
        <source>Deletes a deployment. GitHub deletes only inactive deployments (or a repository&apos;s only one).</source>
        <translation>デプロイメントを削除します。GitHubが削除するのは非アクティブのデプロイメント(またはリポジトリの唯一のデプロイメント)だけです。</translation>
    </message>
    <message>
        <source>Mark the deployment inactive, then delete it.</source>
        <translation>デプロイメントを非アクティブにしてから削除します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Signs in to a GitHub host: reads a token from standard input, checks it with GitHub and keeps it in the system keyring.</source>
        <translation>GitHub ホストにサインインします。標準入力からトークンを読み取り、GitHub で確認してからシステムキーリングに保存します。</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>標準入力からトークンを読み取ります。</translation>
    </message>
    <message>
        <source>--with-token is required: pipe the token in, for example &quot;deploydeck auth login --with-token &lt; token.txt&quot;. Browser sign-in is in the desktop app.</source>
        <translation>--with-token が必要です。例えば「deploydeck auth login --with-token &lt; token.txt」のようにトークンをパイプで渡してください。ブラウザーでのサインインはデスクトップアプリにあります。</translation>
    </message>
    <message>
        <source>Could not read the token from standard input.</source>
        <translation>標準入力からトークンを読み取れません。</translation>
    </message>
    <message>
        <source>Standard input holds no token (expected one line).</source>
        <translation>標準入力にトークンがありません (1 行である必要があります)。</translation>
    </message>
    <message>
        <source>The token was not saved: %1</source>
        <extracomment>%1 is why (the keyring&apos;s message)</extracomment>
        <translation>トークンは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Signed in to %2 as %1; the token is in the system keyring.</source>
        <extracomment>%1 is the login, %2 the host</extracomment>
        <translation>%2 に %1 としてサインインしました。トークンはシステムキーリングにあります。</translation>
    </message>
    <message>
        <source>GH_TOKEN or GITHUB_TOKEN is set and is used for %1 instead while it is.</source>
        <translation>GH_TOKEN または GITHUB_TOKEN が設定されているため、設定されている間は %1 にそちらが使われます。</translation>
    </message>
    <message>
        <source>Shows the accounts DeployDeck signs in with, per host, and where each token comes from. Tokens are never shown.</source>
        <translation>DeployDeck がサインインに使うアカウントをホストごとに、各トークンの取得元とともに表示します。トークン自体は表示しません。</translation>
    </message>
    <message>
        <source>Not signed in to any GitHub host. Run &quot;deploydeck auth login --with-token&quot; or set GH_TOKEN.</source>
        <translation>どの GitHub ホストにもサインインしていません。「deploydeck auth login --with-token」を実行するか、GH_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>no token found</source>
        <extracomment>%1 is the login, %2 why there is no token</extracomment>
        <translation>トークンが見つかりません</translation>
    </message>
    <message>
        <source>Token %1 for %2 does not work: %3</source>
        <translation>%2 のトークン (%1) が機能しません: %3</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (token %3)</source>
        <extracomment>%1 host, %2 login, %3 where the token comes from (&quot;from the system keyring&quot;)</extracomment>
        <translation>%1 に %2 としてサインイン中 (トークン: %3)</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>Token scopes: %1</source>
        <translation>トークンのスコープ: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Fine-grained token (needs &quot;Deployments: read and write&quot;)</source>
        <translation>Fine-grained トークン (「Deployments: read and write」が必要)</translation>
    </message>
    <message>
        <source>Signs out of an account: removes its token from the system keyring and forgets it.</source>
        <translation>アカウントからサインアウトします。システムキーリングからトークンを削除し、アカウントを忘れます。</translation>
    </message>
    <message>
        <source>The account&apos;s login.</source>
        <translation>アカウントのログイン名。</translation>
    </message>
    <message>
        <source>No such account. &quot;deploydeck auth status&quot; lists them.</source>
        <translation>そのアカウントはありません。「deploydeck auth status」で一覧を表示できます。</translation>
    </message>
    <message>
        <source>Several accounts match (%1): say which with --hostname and --user.</source>
        <extracomment>%1 lists HOST/LOGIN pairs</extracomment>
        <translation>複数のアカウントが一致します (%1)。--hostname と --user で指定してください。</translation>
    </message>
    <message>
        <source>Could not remove the token from the system keyring: %1</source>
        <extracomment>%1 is the keyring&apos;s message</extracomment>
        <translation>システムキーリングからトークンを削除できません: %1</translation>
    </message>
    <message>
        <source>Signed out of %1 as %2.</source>
        <translation>%1 の %2 からサインアウトしました。</translation>
    </message>
    <message>
        <source>A token in the environment (GH_TOKEN, GITHUB_TOKEN or GH_ENTERPRISE_TOKEN) is still used for %1.</source>
        <translation>環境変数のトークン (GH_TOKEN、GITHUB_TOKEN または GH_ENTERPRISE_TOKEN) が引き続き %1 に使われます。</translation>
    </message>
    <message>
        <source>Use &quot;deploydeck auth login&quot;, &quot;auth status&quot; or &quot;auth logout&quot;.</source>
        <translation>「deploydeck auth login」、「auth status」または「auth logout」を使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>could not reach %1</source>
        <extracomment>%1 host (its first account&apos;s line said why)</extracomment>
        <translation>%1 に接続できません</translation>
    </message>
    <message>
        <source>could not reach %1 (%2)</source>
        <extracomment>%1 host, %2 why (no answer in time, Qt&apos;s &quot;Connection refused&quot;, ...)</extracomment>
        <translation>%1 に接続できません (%2)</translation>
    </message>
    <message>
        <source>The GitHub host (github.com, an Enterprise Server host name, or an API URL).</source>
        <translation>GitHub ホスト (github.com、Enterprise Server のホスト名、または API URL)。</translation>
    </message>
    <message>
        <source>Sign in to a GitHub host, show the accounts, or sign out (login, status, logout).</source>
        <translation>GitHubホストへのサインイン、アカウントの表示、サインアウトを行います(login、status、logout)。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>The usage line of a subcommand&apos;s help; %1 is &quot;deploydeck export [options]&quot;</extracomment>
        <translation>使い方: %1</translation>
    </message>
    <message>
        <source>Unknown auth command &quot;%1&quot;. Use &quot;deploydeck auth login&quot;, &quot;auth status&quot; or &quot;auth logout&quot;.</source>
        <extracomment>%1 is what the user typed after &quot;auth&quot;</extracomment>
        <translation>不明なauthコマンド「%1」です。「deploydeck auth login」、「auth status」または「auth logout」を使ってください。</translation>
    </message>
    <message>
        <source>The API root (default: GH_API_URL, the settings, or https://api.github.com).</source>
        <translation>APIのルート(既定: GH_API_URL、設定、またはhttps://api.github.com)。</translation>
    </message>
    <message>
        <source>Allow a plain http:// API root on a non-loopback host.</source>
        <translation>ループバック以外のホストで平文の http:// API ルートを許可します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>%1
Run &quot;deploydeck %2 --help&quot; for the options.</source>
        <extracomment>%1 is what was wrong (Qt&apos;s words), %2 the subcommand (&quot;export&quot;)</extracomment>
        <translation>%1
オプションは「deploydeck %2 --help」で確認できます。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>共通オプション(コマンドの前でも後でも可):</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is used up; waiting until %1 (Ctrl+C stops).</source>
        <translation>GitHubのレート制限を使い切りました。%1まで待機します(Ctrl+Cで中止)。</translation>
    </message>
    <message>
        <source>GitHub asked to slow down; waiting until %1 (Ctrl+C stops).</source>
        <translation>GitHubから速度を落とすよう求められました。%1まで待機します(Ctrl+Cで中止)。</translation>
    </message>
    <message>
        <source>Commands (no window; for scripts):</source>
        <translation>コマンド(ウィンドウなし、スクリプト向け):</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>ウィンドウのオプション:</translation>
    </message>
    <message>
        <source>Run &quot;deploydeck &lt;command&gt; --help&quot; for a command&apos;s options. Exit codes: 0 done, 1 GitHub or the network refused, 2 usage error.</source>
        <translation>コマンドのオプションは「deploydeck &lt;command&gt; --help」で確認できます。終了コード: 0 完了、1 GitHubまたはネットワークが拒否、2 使い方の誤り。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. The commands are:</source>
        <extracomment>%1 is what the user typed; the list of commands follows on the next lines</extracomment>
        <translation>不明なコマンド「%1」です。使えるコマンド:</translation>
    </message>
    <message>
        <source>The repository, as OWNER/REPO.</source>
        <translation>リポジトリ(オーナー/リポジトリの形式)。</translation>
    </message>
    <message>
        <source>The deployment id.</source>
        <translation>デプロイメントID。</translation>
    </message>
    <message>
        <source>--api-url &quot;%1&quot; has no scheme; for GitHub Enterprise Server use --api-url %2</source>
        <extracomment>%1 is the value given, %2 the suggested API root</extracomment>
        <translation>--api-url「%1」にスキームがありません。GitHub Enterprise Serverなら --api-url %2 を使ってください</translation>
    </message>
    <message>
        <source>--api-url &quot;%1&quot; is not a URL; use for example https://ghe.example.com/api/v3.</source>
        <translation>--api-url「%1」はURLではありません。例: https://ghe.example.com/api/v3</translation>
    </message>
    <message>
        <source>Delete a deployment (GitHub deletes inactive ones only).</source>
        <translation>デプロイを削除します(GitHubが削除するのは非アクティブなものだけです)。</translation>
    </message>
    <message>
        <source>Only an inactive deployment can be deleted: add --mark-inactive-first to mark it inactive, then delete it.</source>
        <translation>削除できるのは非アクティブなデプロイだけです。--mark-inactive-first を付けると、非アクティブにしてから削除します。</translation>
    </message>
    <message>
        <source>Write every deployment of a repository with its statuses (JSON or CSV).</source>
        <translation>リポジトリのすべてのデプロイをステータスとともに書き出します(JSONまたはCSV)。</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte order mark, which some spreadsheet programs need to read Korean and Japanese text.</source>
        <translation>--format csv と併用: UTF-8のバイトオーダーマーク(BOM)で始めます。一部の表計算ソフトは、これがないと韓国語や日本語を読めません。</translation>
    </message>
    <message>
        <source>Writes every deployment of a repository, newest first. JSON (the default) holds each deployment with every one of its statuses, newest first; CSV holds one row per deployment with its latest state (id, environment, ref, sha, task, creator, created_at, latest_state, latest_status_at, description).</source>
        <translation>リポジトリのすべてのデプロイを新しい順に書き出します。JSON(既定)には各デプロイとそのすべてのステータスが新しい順に入り、CSVにはデプロイごとに最新の状態とともに1行が入ります(id、environment、ref、sha、task、creator、created_at、latest_state、latest_status_at、description)。</translation>
    </message>
    <message>
        <source>--bom is for --format csv only.</source>
        <translation>--bom は --format csv でのみ使えます。</translation>
    </message>
    <message>
        <source>Mark a deployment inactive.</source>
        <translation>デプロイを非アクティブにします。</translation>
    </message>
    <message>
        <source>Marks a deployment inactive and prints &quot;#ID inactive (environment)&quot;.</source>
        <translation>デプロイを非アクティブにし、「#ID inactive (environment)」を出力します。</translation>
    </message>
    <message>
        <source>Print the status GitHub created as JSON instead of one line.</source>
        <translation>1行の代わりに、GitHubが作成したステータスをJSONで出力します。</translation>
    </message>
    <message>
        <source>Post a deployment status (success, failure, in_progress, ...).</source>
        <translation>デプロイのステータスを投稿します(success、failure、in_progressなど)。</translation>
    </message>
    <message>
        <source>The deployment&apos;s log (http or https).</source>
        <translation>デプロイのログ(httpまたはhttps)。</translation>
    </message>
    <message>
        <source>The deployed environment&apos;s address (http or https).</source>
        <translation>デプロイされた環境のアドレス(httpまたはhttps)。</translation>
    </message>
    <message>
        <source>Creates a deployment status and prints &quot;#ID state (environment)&quot;.</source>
        <translation>デプロイのステータスを作成し、「#ID state (environment)」を出力します。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http or https address.</source>
        <extracomment>%1 is the option (--log-url), %2 the value given</extracomment>
        <translation>%1「%2」はhttpまたはhttpsのアドレスではありません。</translation>
    </message>
    <message>
        <source>Follow a repository&apos;s deployments: one line per state change, until interrupted.</source>
        <translation>リポジトリのデプロイを追跡します。中断するまで、状態が変わるたびに1行出力します。</translation>
    </message>
    <message>
        <source>Only this deployment.</source>
        <translation>このデプロイのみ。</translation>
    </message>
    <message>
        <source>One JSON object per line instead of text.</source>
        <translation>テキストの代わりに1行に1つのJSONオブジェクト。</translation>
    </message>
    <message>
        <source>Stop when the newest deployment watched reaches a final state; the exit code says which: 0 success, 3 failure or error, 4 inactive.</source>
        <translation>追跡中の最新のデプロイが最終状態になったら終了します。終了コードで結果がわかります: 0 success、3 failureまたはerror、4 inactive。</translation>
    </message>
    <message>
        <source>Seconds between checks (default 10).</source>
        <translation>確認の間隔(秒、既定は10)。</translation>
    </message>
    <message>
        <source>Prints where the newest deployment of each environment stands, then a line &quot;#ID environment state ref: description&quot; each time a deployment&apos;s state changes or a deployment appears, until interrupted. Unchanged answers cost no rate limit (ETags).</source>
        <translation>各環境の最新のデプロイの状態を出力し、その後は中断するまで、デプロイの状態が変わるか新しいデプロイが現れるたびに「#ID environment state ref: description」を1行出力します。変化のない応答はレート制限に数えられません(ETag)。</translation>
    </message>
    <message>
        <source>--interval needs a number of seconds from 0.1 to 86400, not &quot;%1&quot;.</source>
        <extracomment>%1 is the value given</extracomment>
        <translation>--interval には0.1から86400までの秒数を指定してください(「%1」は使えません)。</translation>
    </message>
    <message>
        <source>Marks inactive or deletes old deployments by rules, after a dry run</source>
        <translation>ルールに従って古いデプロイを非アクティブにするか削除します (先にドライラン)</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in this PEM file (a test CA, an Enterprise host&apos;s own CA).</source>
        <translation>この PEM ファイルの認証局も信頼します (テスト用 CA、Enterprise ホスト独自の CA)。</translation>
    </message>
    <message>
        <source>Use --repo or --watched, not both.</source>
        <translation>--repoと--watchedのどちらか一方を使ってください。</translation>
    </message>
    <message>
        <source>The Overview watches no repository on %1.</source>
        <extracomment>%1 the API root</extracomment>
        <translation>概要は%1のリポジトリを何もウォッチしていません。</translation>
    </message>
    <message>
        <source>The watched repositories on this host are read by several accounts (%1): name them with --repo.</source>
        <extracomment>%1 the accounts</extracomment>
        <translation>このホストでウォッチしているリポジトリは複数のアカウント(%1)で読み込まれています: --repoで指定してください。</translation>
    </message>
    <message>
        <source>--repo OWNER/REPO (or --watched) is required.</source>
        <translation>--repo OWNER/REPO(または--watched)が必要です。</translation>
    </message>
    <message>
        <source>Plans a cleanup of the deployments of one repository or several (each --repo, or --watched) by rules and prints it (the dry run); with --yes, applies it, paced under GitHub&apos;s limits for writes. Exit code 0 when everything planned was done or skipped for a reason, 1 when a write failed.</source>
        <translation>ルールに従って1つまたは複数のリポジトリ(各--repo、または--watched)のデプロイメントの整理を計画して表示します(ドライラン)。--yesを付けると、GitHubの書き込み制限を超えない速さで適用します。終了コードは、計画したものがすべて完了したか理由があってスキップされたとき0、書き込みが失敗したとき1です。</translation>
    </message>
    <message>
        <source>Read the statuses over REST only: GitHub&apos;s objects exactly as sent, performed_via_github_app included, at one request per deployment. By default they come over GraphQL, 100 deployments a request.</source>
        <translation>ステータスを REST だけで読み込みます: GitHub が送ったとおりのオブジェクト (performed_via_github_app を含む) を、デプロイごとに 1 リクエストで読み込みます。既定では GraphQL で、1 リクエストあたり 100 件のデプロイを読み込みます。</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 (no longer there)</source>
        <translation>#%1(すでに存在しません)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4</source>
        <extracomment>One deployment in a confirmation: #id · environment · ref · short SHA</extracomment>
        <translation>#%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Mark Inactive and Delete</source>
        <translation>非アクティブにして削除</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive and delete them?</source>
        <translation>
            <numerusform>%n件のデプロイメントを非アクティブにして削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deployments</source>
        <translation>デプロイメントの削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s)?</source>
        <translation>
            <numerusform>%n件のデプロイメントを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>%1

This cannot be undone: GitHub keeps no copy of a deleted deployment or its statuses.</source>
        <translation>%1

この操作は元に戻せません。GitHubは削除されたデプロイメントとそのステータスのコピーを保持しません。</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>非アクティブにする</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive?</source>
        <translation>
            <numerusform>%n件のデプロイメントを非アクティブにしますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 is the live deployment of %2: %2 will have no live deployment.</source>
        <translation>#%1は%2の稼働中のデプロイメントです。%2には稼働中のデプロイメントがなくなります。</translation>
    </message>
    <message>
        <source>#%1 is in the transient environment %2: it will show as destroyed.</source>
        <translation>#%1は一時的な環境%2にあります。破棄済みと表示されます。</translation>
    </message>
    <message>
        <source>#%1 is the live deployment of %2.</source>
        <translation>#%1は%2の稼働中のデプロイメントです。</translation>
    </message>
    <message>
        <source>%1

An inactive deployment is no longer shown as live in its environment.</source>
        <translation>%1

非アクティブなデプロイメントは、その環境の稼働中として表示されなくなります。</translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>今後確認しない</translation>
    </message>
    <message>
        <source>Apply the Cleanup</source>
        <translation>クリーンアップの適用</translation>
    </message>
    <message>
        <source>Apply this cleanup to %1?</source>
        <extracomment>%1 the repository, owner/name</extracomment>
        <translation>%1にこのクリーンアップを適用しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n deployment(s) inactive</source>
        <translation>
            <numerusform>デプロイメント%n件を非アクティブにする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (marked inactive first where needed)</source>
        <translation>
            <numerusform>デプロイメント%n件を削除(必要なら先に非アクティブにする)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n environment(s)</source>
        <translation>
            <numerusform>環境%n件を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) to GitHub, paced under its limits; each target is checked again just before it is written.</source>
        <extracomment>%n the number of writes to GitHub</extracomment>
        <translation>
            <numerusform>GitHubへの書き込み%n回。制限内にペースを抑え、各対象は書き込む直前にもう一度確認します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>This cannot be undone: GitHub keeps no copy of a deleted deployment or environment.</source>
        <translation>元に戻せません: GitHubは削除したデプロイメントや環境の控えを残しません。</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <extracomment>%1 the repository&apos;s name, owner/name</extracomment>
        <translation>確認のため%1と入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Apply this cleanup to %n repositories?</source>
        <extracomment>%n the number of repositories</extracomment>
        <translation>
            <numerusform>この整理を%n件のリポジトリに適用しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to mark inactive</source>
        <translation>
            <numerusform>非アクティブにする%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to delete</source>
        <translation>
            <numerusform>削除する%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) to delete</source>
        <translation>
            <numerusform>削除する環境%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>%1 a repository, %2 what happens there (&quot;3 to delete, 1 to mark inactive&quot;)</extracomment>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Type %1, the number of deletes in %n repositories, to confirm.</source>
        <extracomment>%1 the number of deployments and environments to delete, %n the repositories</extracomment>
        <translation>
            <numerusform>確認のため、%n件のリポジトリで削除する数%1を入力してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateStatusDialog</name>
    <message numerus="yes">
        <source>The description is %n character(s) longer than GitHub allows (%1).</source>
        <translation>
            <numerusform>説明がGitHubの上限(%1文字)より%n文字長くなっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The log URL must be a full web address starting with http:// or https://.</source>
        <translation>ログURLには、http://またはhttps://で始まる完全なWebアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The environment URL must be a full web address starting with http:// or https://.</source>
        <translation>環境URLには、http://またはhttps://で始まる完全なWebアドレスを指定してください。</translation>
    </message>
    <message>
        <source>No deployment is selected.</source>
        <translation>デプロイメントが選択されていません。</translation>
    </message>
    <message>
        <source>New Deployment Status</source>
        <translation>新しいデプロイメントのステータス</translation>
    </message>
    <message>
        <source>Deployment #%1 of %2 (%3) to %4</source>
        <extracomment>%1 deployment number, %2 ref, %3 short SHA, %4 environment</extracomment>
        <translation>%4への%2(%3)のデプロイメント#%1</translation>
    </message>
    <message>
        <source>No deployment selected</source>
        <translation>デプロイメント未選択</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Log URL:</source>
        <translation>ログURL(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Environment &amp;URL:</source>
        <translation>環境URL(&amp;U):</translation>
    </message>
    <message>
        <source>What happened, in a sentence</source>
        <translation>何が起きたかを一文で</translation>
    </message>
    <message>
        <source>https://ci.example.com/builds/1234</source>
        <translation>https://ci.example.com/builds/1234</translation>
    </message>
    <message>
        <source>Keep the deployment&apos;s environment</source>
        <translation>デプロイメントの環境を維持</translation>
    </message>
    <message>
        <source>Mark earlier deployments in this environment &amp;inactive</source>
        <translation>この環境の以前のデプロイメントを非アクティブにする(&amp;I)</translation>
    </message>
    <message>
        <source>GitHub&apos;s auto_inactive: a success status marks earlier non-production, non-transient deployments of the same environment inactive.</source>
        <translation>GitHubのauto_inactive: 成功ステータスを付けると、同じ環境の一時的でない非本番環境の以前のデプロイメントが非アクティブになります。</translation>
    </message>
    <message>
        <source>&amp;Post Status</source>
        <translation>ステータスを作成(&amp;P)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>description length counter, e.g. &quot;12/140&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The status is being posted.</source>
        <translation>ステータスを作成しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) too long: GitHub keeps at most %1.</source>
        <translation>
            <numerusform>%n文字超過: GitHubに保存されるのは最大%1文字です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a full address starting with http:// or https://.</source>
        <translation>http://またはhttps://で始まる完全なアドレスを入力してください。</translation>
    </message>
    <message>
        <source>GitHub refused the status. See the messages next to the fields.</source>
        <translation>GitHubがステータスを拒否しました。各フィールドの横のメッセージを確認してください。</translation>
    </message>
    <message>
        <source>GitHub refused the status: %1</source>
        <translation>GitHubがステータスを拒否しました: %1</translation>
    </message>
    <message>
        <source>Only a success status marks earlier deployments inactive.</source>
        <translation>以前のデプロイメントを非アクティブにするのは成功ステータスだけです。</translation>
    </message>
    <message>
        <source>Earlier deployments stay as they are.</source>
        <translation>以前のデプロイメントはそのままです。</translation>
    </message>
    <message>
        <source>No earlier deployment in %1 would be marked inactive.</source>
        <translation>%1で非アクティブになる以前のデプロイメントはありません。</translation>
    </message>
    <message>
        <source>#%1 (%2, %3)</source>
        <extracomment>one deployment in a list: %1 number, %2 ref, %3 short SHA</extracomment>
        <translation>#%1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marks %n deployment(s) inactive: %1</source>
        <translation>
            <numerusform>%n件のデプロイメントを非アクティブにします: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>A success marks earlier non-production deployments in %1 inactive.</source>
        <translation>成功ステータスを付けると、%1の以前の非本番環境のデプロイメントが非アクティブになります。</translation>
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
        <translation>ユーザーが中止しました</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1をコピーしました</translation>
    </message>
    <message>
        <source>No repository is open.</source>
        <translation>リポジトリが開かれていません。</translation>
    </message>
    <message>
        <source>Select an inactive deployment to delete.</source>
        <translation>削除する非アクティブなデプロイメントを選択してください。</translation>
    </message>
    <message>
        <source>The deployment is no longer there.</source>
        <translation>デプロイメントはもう存在しません。</translation>
    </message>
    <message>
        <source>A status for #%1 is being posted.</source>
        <translation>#%1のステータスを投稿中です。</translation>
    </message>
    <message>
        <source>GitHub deletes only inactive deployments (or a repository&apos;s only deployment). Mark it inactive first, or use &quot;Mark Inactive and Delete&quot;.</source>
        <translation>GitHubが削除するのは非アクティブのデプロイメント(またはリポジトリの唯一のデプロイメント)だけです。先に非アクティブにするか、「非アクティブにして削除」を使用してください。</translation>
    </message>
    <message>
        <source>Wait until the current changes are written (%1 of %2), or stop them.</source>
        <translation>現在の変更の書き込み(%2件中%1件)が終わるまで待つか、中止してください。</translation>
    </message>
    <message>
        <source>Select the deployments to mark inactive</source>
        <translation>非アクティブにするデプロイメントを選択してください</translation>
    </message>
    <message>
        <source>The selected deployments are already inactive</source>
        <translation>選択したデプロイメントはすでに非アクティブです</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive (%1)</source>
        <translation>
            <numerusform>選択した%n件のデプロイメントを非アクティブにする(%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n selected deployment(s)…</source>
        <translation>
            <numerusform>選択した%n件のデプロイメントを削除…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n selected deployment(s) inactive, then delete them…</source>
        <translation>
            <numerusform>選択した%n件のデプロイメントを非アクティブにしてから削除…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until the current changes are written.</source>
        <translation>現在の変更が書き込まれるまでお待ちください。</translation>
    </message>
    <message>
        <source>New &amp;Deployment…</source>
        <translation>新しいデプロイメント(&amp;D)…</translation>
    </message>
    <message>
        <source>New Deployment</source>
        <translation>新しいデプロイメント</translation>
    </message>
    <message>
        <source>New &amp;Status…</source>
        <translation>新しいステータス(&amp;S)…</translation>
    </message>
    <message>
        <source>New Status</source>
        <translation>新しいステータス</translation>
    </message>
    <message>
        <source>Mark &amp;Inactive</source>
        <translation>非アクティブにする(&amp;I)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Mark Inactive and Delete…</source>
        <translation>非アクティブにして削除…</translation>
    </message>
    <message>
        <source>Stop Writing</source>
        <translation>書き込みを中止</translation>
    </message>
    <message>
        <source>Stop after the write in progress; the rest are left as they are</source>
        <translation>実行中の書き込みの後で中止します。残りはそのままです</translation>
    </message>
    <message>
        <source>Copy &amp;SHA</source>
        <translation>SHAをコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy Deployment &amp;URL</source>
        <translation>デプロイメントのURLをコピー(&amp;U)</translation>
    </message>
    <message>
        <source>This account can read the repository but not write to it.</source>
        <translation>このアカウントはリポジトリを読めますが、書き込みはできません。</translation>
    </message>
</context>
<context>
    <name>DeploymentModel</name>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>最終ステータス</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>The built-in GitHub emulator could not start.</source>
        <translation>内蔵のGitHubエミュレーターを起動できませんでした。</translation>
    </message>
    <message>
        <source>You can read %1 but not push to it, so DeployDeck cannot write deployments or statuses there.</source>
        <translation>%1は読み取れますがプッシュできないため、DeployDeckはそこにデプロイメントやデプロイメントのステータスを書き込めません。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>アカウント%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last opened as %2 on %3, but DeployDeck has no token for that account now, so it opened with the current account. %4</source>
        <translation>%1は前回%3の%2として開きましたが、現在DeployDeckにはそのアカウントのトークンがないため、現在のアカウントで開きました。%4</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Deployment error in %1</source>
        <translation>%1 でデプロイメントのエラー</translation>
    </message>
    <message>
        <source>Deployment failed in %1</source>
        <translation>%1 でデプロイメントが失敗しました</translation>
    </message>
    <message>
        <source>Deployed to %1</source>
        <translation>%1 にデプロイしました</translation>
    </message>
    <message numerus="yes">
        <source>Deployment to %1 still %2 after %n minute(s)</source>
        <translation>
            <numerusform>%1 へのデプロイメントが %n 分たっても%2のままです</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployment in %1 marked inactive</source>
        <translation>%1 のデプロイメントが非アクティブにされました</translation>
    </message>
    <message>
        <source>Status by %1</source>
        <translation>ステータスの作成者: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>View log</source>
        <translation>ログを表示</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a deployment to see its details.</source>
        <translation>デプロイメントを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>非アクティブにする</translation>
    </message>
    <message>
        <source>Post an inactive status for this deployment</source>
        <translation>このデプロイメントに非アクティブのステータスを作成</translation>
    </message>
    <message>
        <source>New Status…</source>
        <translation>新しいステータス…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the full commit SHA</source>
        <translation>コミットSHA全体をコピー</translation>
    </message>
    <message>
        <source>Copy the URL</source>
        <translation>URLをコピー</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Ref:</source>
        <translation>ref:</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>コミット:</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>タスク:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>Environment URL:</source>
        <translation>環境URL:</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>ステータス履歴</translation>
    </message>
    <message>
        <source>No statuses yet.</source>
        <translation>ステータスはまだありません。</translation>
    </message>
    <message>
        <source>Statuses are not loaded yet.</source>
        <translation>ステータスはまだ読み込まれていません。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>Details pane title: %1 ref, %2 environment</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (保存中…)</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>現在稼働中</translation>
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
        <translation>本番環境</translation>
    </message>
    <message>
        <source>Transient</source>
        <translation>一時的</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>永続的</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>ペイロードなし</translation>
    </message>
    <message>
        <source>Mark the deployment inactive before deleting it</source>
        <translation>削除する前にデプロイメントを非アクティブにしてください</translation>
    </message>
    <message>
        <source>States:</source>
        <extracomment>Details pane with several deployments selected: how many have each state</extracomment>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Environments:</source>
        <extracomment>Details pane with several deployments selected: how many are in each environment</extracomment>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <extracomment>Details pane with several deployments selected: which ones they are</extracomment>
        <translation>デプロイメント:</translation>
    </message>
    <message>
        <source>#%1  %2 → %3</source>
        <extracomment>Details pane, several deployments, one line each: %1 id, %2 ref, %3 environment</extracomment>
        <translation>#%1  %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) selected</source>
        <translation>
            <numerusform>%n件のデプロイメントを選択中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live now</source>
        <translation>
            <numerusform>現在稼働中%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inactive</source>
        <translation>
            <numerusform>非アクティブ%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes need a repository opened with a connection to GitHub</source>
        <translation>変更するにはGitHubに接続したリポジトリを開く必要があります</translation>
    </message>
    <message numerus="yes">
        <source>Post an inactive status for the %n selected deployment(s)</source>
        <translation>
            <numerusform>選択した%n件のデプロイメントに非アクティブのステータスを作成</numerusform>
        </translation>
    </message>
    <message>
        <source>A status is being posted right now</source>
        <translation>現在ステータスを作成中です</translation>
    </message>
    <message>
        <source>The deployment is already inactive</source>
        <translation>デプロイメントはすでに非アクティブです</translation>
    </message>
    <message>
        <source>The selected deployments are already inactive</source>
        <translation>選択したデプロイメントはすでに非アクティブです</translation>
    </message>
    <message>
        <source>Select one deployment to post a status</source>
        <translation>ステータスを作成するデプロイメントを1件だけ選択してください</translation>
    </message>
    <message>
        <source>Post a new status for this deployment</source>
        <translation>このデプロイメントに新しいステータスを作成</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deployment(s) (asks first)</source>
        <translation>
            <numerusform>%n件のデプロイメントを削除(事前に確認)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected deployments are not inactive; mark them inactive before deleting them</source>
        <translation>
            <numerusform>選択したデプロイメントのうち%n件が非アクティブではありません。削除する前に非アクティブにしてください</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceFlow</name>
    <message>
        <source>Browser sign-in is not set up for this host: no OAuth app client ID is configured.</source>
        <translation>このホストではブラウザーでのサインインが設定されていません。OAuth アプリのクライアント ID が構成されていません。</translation>
    </message>
    <message>
        <source>GitHub did not answer in time.</source>
        <translation>GitHubから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Could not reach GitHub: %1</source>
        <translation>GitHub に接続できません: %1</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (HTTP %1).</source>
        <translation>GitHub から DeployDeck が理解できない応答が返されました (HTTP %1)。</translation>
    </message>
    <message>
        <source>GitHub refused browser sign-in: %1</source>
        <extracomment>%1 is GitHub&apos;s own (English) reason</extracomment>
        <translation>GitHub がブラウザーでのサインインを拒否しました: %1</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (no device code).</source>
        <translation>GitHub から DeployDeck が理解できない応答が返されました (デバイスコードなし)。</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was entered. Start again for a new code.</source>
        <translation>サインインコードが入力される前に期限切れになりました。もう一度開始して新しいコードを取得してください。</translation>
    </message>
    <message>
        <source>Sign-in was cancelled on GitHub.</source>
        <translation>GitHub でサインインがキャンセルされました。</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand (no token).</source>
        <translation>GitHub から DeployDeck が理解できない応答が返されました (トークンなし)。</translation>
    </message>
</context>
<context>
    <name>EnvironmentDelegate</name>
    <message>
        <source>No live deployment</source>
        <translation>稼働中のデプロイメントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>デプロイメント%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest state: %1</source>
        <translation>最新の状態: %1</translation>
    </message>
    <message>
        <source>Live since %1</source>
        <translation>%1から稼働中</translation>
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
            <numerusform>%1: 稼働中のデプロイメントなし、デプロイメント%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (%3) by %4, %5</source>
        <extracomment>%1 environment, %2 ref, %3 short SHA, %4 who, %5 since when</extracomment>
        <translation>%1: %2 (%3)、作成者 %4、%5</translation>
    </message>
</context>
<context>
    <name>EnvironmentPanel</name>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Click an environment to select its live deployment in the timeline and the table</source>
        <translation>環境をクリックすると、タイムラインと表でその稼働中のデプロイメントを選択します</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All Environments</source>
        <translation>すべての環境</translation>
    </message>
    <message>
        <source>Other States</source>
        <translation>その他の状態</translation>
    </message>
    <message>
        <source>All States</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Filter by ref, SHA, person, description</source>
        <translation>ref、SHA、ユーザー、説明で絞り込み</translation>
    </message>
    <message>
        <source>Show only deployments in these states</source>
        <translation>これらの状態のデプロイメントのみ表示</translation>
    </message>
    <message numerus="yes">
        <source>%n state(s)</source>
        <translation>
            <numerusform>%n個の状態</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormError</name>
    <message>
        <source>GitHub says: %1</source>
        <extracomment>%1 is GitHub&apos;s own (English) message about one field</extracomment>
        <translation>GitHubのメッセージ: %1</translation>
    </message>
    <message>
        <source>GitHub needs this field.</source>
        <translation>この項目はGitHubで必須です。</translation>
    </message>
    <message>
        <source>GitHub says this value is not valid.</source>
        <translation>GitHubによると、この値は無効です。</translation>
    </message>
    <message>
        <source>GitHub cannot find what this refers to.</source>
        <translation>この値が指すものがGitHubで見つかりません。</translation>
    </message>
    <message>
        <source>GitHub says this already exists.</source>
        <translation>GitHubによると、これはすでに存在します。</translation>
    </message>
    <message>
        <source>GitHub refused this value (%1).</source>
        <extracomment>%1 is GitHub&apos;s error code, e.g. &quot;unprocessable&quot;</extracomment>
        <translation>GitHubがこの値を拒否しました(%1)。</translation>
    </message>
</context>
<context>
    <name>GhCliToken</name>
    <message numerus="yes">
        <source>GitHub CLI (gh) did not answer within %n second(s).</source>
        <translation>
            <numerusform>GitHub CLI (gh) が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not installed or not on PATH.</source>
        <translation>GitHub CLI (gh) がインストールされていないか、PATH にありません。</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) stopped unexpectedly.</source>
        <translation>GitHub CLI (gh) が予期せず停止しました。</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not signed in to %1.</source>
        <translation>GitHub CLI (gh) は %1 にサインインしていません。</translation>
    </message>
    <message>
        <source>GitHub CLI (gh) is not signed in to %1 (gh says: %2).</source>
        <translation>GitHub CLI (gh) は %1 にサインインしていません (gh のメッセージ: %2)。</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>APIアドレス「%1」は有効なURLではありません。</translation>
    </message>
    <message>
        <source>Refusing to send the token over unencrypted http to %1. Use https, or allow insecure http explicitly.</source>
        <translation>暗号化されていないhttpで%1にトークンを送信することはできません。httpsを使用するか、安全でないhttpを明示的に許可してください。</translation>
    </message>
    <message>
        <source>The API address must start with https:// (got &quot;%1&quot;).</source>
        <translation>APIアドレスはhttps://で始まる必要があります(指定値:「%1」)。</translation>
    </message>
    <message>
        <source>%1 (certificate subject: %2; issuer: %3)</source>
        <extracomment>%1 is Qt&apos;s reason (e.g. &quot;The issuer certificate of a locally looked up certificate could not be found&quot;), %2 and %3 the certificate&apos;s subject and issuer</extracomment>
        <translation>%1 (証明書のサブジェクト: %2、発行者: %3)</translation>
    </message>
    <message>
        <source>Could not read the CA bundle %1: %2</source>
        <translation>CA バンドル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA バンドル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB; DeployDeck stopped reading it.</source>
        <extracomment>%1 is the limit in MiB (32)</extracomment>
        <translation>サーバーの応答が%1 MiBを超えたため、DeployDeckは読み込みを中止しました。</translation>
    </message>
    <message>
        <source>The server&apos;s list of pages loops back to a page already read; DeployDeck stopped there.</source>
        <translation>サーバーのページ一覧が読み込み済みのページに戻ったため、DeployDeckはそこで中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>The list has more than %n page(s); DeployDeck stopped there.</source>
        <translation>
            <numerusform>一覧が%nページを超えたため、DeployDeckはそこで中止しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitHubError</name>
    <message>
        <source>Could not reach GitHub.</source>
        <translation>GitHubに接続できませんでした。</translation>
    </message>
    <message>
        <source>GitHub did not answer in time.</source>
        <translation>GitHubから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>GitHub did not accept the token. Check that it is valid and not expired.</source>
        <translation>GitHubがトークンを受け付けませんでした。トークンが有効で、期限切れでないことを確認してください。</translation>
    </message>
    <message>
        <source>The token is not allowed to do this (it may lack the repo_deployment scope or write access).</source>
        <translation>このトークンにはこの操作の権限がありません(repo_deploymentスコープまたは書き込みアクセス権がない可能性があります)。</translation>
    </message>
    <message>
        <source>Not found: the repository or deployment does not exist, or the token cannot see it.</source>
        <translation>見つかりません: リポジトリまたはデプロイメントが存在しないか、このトークンでは参照できません。</translation>
    </message>
    <message>
        <source>GitHub reported a conflict.</source>
        <translation>GitHubが競合を報告しました。</translation>
    </message>
    <message>
        <source>GitHub refused the request.</source>
        <translation>GitHubがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached; it can be used again at %1.</source>
        <translation>GitHubのレート制限に達しました。%1に再び使用できます。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit is reached. Try again later.</source>
        <translation>GitHubのレート制限に達しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>GitHub had a server error (HTTP %1). Try again later.</source>
        <translation>GitHubでサーバーエラーが発生しました(HTTP %1)。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>GitHub sent an answer DeployDeck does not understand.</source>
        <translation>GitHubから、DeployDeckが解釈できない応答が返されました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 GitHub says: %2</source>
        <extracomment>%1 is the translated sentence, %2 GitHub&apos;s own (English) message</extracomment>
        <translation>%1 GitHubのメッセージ: %2</translation>
    </message>
    <message>
        <source>The secure connection to GitHub failed: %1</source>
        <translation>GitHub とのセキュリティで保護された接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>The organisation requires SAML single sign-on authorisation for this token.</source>
        <translation>この Organization では、このトークンに SAML シングルサインオンの承認が必要です。</translation>
    </message>
    <message>
        <source>The organisation requires SAML single sign-on authorisation for this token. Authorise it at %1</source>
        <translation>この Organization では、このトークンに SAML シングルサインオンの承認が必要です。次で承認してください: %1</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Start on the built-in GitHub emulator with demo data (no token, no network).</source>
        <translation>デモデータ入りの内蔵GitHubエミュレーターで起動します(トークンもネットワークも不要)。</translation>
    </message>
    <message>
        <source>The GitHub API root, e.g. https://ghe.example.com/api/v3 for GitHub Enterprise Server. Default: https://api.github.com</source>
        <translation>GitHub APIのルート。例: GitHub Enterprise Serverではhttps://ghe.example.com/api/v3。既定: https://api.github.com</translation>
    </message>
    <message>
        <source>The repository to open, as owner/name.</source>
        <translation>開くリポジトリ(オーナー/名前の形式)。</translation>
    </message>
    <message>
        <source>With --demo: a new deployment appears every this many seconds (0: never). Default: 20.</source>
        <translation>--demoと併用: 指定した秒数ごとに新しいデプロイメントが現れます(0: なし)。既定: 20。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL. Use for example https://ghe.example.com/api/v3.</source>
        <translation>「%1」はURLではありません。例: https://ghe.example.com/api/v3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository. Use owner/name, for example octocat/hello-world.</source>
        <translation>「%1」はリポジトリではありません。オーナー/名前の形式で指定してください(例: octocat/hello-world)。</translation>
    </message>
    <message>
        <source>--live needs a number of seconds (0 or more), not &quot;%1&quot;.</source>
        <translation>--liveには「%1」ではなく秒数(0以上)を指定してください。</translation>
    </message>
    <message>
        <source>A desktop dashboard for GitHub Deployments. The token comes from GH_TOKEN or GITHUB_TOKEN, the system keyring (File &gt; Accounts…), or GitHub CLI&apos;s sign-in.</source>
        <translation>GitHubのデプロイメントのためのデスクトップダッシュボードです。トークンはGH_TOKENまたはGITHUB_TOKEN、システムキーリング(ファイル &gt; アカウント…)、またはGitHub CLIのサインインから取得します。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DeployDeck will ask again before marking deployments inactive.</source>
        <translation>DeployDeckはデプロイメントを非アクティブにする前に再び確認します。</translation>
    </message>
    <message>
        <source>About DeployDeck</source>
        <translation>DeployDeckについて</translation>
    </message>
    <message>
        <source>DeployDeck %1
A desktop dashboard for GitHub Deployments.</source>
        <translation>DeployDeck %1
GitHubのデプロイメントのためのデスクトップダッシュボードです。</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1をコピーしました</translation>
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
        <translation>リポジトリ:</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>フィルター (%1)</translation>
    </message>
    <message>
        <source>No deployment matches the filters.</source>
        <translation>フィルターに一致するデプロイメントはありません。</translation>
    </message>
    <message>
        <source>Add Repository</source>
        <translation>リポジトリを追加</translation>
    </message>
    <message>
        <source>Repository (owner/name):</source>
        <translation>リポジトリ(オーナー/名前):</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name. Use the form owner/name, for example octocat/hello-world.</source>
        <translation>「%1」はリポジトリ名ではありません。オーナー/名前の形式で指定してください(例: octocat/hello-world)。</translation>
    </message>
    <message>
        <source>The live deployment of %1 is hidden by the filters.</source>
        <translation>%1の稼働中のデプロイメントはフィルターで非表示になっています。</translation>
    </message>
    <message>
        <source>The organisation that owns %1 requires SAML single sign-on authorisation for this token. Authorise it on GitHub, then refresh.</source>
        <translation>%1のオーナーであるOrganizationでは、このトークンにSAMLシングルサインオンの承認が必要です。GitHubで承認してから更新してください。</translation>
    </message>
    <message>
        <source>Authorise…</source>
        <translation>承認…</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>NewDeploymentDialog</name>
    <message>
        <source>Not valid JSON at line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON error (&quot;missing comma&quot;)</extracomment>
        <translation>%1行%2列のJSONが正しくありません: %3</translation>
    </message>
    <message>
        <source>The payload must be a JSON object, like {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>ペイロードは{&quot;key&quot;: &quot;value&quot;}のようなJSONオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Enter the branch, tag or commit SHA to deploy.</source>
        <translation>デプロイするブランチ、タグ、またはコミットSHAを入力してください。</translation>
    </message>
    <message>
        <source>A ref cannot contain spaces.</source>
        <translation>refに空白は使用できません。</translation>
    </message>
    <message>
        <source>Name at least one check, or choose another option.</source>
        <translation>チェックを1つ以上指定するか、別のオプションを選択してください。</translation>
    </message>
    <message>
        <source>New Deployment</source>
        <translation>新しいデプロイメント</translation>
    </message>
    <message>
        <source>Create a deployment</source>
        <translation>デプロイメントを作成</translation>
    </message>
    <message>
        <source>Create a deployment in %1</source>
        <translation>%1にデプロイメントを作成</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>ref(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>タスク(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Payload:</source>
        <translation>ペイロード(&amp;P):</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Required checks:</source>
        <translation>必須チェック:</translation>
    </message>
    <message>
        <source>Branch, tag or commit SHA</source>
        <translation>ブランチ、タグ、またはコミットSHA</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>Optional JSON object passed to your deployment tool</source>
        <translation>デプロイツールに渡すJSONオブジェクト(省略可能)</translation>
    </message>
    <message>
        <source>Production environment (people use it)</source>
        <translation>本番環境(ユーザーが使用)</translation>
    </message>
    <message>
        <source>Transient environment (goes away when it is inactive)</source>
        <translation>一時的な環境(非アクティブになると消える)</translation>
    </message>
    <message>
        <source>Merge the default branch into the ref first</source>
        <translation>先にデフォルトブランチをrefにマージする</translation>
    </message>
    <message>
        <source>GitHub&apos;s auto_merge: if the ref is behind the default branch, GitHub merges it instead of creating the deployment.</source>
        <translation>GitHubのauto_merge: refがデフォルトブランチより遅れている場合、GitHubはデプロイメントを作成する代わりにマージします。</translation>
    </message>
    <message>
        <source>All of the repository&apos;s checks must pass</source>
        <translation>リポジトリのすべてのチェックに合格する必要がある</translation>
    </message>
    <message>
        <source>Skip checks</source>
        <translation>チェックをスキップ</translation>
    </message>
    <message>
        <source>Only these:</source>
        <translation>次のチェックのみ:</translation>
    </message>
    <message>
        <source>ci/build, ci/test</source>
        <translation>ci/build, ci/test</translation>
    </message>
    <message>
        <source>&amp;Create Deployment</source>
        <translation>デプロイメントを作成(&amp;C)</translation>
    </message>
    <message>
        <source>The deployment is being created.</source>
        <translation>デプロイメントを作成しています。</translation>
    </message>
    <message>
        <source>Checks failed: GitHub did not create the deployment because the checks of %1 have not all passed. Wait for them or fix them, or choose &quot;Skip checks&quot; to deploy anyway.</source>
        <translation>チェック失敗: %1のチェックがすべて合格していないため、GitHubはデプロイメントを作成しませんでした。チェックの完了を待つか修正してください。それでもデプロイする場合は「チェックをスキップ」を選択してください。</translation>
    </message>
    <message>
        <source>GitHub could not merge the default branch into %1 (a merge conflict), so it did not create the deployment. Resolve the conflict, or turn off &quot;Merge the default branch into the ref first&quot;.</source>
        <translation>GitHubはデフォルトブランチを%1にマージできなかったため(マージの競合)、デプロイメントを作成しませんでした。競合を解決するか、「先にデフォルトブランチをrefにマージする」をオフにしてください。</translation>
    </message>
    <message>
        <source>GitHub says: %1</source>
        <translation>GitHubのメッセージ: %1</translation>
    </message>
    <message>
        <source>GitHub refused the deployment. See the messages next to the fields.</source>
        <translation>GitHubがデプロイメントを拒否しました。各フィールドの横のメッセージを確認してください。</translation>
    </message>
    <message>
        <source>GitHub refused the deployment: %1</source>
        <translation>GitHubがデプロイメントを拒否しました: %1</translation>
    </message>
    <message>
        <source>GitHub merged the default branch into %1 instead of creating a deployment, because %1 was behind it. Nothing was deployed. Once the merge commit has passed its checks, create the deployment again.</source>
        <translation>%1がデフォルトブランチより遅れていたため、GitHubはデプロイメントを作成する代わりにデフォルトブランチを%1にマージしました。何もデプロイされていません。マージコミットがチェックに合格したら、もう一度デプロイメントを作成してください。</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>DeployDeck tells you when a deployment of a watched repository needs you. The repository open in the window is always watched.</source>
        <translation>監視中のリポジトリのデプロイメントに対応が必要になると DeployDeck が知らせます。ウィンドウで開いているリポジトリは常に監視されます。</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <source>Notify when:</source>
        <translation>通知する場合:</translation>
    </message>
    <message>
        <source>It &amp;fails (failure or error)</source>
        <translation>失敗したとき(failure または error)(&amp;F)</translation>
    </message>
    <message>
        <source>It &amp;succeeds</source>
        <translation>成功したとき(&amp;S)</translation>
    </message>
    <message>
        <source>It stays &amp;queued or in progress for more than</source>
        <translation>キュー済みまたは進行中のままの時間が次を超えたとき(&amp;Q)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Someone else marks it &amp;inactive</source>
        <translation>他の人が非アクティブにしたとき(&amp;I)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>既定値に戻す(&amp;D)</translation>
    </message>
    <message>
        <source>No repository is watched yet: open one in the window.</source>
        <translation>監視中のリポジトリはまだありません。ウィンドウでリポジトリを開いてください。</translation>
    </message>
    <message>
        <source>&amp;Keep DeployDeck running in the tray when the window is closed</source>
        <translation>ウィンドウを閉じても DeployDeck をトレイで実行し続ける(&amp;K)</translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation>%1(本番環境)</translation>
    </message>
    <message>
        <source>Set for this environment.</source>
        <translation>この環境用に設定済み。</translation>
    </message>
    <message>
        <source>Defaults for a production environment.</source>
        <translation>本番環境の既定値。</translation>
    </message>
    <message>
        <source>Defaults: nothing notifies outside production.</source>
        <translation>既定値: 本番環境以外では通知しません。</translation>
    </message>
</context>
<context>
    <name>NotificationTray</name>
    <message>
        <source>&amp;Open DeployDeck</source>
        <translation>DeployDeck を開く(&amp;O)</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>概要(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb</source>
        <translation>おやすみモード(&amp;D)</translation>
    </message>
    <message>
        <source>For 1 &amp;Hour</source>
        <translation>1 時間(&amp;H)</translation>
    </message>
    <message>
        <source>Until &amp;Tomorrow Morning</source>
        <translation>明日の朝まで(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;ff</source>
        <translation>オフ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Notification Settings…</source>
        <translation>通知の設定(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit DeployDeck</source>
        <translation>DeployDeck を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>No deployments watched yet</source>
        <translation>監視中のデプロイメントはまだありません</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s) failing; %1 in %2</source>
        <translation>
            <numerusform>%n 個の環境が失敗中: %1 の %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Worst state: %1 (%2 in %3)</source>
        <translation>最も悪い状態: %1(%2 の %3)</translation>
    </message>
    <message>
        <source>Do not disturb until %1: notifications are not shown</source>
        <translation>%1 までおやすみモード: 通知は表示されません</translation>
    </message>
    <message>
        <source>&amp;Do Not Disturb (until %1)</source>
        <translation>おやすみモード(&amp;D)(%1 まで)</translation>
    </message>
</context>
<context>
    <name>OverviewWindow</name>
    <message>
        <source>Overview — DeployDeck</source>
        <translation>概要 — DeployDeck</translation>
    </message>
    <message>
        <source>&amp;Watch Repository…</source>
        <translation>リポジトリを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Add a repository to the Overview</source>
        <translation>概要にリポジトリを追加します</translation>
    </message>
    <message>
        <source>&amp;Stop Watching</source>
        <translation>監視を解除(&amp;S)</translation>
    </message>
    <message>
        <source>Take the selected repository off the Overview (nothing changes on GitHub)</source>
        <translation>選択したリポジトリを概要から外します (GitHub では何も変わりません)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Check every watched repository now</source>
        <translation>監視中のすべてのリポジトリを今すぐ確認します</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Back to the repository&apos;s timeline</source>
        <translation>リポジトリのタイムラインに戻ります</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>オーナー(&amp;O):</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>リポジトリを絞り込む</translation>
    </message>
    <message>
        <source>Environments, e.g. prod*</source>
        <translation>環境 (例: prod*)</translation>
    </message>
    <message>
        <source>&amp;Group rare environments</source>
        <translation>まれな環境をまとめる(&amp;G)</translation>
    </message>
    <message>
        <source>Environments only one repository has go to one &quot;Others&quot; column</source>
        <translation>リポジトリ 1 つだけにある環境は「その他」列にまとめます</translation>
    </message>
    <message>
        <source>The Overview shows every repository you watch on one board: what is live in each environment, failed attempts, and staging ahead of production.
No repository is watched yet.</source>
        <translation>概要には監視中のすべてのリポジトリが 1 つのボードに表示されます: 各環境で稼働中のデプロイ、失敗した試行、本番より先行しているステージング。
まだ監視中のリポジトリはありません。</translation>
    </message>
    <message>
        <source>&amp;Watch a Repository…</source>
        <translation>リポジトリを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべてのオーナー</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories watched</source>
        <translation>
            <numerusform>%n 件のリポジトリを監視中</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>Paused until %1: the rate limit is nearly spent</source>
        <translation>%1 まで一時停止: レート制限をほぼ使い切りました</translation>
    </message>
    <message>
        <source>Checking less often: under a fifth of the rate limit is left</source>
        <translation>確認の間隔を広げました: レート制限の残りが 5 分の 1 未満です</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s) ago</source>
        <translation>
            <numerusform>%Ln分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s) ago</source>
        <translation>
            <numerusform>%Ln時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln日前</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RepositoryBox</name>
    <message>
        <source>Add Repository…</source>
        <translation>リポジトリを追加…</translation>
    </message>
    <message>
        <source>No repository</source>
        <translation>リポジトリなし</translation>
    </message>
</context>
<context>
    <name>RepositoryPicker</name>
    <message>
        <source>recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>%1 was not found, or this account cannot see it.</source>
        <translation>%1 が見つからないか、このアカウントからは見えません。</translation>
    </message>
    <message>
        <source>Checking %1 on GitHub…</source>
        <translation>GitHub で %1 を確認しています…</translation>
    </message>
    <message>
        <source>Your repositories could not be loaded: %1</source>
        <translation>リポジトリの一覧を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Loading your repositories…</source>
        <translation>リポジトリの一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>No repository matches. Type owner/name to open another one.</source>
        <translation>一致するリポジトリはありません。別のリポジトリを開くにはオーナー/名前を入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n repositories</source>
        <translation>
            <numerusform>%n 個のリポジトリ</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>リポジトリを開く</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>リポジトリ(&amp;R):</translation>
    </message>
    <message>
        <source>Type to find, or owner/name</source>
        <translation>入力して検索、またはオーナー/名前</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>一覧から削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Check and Open</source>
        <translation>確認して開く(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>%1 is not in the list: Check and Open asks GitHub for it.</source>
        <translation>%1 は一覧にありません。「確認して開く」で GitHub に問い合わせます。</translation>
    </message>
    <message>
        <source>%1 is not in the list: Check and Watch asks GitHub for it.</source>
        <translation>%1 は一覧にありません: 「確認して監視」で GitHub に問い合わせます。</translation>
    </message>
    <message>
        <source>Watch Repository on the Overview</source>
        <translation>概要でリポジトリを監視</translation>
    </message>
    <message>
        <source>Also &amp;watch it on the Overview</source>
        <translation>概要でも監視する(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Check and Watch</source>
        <translation>確認して監視(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>監視(&amp;W)</translation>
    </message>
</context>
<context>
    <name>RepositorySession</name>
    <message>
        <source>the window closed</source>
        <translation>ウィンドウが閉じられました</translation>
    </message>
    <message>
        <source>another repository was opened</source>
        <translation>別のリポジトリが開かれました</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Demo (built-in emulator)</source>
        <translation>デモ(内蔵エミュレーター)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1としてサインイン中</translation>
    </message>
    <message>
        <source>API: %1 of %2 left, resets %3</source>
        <translation>API: 残り%1/%2回、%3にリセット</translation>
    </message>
    <message>
        <source>Auto-refresh paused: few API requests left until the rate limit resets</source>
        <translation>自動更新を一時停止中: レート制限のリセットまでAPIリクエストの残りがわずかです</translation>
    </message>
    <message>
        <source>Waiting for GitHub&apos;s rate limit to reset at %1</source>
        <translation>GitHubのレート制限が%1にリセットされるのを待っています</translation>
    </message>
    <message>
        <source>GitHub asked to slow down; continuing at %1</source>
        <translation>GitHubから速度を落とすよう要求されました。%1に再開します</translation>
    </message>
    <message>
        <source>A request failed; trying again at %1</source>
        <translation>リクエストが失敗しました。%1に再試行します</translation>
    </message>
    <message>
        <source>Updated %1; the latest refresh failed</source>
        <extracomment>Status bar; %1 is &quot;5 minutes ago&quot;</extracomment>
        <translation>更新: %1。最新の更新は失敗しました</translation>
    </message>
    <message>
        <source>Not loaded: the refresh failed</source>
        <translation>未読み込み: 更新に失敗しました</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>Status bar; %1 is &quot;5 minutes ago&quot; or &quot;just now&quot;</extracomment>
        <translation>更新: %1</translation>
    </message>
    <message>
        <source>Updated %1 (auto-refresh off)</source>
        <translation>更新: %1 (自動更新オフ)</translation>
    </message>
    <message>
        <source>Writing %1 of %2</source>
        <translation>書き込み中: %1/%2</translation>
    </message>
    <message>
        <source>Loading %1/%2</source>
        <translation>読み込み中 %1/%2</translation>
    </message>
    <message>
        <source>GraphQL: %1 of %2 left</source>
        <extracomment>Status bar, after the REST budget; %1 and %2 are GitHub&apos;s GraphQL points</extracomment>
        <translation>GraphQL: 残り%1/%2ポイント</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation>待機を中止</translation>
    </message>
    <message>
        <source>Give up the requests that wait for GitHub&apos;s rate limit; refresh later to try again.</source>
        <translation>GitHubのレート制限を待っているリクエストを中止します。後で更新して再試行してください。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>アカウント:</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>アカウント(&amp;A)…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未サインイン</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language changes as soon as you press OK.</source>
        <translation>OK を押すとすぐに言語が切り替わります。</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知:</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Enter github.com or the host name of your GitHub Enterprise Server.</source>
        <translation>github.com または GitHub Enterprise Server のホスト名を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name. Enter github.com or a host name such as github.example.com.</source>
        <translation>「%1」はホスト名ではありません。github.com または github.example.com のようなホスト名を入力してください。</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Create a token on %1</source>
        <translation>%1 でトークンを作成</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Sign In to GitHub</source>
        <translation>GitHub にサインイン</translation>
    </message>
    <message>
        <source>Welcome to DeployDeck</source>
        <translation>DeployDeckへようこそ</translation>
    </message>
    <message>
        <source>DeployDeck shows the deployments of your GitHub repositories. Sign in to github.com or your GitHub Enterprise Server to see yours.

No account at hand? The demo runs on a built-in GitHub emulator with realistic data: nothing leaves this computer.</source>
        <translation>DeployDeck は GitHub リポジトリのデプロイメントを表示します。ご自分のものを見るには github.com または GitHub Enterprise Server にサインインしてください。

アカウントがありませんか? デモは現実的なデータを持つ内蔵の GitHub エミュレーターで動作し、このコンピューターの外には何も送られません。</translation>
    </message>
    <message>
        <source>Sign In to GitHub…</source>
        <translation>GitHub にサインイン…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>github.com or your GitHub Enterprise Server</source>
        <translation>github.com または GitHub Enterprise Server</translation>
    </message>
    <message>
        <source>Paste a Token</source>
        <translation>トークンを貼り付け</translation>
    </message>
    <message>
        <source>GitHub CLI</source>
        <translation>GitHub CLIツール</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>A classic personal access token needs the repo scope (or repo_deployment to work with deployments only). A fine-grained token needs the repository permission &quot;Deployments: Read and write&quot;.</source>
        <translation>クラシックの個人用アクセストークンには repo スコープ(デプロイメントだけを扱うなら repo_deployment)が必要です。Fine-grained トークンにはリポジトリの権限「Deployments: Read and write」が必要です。</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>ghp_… or github_pat_…</source>
        <translation>ghp_… または github_pat_…</translation>
    </message>
    <message>
        <source>DeployDeck asks GitHub CLI (gh) for the token it keeps for this host. Sign in there first with &quot;gh auth login&quot; if you have not.</source>
        <translation>DeployDeck は GitHub CLI (gh) にこのホスト用に保存されているトークンを問い合わせます。まだの場合は、先に「gh auth login」でサインインしてください。</translation>
    </message>
    <message>
        <source>Sign in on GitHub&apos;s web page: DeployDeck shows a code, you enter it in the browser and approve DeployDeck there.</source>
        <translation>GitHub の Web ページでサインインします。DeployDeck が表示するコードをブラウザーに入力し、そこで DeployDeck を承認してください。</translation>
    </message>
    <message>
        <source>Enter this code on GitHub:</source>
        <translation>GitHub でこのコードを入力してください:</translation>
    </message>
    <message>
        <source>&amp;Copy Code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open GitHub</source>
        <translation>GitHub を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Stop Waiting</source>
        <translation>待機を中止(&amp;S)</translation>
    </message>
    <message>
        <source>Checking with GitHub…</source>
        <translation>GitHub で確認しています…</translation>
    </message>
    <message>
        <source>Waiting for you to approve DeployDeck in the browser…</source>
        <translation>ブラウザーで DeployDeck が承認されるのを待っています…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1としてサインイン中</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Use GitHub CLI&apos;s Sign-in</source>
        <translation>GitHub CLI のサインインを使用(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Sign In with Browser</source>
        <translation>ブラウザーでサインイン(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <source>%1 (saving…)</source>
        <extracomment>A state shown while a new status is being sent to GitHub; %1 is the state</extracomment>
        <translation>%1 (保存中…)</translation>
    </message>
</context>
<context>
    <name>StatusHistoryDelegate</name>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (保存中…)</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>ログ:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>ログ: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <extracomment>Status history, after the state: who posted the status</extracomment>
        <translation>作成者: %1</translation>
    </message>
</context>
<context>
    <name>StatusState</name>
    <message>
        <source>No status</source>
        <translation>ステータスなし</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>キュー済み</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>破棄済み</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <extracomment>A deployment state GitHub sent that this version does not know; %1 is GitHub&apos;s text.</extracomment>
        <translation>不明: %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <source>new state</source>
        <extracomment>The legend&apos;s name for a state GitHub may add later (shown as &quot;Unknown: &lt;name&gt;&quot;)</extracomment>
        <translation>新しい状態</translation>
    </message>
    <message>
        <source>Live deployment</source>
        <extracomment>Legend: a solid bar is the deployment an environment runs now</extracomment>
        <translation>稼働中のデプロイメント</translation>
    </message>
    <message>
        <source>Ended deployment</source>
        <extracomment>Legend: a light bar is a deployment that no longer runs</extracomment>
        <translation>終了したデプロイメント</translation>
    </message>
    <message>
        <source>Status update</source>
        <extracomment>Legend: a small badge on a bar&apos;s lower edge marks when a status was posted</extracomment>
        <translation>ステータスの更新</translation>
    </message>
    <message>
        <source>Saving…</source>
        <extracomment>Legend: a dashed outline while a status is being posted</extracomment>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Now</source>
        <extracomment>Legend: the dashed vertical line at the current time</extracomment>
        <translation>現在</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>タイムラインの凡例</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>ddd d</source>
        <extracomment>Date format (QDate::toString) of day ticks on the timeline axis</extracomment>
        <translation>d日(ddd)</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>Date format (QDate::toString) of week ticks on the timeline axis</extracomment>
        <translation>MMMd日</translation>
    </message>
    <message>
        <source>dddd, MMMM d, yyyy</source>
        <extracomment>Date format (QDate::toString) of day headings on the timeline axis</extracomment>
        <translation>yyyy年MMMMd日 dddd</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>Date format (QDate::toString) of month headings on the timeline axis</extracomment>
        <translation>yyyy年MMMM</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>(no environment)</source>
        <translation>(環境なし)</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s)</source>
        <translation>
            <numerusform>デプロイメント%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (saving…)</source>
        <translation>%1 (保存中…)</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>コミット: %1</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>Created: %1 (%2)</source>
        <translation>作成日時: %1 (%2)</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>現在稼働中</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>終了: %1</translation>
    </message>
</context>
<context>
    <name>TokenCheck</name>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1.としてサインイン中</translation>
    </message>
    <message>
        <source>Signed in as %1, but this token cannot work with deployments: it has the scopes &quot;%2&quot; and needs &quot;repo&quot; (or &quot;repo_deployment&quot; for public repositories).</source>
        <extracomment>%1 is the login, %2 the token&apos;s scopes as GitHub lists them</extracomment>
        <translation>%1 としてサインインしましたが、このトークンではデプロイメントを扱えません。トークンのスコープは「%2」で、「repo」(公開リポジトリなら「repo_deployment」) が必要です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Signed in as %1 with a fine-grained token. It works with a repository only if it grants the &quot;Deployments: read and write&quot; permission for it.</source>
        <translation>Fine-grained トークンで %1 としてサインインしました。このトークンはリポジトリに「Deployments: read and write」権限を付与している場合にのみ使えます。</translation>
    </message>
    <message>
        <source>GitHub did not accept the token (bad credentials). Check that it was copied whole and has not expired or been revoked.</source>
        <translation>GitHub がトークンを受け付けませんでした (認証情報が正しくありません)。トークンを欠けなくコピーしたか、期限切れや取り消しになっていないか確認してください。</translation>
    </message>
    <message>
        <source>A classic token needs the &quot;repo&quot; scope (&quot;repo_deployment&quot; is enough for public repositories). A fine-grained token needs the &quot;Deployments: read and write&quot; permission on each repository.</source>
        <translation>クラシックトークンには「repo」スコープが必要です (公開リポジトリなら「repo_deployment」で十分です)。Fine-grained トークンには各リポジトリの「Deployments: read and write」権限が必要です。</translation>
    </message>
</context>
<context>
    <name>TokenKeyring</name>
    <message>
        <source>The system keyring refused access to the token.</source>
        <translation>システムキーリングがトークンへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>No system keyring is available (no Secret Service is running), so the token is kept only until DeployDeck quits.</source>
        <translation>使用できるシステムキーリングがないため (Secret Service が実行されていません)、トークンは DeployDeck を終了するまでのみ保持されます。</translation>
    </message>
</context>
<context>
    <name>TokenResolver</name>
    <message>
        <source>No token for %1: none in the environment (%2), none in the system keyring (deploydeck auth login --hostname %1 --with-token), and GitHub CLI (gh auth token --hostname %1) has none.</source>
        <extracomment>%1 is a host name, %2 the environment variables</extracomment>
        <translation>%1 のトークンがありません。環境変数 (%2) にも、システムキーリング (deploydeck auth login --hostname %1 --with-token) にもなく、GitHub CLI (gh auth token --hostname %1) にもありません。</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System</source>
        <extracomment>Settings &gt; Language: follow the language of the operating system</extracomment>
        <translation>システムの既定値</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ko, ja or en.</source>
        <translation>不明な言語「%1」: ko、ja、enのいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The language of the interface and messages: ko (Korean), ja (Japanese) or en (English). Default: the system&apos;s language.</source>
        <translation>インターフェイスとメッセージの言語: ko(韓国語)、ja(日本語)、en(英語)。既定: システムの言語。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Try the Demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Add Repository…</source>
        <translation>リポジトリを追加…</translation>
    </message>
    <message>
        <source>Welcome to DeployDeck</source>
        <translation>DeployDeckへようこそ</translation>
    </message>
    <message>
        <source>Choose a repository</source>
        <translation>リポジトリを選択</translation>
    </message>
    <message>
        <source>Add a repository (owner/name) to see its deployments.</source>
        <translation>デプロイメントを表示するには、リポジトリ(オーナー/名前)を追加してください。</translation>
    </message>
    <message>
        <source>Sign In to GitHub…</source>
        <translation>GitHub にサインイン…</translation>
    </message>
    <message>
        <source>DeployDeck shows the deployments of your GitHub repositories. Sign in to github.com or your GitHub Enterprise Server to see yours; a GH_TOKEN or GITHUB_TOKEN environment variable works too.

No account at hand? The demo runs on a built-in GitHub emulator with realistic data: nothing leaves this computer.</source>
        <translation>DeployDeckはGitHubリポジトリのデプロイメントを表示します。github.comまたはGitHub Enterprise Serverにサインインすると、自分のデプロイメントを表示できます。環境変数GH_TOKENまたはGITHUB_TOKENも使えます。

アカウントがありませんか？デモは実際に近いデータを持つ内蔵のGitHubエミュレーターで動作し、データがこのコンピューターの外に出ることはありません。</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Add Repository…</source>
        <translation>リポジトリを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>デモを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the latest deployments and statuses (%1)</source>
        <translation>最新のデプロイメントとステータスを読み込む (%1)</translation>
    </message>
    <message>
        <source>Auto-&amp;refresh</source>
        <translation>自動更新(&amp;R)</translation>
    </message>
    <message>
        <source>Check for new deployments and statuses regularly</source>
        <translation>新しいデプロイメントとステータスを定期的に確認します</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>フィルター(&amp;F)…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <source>Go to &amp;Now</source>
        <translation>現在時刻へ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;Environments</source>
        <translation>環境を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show Timeline &amp;Legend</source>
        <translation>タイムラインの凡例を表示(&amp;L)</translation>
    </message>
    <message>
        <source>Ask Again Before Marking Inactive</source>
        <translation>非アクティブにする前に確認する</translation>
    </message>
    <message>
        <source>&amp;About DeployDeck</source>
        <translation>DeployDeckについて(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>アカウント(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deployment</source>
        <translation>デプロイメント(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Every watched repository&apos;s environments on one board (%1)</source>
        <translation>監視中のすべてのリポジトリの環境を 1 つのボードに (%1)</translation>
    </message>
    <message>
        <source>&amp;Watch on the Overview</source>
        <translation>概要で監視(&amp;W)</translation>
    </message>
</context>
<context>
    <name>WriteDialogs</name>
    <message>
        <source>A status for this deployment is being posted already. Wait for it, then try again.</source>
        <translation>このデプロイメントのステータスはすでに作成中です。完了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The deployment is no longer there: it was deleted, or another repository was opened.</source>
        <translation>デプロイメントはすでにありません。削除されたか、別のリポジトリが開かれました。</translation>
    </message>
    <message>
        <source>Posted &quot;%1&quot; for deployment #%2.</source>
        <translation>デプロイメント#%2に「%1」ステータスを作成しました。</translation>
    </message>
    <message>
        <source>Another repository was opened; this dialog was for %1.</source>
        <translation>別のリポジトリが開かれました。このダイアログは%1用でした。</translation>
    </message>
    <message>
        <source>Created deployment #%1 of %2 to %3.</source>
        <translation>%3への%2のデプロイメント#%1を作成しました。</translation>
    </message>
</context>
</TS>
