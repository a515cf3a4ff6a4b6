# 既定テーマの日本語インターフェース(です・ます調)。日本語に複数形はないので、数はそのまま入れます。

## 多言語コースの言語(ヘッダーの言語切り替え)
language-name = 日本語
language-switcher-label = 言語
language-untranslated = このレッスンはまだ翻訳されていません。コースの元の言語で読めます:

## 各ページの枠
skip-link = 本文へ移動
nav-label = サイト
nav-course = コース
nav-journal = マイノート
footer-label = このコースについて
footer-print = コース全体を印刷用に表示
footer-note = 回答はこの端末のこのブラウザーにだけ保存されます。控えを残すにはノートを書き出してください。

## 数と時間
modules-count = { $count } モジュール
lessons-count = { $count } レッスン
lessons-done = { $total } レッスン中 { $done } 完了
duration-minutes = { $minutes } 分
duration-hours = { $hours } 時間
duration-hours-minutes = { $hours } 時間 { $minutes } 分
about-time = 約 { $time }

## ホームとモジュールのページ
progress-label = 完了したレッスン
progress-label-module = モジュール { $number } で完了したレッスン
progress-label-this-module = このモジュールで完了したレッスン
start-course = コースを始める
continue-course = 前回の続きから
modules-heading = モジュール
module-number = モジュール { $number }
module-with-title = モジュール { $number }:{ $title }
lessons-heading = レッスン
printable-handout = 印刷用ハンドアウト
facilitator-guide = ファシリテーター用ガイド

## レッスンのページ
breadcrumb-label = パンくずリスト
module-nav-label = このモジュールのレッスン
lesson-number = レッスン { $number }
lesson-of = レッスン { $number }/{ $count }
takeaway = ポイント
saved-in-browser = ここに入力した内容はこのブラウザーに保存されます。
mark-complete = レッスンを完了にする
completed-undo = 完了 ✓(取り消す)
download-answers = 回答をダウンロード
module-complete = モジュール完了!
module-complete-text = 「{ $title }」のレッスンをすべて終えました。
next-module = 次へ:{ $title }
look-back-journal = ノートを振り返る
prev-next-label = 前後のレッスン
previous = 前へ
next = 次へ

## ノート
journal-title = マイノート
journal-lede = このコースで書いたすべてを、コースの順に並べています。このブラウザーの中にしかないので、控えを残したいときや別の端末で続けたいときは書き出してください。
journal-noscript = ノートはこのブラウザーの保存領域から読み込むため、JavaScript が必要です。
export-json = 書き出し(JSON、あとで読み込めます)
export-markdown = Markdown で書き出し
import-json = 書き出した JSON を読み込む
print = 印刷
delete-all = 回答をすべて削除…
answered-only = 回答済みのみ
orphans-title = コースからなくなった演習への回答
orphans-text = これらを書いたあとでコースが変わりました。書いた内容が失われないよう、ここに残しています。
no-answer-yet = まだ回答がありません
entries = 記録
notes = メモ

## ページが見つかりません
not-found-title = ページが見つかりません
not-found-text = このページは存在しないか、ブックマークしたあとでコースの構成が変わりました。
go-home = コースのホームへ
open-journal = マイノートを開く

## ハンドアウト、ガイド、印刷用コース
handout-margin = 参加者用ハンドアウト · モジュール { $number }
handout-eyebrow = 参加者用ハンドアウト · モジュール { $number }
handout-print-note = このハンドアウトは紙で使うためのものです。A4 またはレターサイズで、レッスンが順に並び、手書きの欄があり、最後に解答があります。
print-handout = ハンドアウトを印刷
name-label = 氏名
date-label = 日付
in-this-module = このモジュールの内容
answer-key-pointer = クイズの答えは最後の解答にあります。
key-points = 要点
answer-key = 解答
answer-key-note = すべての問題に取り組んでから解答を確認しましょう。
facilitator-margin = ファシリテーター用ガイド · モジュール { $number }
facilitator-eyebrow = ファシリテーター用ガイド · モジュール { $number }
facilitator-print-note = このモジュールをライブのワークショップで進めるためのガイドです。参加者用ハンドアウトと一緒に印刷してください:
handout-link = 参加者用ハンドアウト(モジュール { $number })
print-guide = ガイドを印刷
guide-length = 所要時間
minutes-long = { $minutes } 分
self-paced = 自習で { $minutes } 分
guide-handout = ハンドアウト
guide-goal = ねらい
agenda = 進行表
agenda-mismatch = 進行表の合計は { $total } 分ですが、ワークショップは { $planned } 分の予定です。
agenda-clock = 時刻
agenda-minutes = 分
agenda-activity = 活動とあなたの役割
agenda-done = 済
agenda-end = 終了
before-you-start = 始める前に
materials = 用意するもの
pairing = ペアの作り方
discussion-questions = 話し合いの問い
no-facilitator-notes = このモジュールにはまだファシリテーター向けのメモがありません。_index.md に [facilitator] テーブルを追加してください(所要時間、ねらい、用意するもの、ペア、問い、進行表)。
lessons-at-a-glance = レッスンの概要
on-the-handout = ハンドアウトの内容:
print-margin = コース全体
print-note = コース全体を一つの文書にまとめた、紙で読むための版です。各モジュールには書き込み欄のある参加者用ハンドアウトもあります。例:
print-course = コースを印刷
print-too-many = このコースには { $count } のレッスンがあり、一つの文書で印刷するには多すぎます。各レッスンのページはそれぞれきれいに印刷でき、各モジュールには印刷用ハンドアウトがあります:
handout-short = ハンドアウト
contents = 目次
module-lesson = モジュール { $module } · レッスン { $lesson }

## 演習
kind-reflection = ふりかえり
kind-journal = 記録
kind-quiz = クイズ
kind-practice = 実践
kind-scale = 自己評価
kind-compose = 文章づくり
hint = ヒント:
exercise-noscript = JavaScript がオフです。この演習は読んだり印刷したりできますが、ここに入力した回答は保存されません。
your-answers = あなたの回答
your-answer = あなたの回答
entry-prompt = 何が起きて、そこから何を学びましたか?
new-entry = 新しい記録
add-entry = 記録を追加
your-entries = あなたの記録
choose-all = (当てはまるものをすべて選択)
check-answers = 答え合わせ
try-again = もう一度
steps = ステップ
practice-notes = メモ:やってみてどうでしたか?
fill-in-parts = 各部分を埋めてください
your-text = あなたの文章
copy = コピー
clear-answers = 回答を消去
paper-each-entry = 各記録について:{ $prompt }
paper-entry = 記録 { $number }
paper-date = 日付:
paper-quiz-instruction = 各問題につき一つ選んでください。問題に指示がある場合は当てはまるものすべてに印をつけます。答えは最後の解答にあります。
tick-all = (当てはまるものすべてに印)
paper-practice-instruction = 終えたステップに印をつけてください。
paper-scale-instruction = 各文について答えを一つ丸で囲んでください。
statement = 文
put-together = まとめてみましょう:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = このコースのモジュール
facilitator-hub = ファシリテーター用ページ
facilitator-hub-note = 全モジュールの資料はこちら:
facilitator-print-materials = 「始める前に」にある資料も印刷してください。

## ウィジェットと検索:ブラウザーのスクリプト(sonder.js、sonder-journal.js、search.js)が表示するメッセージ。
## 各ページは自分に必要なものを JSON で持ちます(data-sonder-messages、docs/markup.md を参照)。
widget-saved = 保存しました
widget-unsaved-newer = 回答は保存されていません:このコースの新しい版で書かれた回答のため、このページでは表示だけを行います。
widget-unsaved-blocked = 回答は保存されていません:このブラウザーはこのページに保存を許可していません(保存領域のブロック、またはプライベートウィンドウ)。
widget-unsaved-full = 回答は保存されていません:このサイト用のブラウザーの保存領域がいっぱいです。
widget-unsaved-refused = 回答は保存されていません:ブラウザーが保存を拒否しました。
widget-unsaved-no-room = 回答は保存されていません:このブラウザーに保存された回答を読み込めず、控えを残す空きもありません。
widget-unsaved-download = このページを離れる前にダウンロードしてください。
widget-unsaved-error = 回答は保存されていません:このページで問題が起きました。ページを離れる前にダウンロードしてください。
widget-unsaved-no-start = 回答は保存されていません:保存を担う部分をこのブラウザーで起動できませんでした。
widget-backup-copied = 保存された回答を読み込めませんでした。回答はこのブラウザーの保存領域の「{ $key }」に控えとしてコピーし、コースは空のノートから始まります。
widget-lessons-progress = { $done } / { $total } レッスン
widget-continue = 続きから:{ $lesson }
widget-course-complete = コース修了:ノートを開く
widget-saved-at = 保存しました · { $time }
widget-correct = 正解です。
widget-not-quite = 惜しい。
widget-quiz-score = { $total } 問中 { $right } 問正解
widget-entry-empty = 先に記録を書いてから「{ add-entry }」を選んでください。
widget-copied = コピーしました ✓
widget-copy-failed = このブラウザーではページからコピーできませんでした。文章は選択してあるので、Ctrl+C(Mac では ⌘C)でコピーしてください。
widget-clear-confirm = この演習の回答を消去しますか?残しておきたい場合は、先にノートを書き出してください。
widget-cleared = この演習の回答を消去しました。
widget-no-journal = このページは sonder-journal.js を読み込めなかったため、回答の表示と JSON での書き出ししかできません。何も変更していません。
widget-not-done = 未実施
widget-done = 実施済み
widget-draft = 下書き:
widget-edit = 編集
widget-delete = 削除
widget-edit-entry = { $time } の記録を編集
widget-delete-entry = { $time } の記録を削除
widget-save = 保存
widget-cancel = キャンセル
widget-entry-saved = 記録を保存しました。
widget-entry-deleted = 記録を削除しました。
widget-delete-entry-confirm = この記録を削除しますか?事前にノートを書き出していない限り、元に戻せません。
widget-reset-confirm = 先にノートを書き出してください!「キャンセル」ですべてを残したまま「書き出し」を使えます。「OK」を押すと、このコースの回答と進み具合をすべて、このブラウザーから今すぐ削除します。
widget-reset-done = このコースの回答をすべてこのブラウザーから削除しました。
widget-kept = このブラウザーは、あなたが削除するまでノートを保持します。
widget-may-delete = 数週間このコースを開かないと、このブラウザーがノートを削除することがあります。ときどき書き出しておいてください。
widget-last-export = 前回の書き出し:{ $time }。
widget-never-exported = まだ書き出していません。
widget-backup-reminder = 控えを取りましょう:「{ export-json }」を選び、ファイルを安全な場所に保管してください。
widget-backup-last = 前回の書き出しは { $time } です。
widget-backup-never = ノートはまだ一度も書き出していません。
widget-import-readonly = ここでは読み込めません:このブラウザーには、コースの新しい版の回答があります。何も変更していません。
widget-import-too-large = このファイルは 2 MB を超えているため、ノートの書き出しではありません。ノートの JSON 書き出しで保存した .json ファイルを選んでください。何も変更していません。
widget-import-markdown = これは読むための Markdown 書き出しです。読み込むには .json ファイルを選んでください。何も変更していません。
widget-import-unreadable = このファイルを読み込めませんでした。何も変更していません。
widget-import-not-json = このファイルは正しい JSON ではないため、ノートの書き出しではありません。ノートの JSON 書き出しで保存した .json ファイルを選んでください。何も変更していません。
widget-import-not-export = このファイルは sonder のノートの書き出しではありません。ノートの JSON 書き出しで保存した .json ファイルを選んでください。何も変更していません。
widget-import-schema = このファイルは不明なスキーマ版({ $found })を使っています。このページが読めるのは版 0 から { $max } までです。コースの新しい版で作られたのかもしれません。何も変更していません。
widget-import-other-course = このファイルはコース「{ $file }」のものですが、ここはコース「{ $course }」です。何も変更していません。
widget-import-damaged = このファイルは壊れています:内容の一部が、ノートの書き出しが書く形になっていません。何も変更していません。
widget-import-nothing = 読み込み完了:変更はありません。ファイルの内容はすべてこのブラウザーにありました。
widget-import-nothing-kept = 読み込み完了:変更はありません。ファイルの内容、またはそれより新しいものがこのブラウザーにありました(こちらの方が新しい { $count } 件の回答を残しました)。
widget-import-done = 読み込み完了:{ $parts }。
widget-import-added = 新しい回答 { $count } 件
widget-import-updated = 更新した回答 { $count } 件
widget-import-kept = こちらの方が新しいため残した回答 { $count } 件
widget-import-same = 同じだった回答 { $count } 件
widget-import-lessons = レッスンの進み具合の変更 { $count } 件
widget-md-exported = 書き出し日時:{ $date }(コース ID { $course })。
widget-md-no-answer = (まだ回答がありません)
search-button = 検索
search-title = このコースを検索
search-close = 閉じる
search-label = レッスン、演習、自分の回答
search-results = 検索結果
search-keys = ↑ ↓ で選択、Enter で開く、Esc で閉じる
search-unavailable = 検索を使えません:索引(assets/search/index.js)を読み込めませんでした。
search-loading = 検索の索引を読み込んでいます…
search-too-short = 2 文字以上入力してください。
search-pages = レッスンとページ
search-answers = あなたの回答
search-top = 上位 { $count } 件の結果。
search-count = { $count } 件の結果。
search-none = 「{ $query }」に一致する結果はありません。
search-missing = コースにない語:{ $words }。

## ファシリテーター用ページ(facilitator/index.html)
hub-eyebrow = ファシリテーター向け
hub-lede = このコースをライブのワークショップとして進めるためのすべて:各モジュールの参加者用ハンドアウト、ファシリテーター用ガイド、印刷する教材と、各セッションの所要時間です。
hub-new-before = はじめてこのワークショップを進行しますか?
hub-new-after = では、準備の仕方、ペアの組み方、安心して話せる場の保ち方を説明しています。
hub-workshops = ワークショップ { $count } 回
hub-workshops-time = { $workshops }、合計 { $time }
hub-module = モジュール
hub-session = セッション
hub-handout = 参加者用ハンドアウト
hub-guide = ファシリテーター用ガイド
hub-materials = 印刷する教材
hub-not-planned = 未定
hub-handout-link = ハンドアウト
hub-guide-link = ガイド
hub-of-module = (モジュール { $number })
hub-no-notes = (メモはまだありません)
hub-none = なし
hub-total = 合計
hub-timed = { $total } セッション中 { $timed } セッションに所要時間が設定されています
hub-printing = 印刷
hub-printing-text = ハンドアウト、ガイド、教材はすべて A4 または Letter 用紙向けです。ブラウザーで開いて印刷してください。ハンドアウトはレッスンを順に並べ、手書きで書き込む余白があります。教材のシートには切り取り用の点線があります。
hub-pdfs = 上のハンドアウトとガイドの横に、印刷済みの PDF へのリンクがあります。
hub-pdfs-and-course = 上のハンドアウトとガイドの横に、印刷済みの PDF へのリンクがあります。コース全体も 1 つの PDF になっています:
hub-course-pdf = コース全体が 1 つの PDF になっています:
hub-pdf-end = 。
pdf-about = PDF、{ $pages } ページ、{ $kb } KB
material-question-cards = 質問カード:{ $cards } 枚、シート { $sheets } 枚
material-scenario-cards = 場面カード:{ $cards } 枚、シート { $sheets } 枚
material-model = 1 ページのモデル・ハンドアウト
material-title-question-cards = 質問カード
material-title-scenario-cards = 場面カード
material-title-model = モデル・ハンドアウト

## 印刷する教材
material-cards-note = カード { $count } 枚、A4 または Letter のシート 1 枚に { $per } 枚:印刷してから点線に沿って切り取ってください。
material-page-note = A4 または Letter で 1 ページ、参加者 1 人につき 1 部。
material-back = 戻る:
material-back-guide = ファシリテーター用ガイド
material-back-or = または
material-back-hub = ファシリテーター用ページ
material-card = カード { $number } / { $count }
material-discussion = 話し合いの問い
material-talk = 話し合ってみましょう
material-try = やってみよう:{ $title }

## レッスンのページ
all-lessons = 全 { $count } レッスン

## SCORM の起動ページ
lms-noscript = このコースは、学習プラットフォームに進み具合を報告するために JavaScript が必要です。
lms-open-course = コースを開けば
lms-to-read = 内容は読めます。
lms-close = 閉じる
lms-rejected = 学習プラットフォームが、このコースの進み具合の報告を受け付けませんでした{ $detail }。回答はこのブラウザーに保存されたままなので、そのまま続けられます。
lms-error = エラー { $code }
lms-room = 学習プラットフォームがこのコースに保存できる回答は { $limit } 文字までです。そのため { $exercises } への回答はこのブラウザーにだけ残り、別のコンピューターには引き継がれません。持ち出すには「{ nav-journal }」からノートを書き出してください。
lms-room-entries = 「{ $title }」(ノートの記録 { $count } 件)
lms-room-entries-draft = 「{ $title }」(ノートの記録 { $count } 件と下書き)
lms-room-exercise = 「{ $title }」
