# واجهة القالب الافتراضي بالعربية الفصحى المعاصرة.
# صيغ العدد: zero (0)، one (1)، two (2)، few (3–10)، many (11–99)، other (100 وما بعدها).

## لغات الدورة متعددة اللغات (مبدّل اللغة في رأس الصفحة)
language-name = العربية
language-switcher-label = اللغة
language-untranslated = لم يُترجَم هذا الدرس بعد. يمكنك قراءته بلغة الدورة الأصلية:

## إطار كل صفحة
skip-link = انتقل إلى المحتوى
nav-label = الموقع
nav-course = الدورة
nav-journal = دفتري
footer-label = عن هذه الدورة
footer-print = الدورة كاملة للطباعة
footer-note = تبقى إجاباتك في هذا المتصفح على هذا الجهاز. صدِّر دفترك لتحتفظ بنسخة منه.

## الأعداد والمدد
modules-count = { $count ->
    [zero] لا توجد وحدات
    [one] وحدة واحدة
    [two] وحدتان
    [few] { $count } وحدات
    [many] { $count } وحدةً
   *[other] { $count } وحدة
}
lessons-count = { $count ->
    [zero] لا توجد دروس
    [one] درس واحد
    [two] درسان
    [few] { $count } دروس
    [many] { $count } درسًا
   *[other] { $count } درس
}
lessons-done = { $total ->
    [zero] لا توجد دروس بعد
    [one] أنهيت { $done } من درس واحد
    [two] أنهيت { $done } من درسين
    [few] أنهيت { $done } من { $total } دروس
    [many] أنهيت { $done } من { $total } درسًا
   *[other] أنهيت { $done } من { $total } درس
}
duration-minutes = { $minutes } د
duration-hours = { $hours } س
duration-hours-minutes = { $hours } س { $minutes } د
about-time = نحو { $time }

## الصفحة الرئيسية وصفحات الوحدات
progress-label = الدروس المكتملة
progress-label-module = الدروس المكتملة في الوحدة { $number }
progress-label-this-module = الدروس المكتملة في هذه الوحدة
start-course = ابدأ الدورة
continue-course = تابع من حيث توقفت
modules-heading = الوحدات
module-number = الوحدة { $number }
module-with-title = الوحدة { $number }: { $title }
lessons-heading = الدروس
printable-handout = مطبوعة للمشارك
facilitator-guide = دليل الميسِّر

## صفحة الدرس
breadcrumb-label = مسار التنقل
module-nav-label = دروس هذه الوحدة
lesson-number = الدرس { $number }
lesson-of = الدرس { $number } من { $count }
takeaway = الخلاصة
saved-in-browser = ما تكتبه هنا يُحفظ في هذا المتصفح.
mark-complete = علِّم الدرس مكتملًا
completed-undo = مكتمل ✓ — تراجع
download-answers = نزِّل إجاباتي
module-complete = اكتملت الوحدة!
module-complete-text = أنهيت كل دروس «{ $title }».
next-module = التالي: { $title }
look-back-journal = راجع دفترك
prev-next-label = الدرس السابق والتالي
previous = السابق
next = التالي

## الدفتر
journal-title = دفتري
journal-lede = كل ما كتبته في هذه الدورة، بترتيب الدروس. لا يوجد إلا في هذا المتصفح: صدِّره لتحتفظ بنسخة أو لتكمل على جهاز آخر.
journal-noscript = يُقرأ دفترك من مساحة التخزين في هذا المتصفح، وهذا يتطلب JavaScript.
export-json = تصدير (JSON، لاستيراده لاحقًا)
export-markdown = تصدير بصيغة Markdown
import-json = استيراد ملف JSON مصدَّر
print = اطبع
delete-all = احذف كل إجاباتي…
answered-only = المُجاب عنه فقط
orphans-title = إجابات عن تمارين لم تعد في الدورة
orphans-text = تغيّرت الدورة منذ كتبت هذه الإجابات. نحتفظ بها هنا كي لا يضيع شيء مما كتبت.
no-answer-yet = لا إجابة بعد
entries = المدخلات
notes = ملاحظات

## الصفحة غير موجودة
not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة، أو أُعيد تنظيم الدورة منذ أن حفظتها في المفضلة.
go-home = اذهب إلى الصفحة الرئيسية للدورة
open-journal = افتح دفتري

## المطبوعات وأدلة الميسِّر والدورة المطبوعة
handout-margin = مطبوعة المشارك · الوحدة { $number }
handout-eyebrow = مطبوعة المشارك · الوحدة { $number }
handout-print-note = صُممت هذه المطبوعة للورق: A4 أو Letter، والدروس متتابعة مع مساحة للكتابة باليد، ومفتاح الإجابات في الآخر.
print-handout = اطبع هذه المطبوعة
name-label = الاسم
date-label = التاريخ
in-this-module = في هذه الوحدة
answer-key-pointer = إجابات أسئلة الاختبار في مفتاح الإجابات في آخر المطبوعة.
key-points = نقاط أساسية
answer-key = مفتاح الإجابات
answer-key-note = راجع الإجابات بعد أن تحاول الإجابة عن كل سؤال.
facilitator-margin = دليل الميسِّر · الوحدة { $number }
facilitator-eyebrow = دليل الميسِّر · الوحدة { $number }
facilitator-print-note = دليل لتقديم هذه الوحدة في ورشة عمل مباشرة. اطبعه مع مطبوعة المشارك:
handout-link = مطبوعة المشارك، الوحدة { $number }
print-guide = اطبع هذا الدليل
guide-length = المدة
minutes-long = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقةً
   *[other] { $minutes } دقيقة
}
self-paced = { $minutes } د للتعلم الذاتي
guide-handout = المطبوعة
guide-goal = الهدف
agenda = جدول الورشة
agenda-mismatch = مجموع جدول الورشة { $total } دقيقة، بينما خُطط للورشة { $planned }.
agenda-clock = الوقت
agenda-minutes = د
agenda-activity = النشاط وما تفعله
agenda-done = تم
agenda-end = النهاية
before-you-start = قبل أن تبدأ
materials = المواد
pairing = تكوين الأزواج
discussion-questions = أسئلة للنقاش
no-facilitator-notes = لا توجد بعدُ ملاحظات للميسِّر في هذه الوحدة. أضف جدول [facilitator] إلى ملف _index.md الخاص بها: المدة والهدف والمواد والأزواج والأسئلة وجدول الورشة.
lessons-at-a-glance = الدروس في لمحة
on-the-handout = في المطبوعة:
print-margin = الدورة كاملة
print-note = الدورة كاملة في مستند واحد للقراءة على الورق. ولكل وحدة أيضًا مطبوعة للمشارك فيها مساحة للكتابة، مثل:
print-course = اطبع الدورة
print-too-many = في هذه الدورة { $count ->
    [many] { $count } درسًا
   *[other] { $count } درس
}، وهذا أكثر من أن يُطبع في مستند واحد. كل صفحة درس تُطبع جيدًا وحدها، ولكل وحدة مطبوعة جاهزة للطباعة:
handout-short = المطبوعة
contents = المحتويات
module-lesson = الوحدة { $module } · الدرس { $lesson }

## التمارين
kind-reflection = تأمل
kind-journal = يوميات
kind-quiz = اختبار
kind-practice = تطبيق
kind-scale = تقييم ذاتي
kind-compose = صياغة
hint = تلميح:
exercise-noscript = JavaScript معطَّل: يمكنك قراءة هذا التمرين وطباعته، لكن ما تكتبه هنا لن يُحفظ.
your-answers = إجاباتك
your-answer = إجابتك
entry-prompt = ماذا حدث، وماذا تعلمت منه؟
new-entry = مدخل جديد
add-entry = أضف المدخل
your-entries = مدخلاتك
choose-all = (اختر كل ما ينطبق)
check-answers = تحقق من إجاباتي
try-again = حاول مرة أخرى
steps = الخطوات
practice-notes = ملاحظات: كيف جرى الأمر؟
fill-in-parts = املأ الأجزاء
your-text = نصك
copy = انسخ
clear-answers = امسح إجاباتي
paper-each-entry = في كل مدخل: { $prompt }
paper-entry = المدخل { $number }
paper-date = التاريخ:
paper-quiz-instruction = علِّم إجابة واحدة لكل سؤال، وإذا طلب السؤال ذلك فعلِّم كل ما ينطبق. الإجابات في مفتاح الإجابات في الآخر.
tick-all = (علِّم كل ما ينطبق)
paper-practice-instruction = ضع علامة على كل خطوة بعد أن تنجزها.
paper-scale-instruction = ضع دائرة حول إجابة واحدة لكل عبارة.
statement = العبارة
put-together = والآن اجمع ذلك كله:

## Added with the facilitator hub and the 404 page's module list
not-found-modules = وحدات هذه الدورة
facilitator-hub = ركن الميسِّر
facilitator-hub-note = أوراق كل الوحدات في
facilitator-print-materials = اطبع أيضًا المواد المذكورة في «قبل أن تبدأ».

## الأداة والبحث: رسائل السكربتات في المتصفح (sonder.js وsonder-journal.js وsearch.js).
## تحمل كل صفحة رسائلها بصيغة JSON (data-sonder-messages، انظر docs/markup.md).
widget-saved = حُفظ
widget-unsaved-newer = إجاباتك لا تُحفظ: كتبتها نسخة أحدث من هذه الدورة، لذلك تعرضها هذه الصفحة فقط.
widget-unsaved-blocked = إجاباتك لا تُحفظ: لا يسمح هذا المتصفح لهذه الصفحة بتخزين أي شيء (التخزين محظور أو النافذة خاصة).
widget-unsaved-full = إجاباتك لا تُحفظ: امتلأت مساحة التخزين المخصصة لهذا الموقع في هذا المتصفح.
widget-unsaved-refused = إجاباتك لا تُحفظ: رفض هذا المتصفح تخزينها.
widget-unsaved-no-room = إجاباتك لا تُحفظ: تعذّرت قراءة الإجابات المخزنة في هذا المتصفح، ولا توجد مساحة للاحتفاظ بنسخة منها.
widget-unsaved-download = نزِّلها قبل أن تغادر هذه الصفحة.
widget-unsaved-error = إجاباتك لا تُحفظ: حدث خطأ في هذه الصفحة. نزِّلها قبل أن تغادرها.
widget-unsaved-no-start = إجاباتك لا تُحفظ: لم يتمكن هذا المتصفح من تشغيل الجزء من الصفحة الذي يحفظها.
widget-backup-copied = تعذّرت قراءة إجاباتك المحفوظة. نُسخت إلى «{ $key }» في مساحة تخزين هذا المتصفح، وتبدأ الدورة بدفتر فارغ.
widget-lessons-progress = { $total ->
    [zero] لا توجد دروس
    [one] { $done } من درس واحد
    [two] { $done } من درسين
    [few] { $done } من { $total } دروس
    [many] { $done } من { $total } درسًا
   *[other] { $done } من { $total } درس
}
widget-continue = تابع: { $lesson }
widget-course-complete = اكتملت الدورة: افتح دفترك
widget-saved-at = حُفظ · { $time }
widget-correct = صحيح.
widget-not-quite = ليس تمامًا.
widget-quiz-score = الإجابات الصحيحة: { $right } من { $total }
widget-entry-empty = اكتب مدخلك أولًا، ثم اختر «{ add-entry }».
widget-copied = نُسخ ✓
widget-copy-failed = لم يسمح هذا المتصفح للصفحة بالنسخ. النص محدد: اضغط Ctrl+C (أو ⌘C على Mac) لنسخه.
widget-clear-confirm = أتريد مسح إجاباتك عن هذا التمرين؟ إن أردت الاحتفاظ بها فصدِّر دفترك أولًا.
widget-cleared = مُسحت إجاباتك عن هذا التمرين.
widget-no-journal = تعذّر على هذه الصفحة تحميل sonder-journal.js، لذا لا يمكنها إلا عرض إجاباتك وتصديرها بصيغة JSON. لم يتغير شيء.
widget-not-done = لم يُنجز
widget-done = أُنجز
widget-draft = مسودة:
widget-edit = عدِّل
widget-delete = احذف
widget-edit-entry = عدِّل مدخل { $time }
widget-delete-entry = احذف مدخل { $time }
widget-save = احفظ
widget-cancel = إلغاء
widget-entry-saved = حُفظ مدخلك.
widget-entry-deleted = حُذف المدخل.
widget-delete-entry-confirm = أتريد حذف هذا المدخل من الدفتر؟ لا يمكن التراجع عن ذلك إلا إذا كنت قد صدّرت دفترك من قبل.
widget-reset-confirm = صدِّر دفترك أولًا! اضغط «إلغاء» لتحتفظ بكل شيء وتستخدم «تصدير». اضغط «موافق» لتحذف الآن من هذا المتصفح كل إجاباتك وتقدّمك في هذه الدورة.
widget-reset-done = حُذفت من هذا المتصفح كل إجاباتك في هذه الدورة.
widget-kept = يحتفظ هذا المتصفح بدفترك إلى أن تحذفه.
widget-may-delete = قد يحذف هذا المتصفح دفترك إن لم تزر هذه الدورة بضعة أسابيع، فصدِّره من حين لآخر.
widget-last-export = آخر تصدير: { $time }.
widget-never-exported = لم تصدِّره بعد.
widget-backup-reminder = حان وقت النسخ الاحتياطي: اختر «{ export-json }» واحفظ الملف في مكان آمن.
widget-backup-last = كان آخر تصدير لك في { $time }.
widget-backup-never = لم تصدِّر دفترك بعد.
widget-import-readonly = لا يمكن الاستيراد هنا: في هذا المتصفح إجابات من نسخة أحدث من الدورة. لم يتغير شيء.
widget-import-too-large = حجم هذا الملف أكبر من 2 ميغابايت، فلا يمكن أن يكون تصديرًا للدفتر. اختر ملف ‎.json الذي حفظه تصدير الدفتر بصيغة JSON. لم يتغير شيء.
widget-import-markdown = هذا تصدير Markdown، وهو للقراءة؛ اختر ملف ‎.json للاستيراد. لم يتغير شيء.
widget-import-unreadable = تعذّرت قراءة هذا الملف. لم يتغير شيء.
widget-import-not-json = هذا الملف ليس JSON صالحًا، فهو ليس تصديرًا للدفتر: اختر ملف ‎.json الذي حفظه تصدير الدفتر بصيغة JSON. لم يتغير شيء.
widget-import-not-export = هذا الملف ليس تصديرًا لدفتر sonder: اختر ملف ‎.json الذي حفظه تصدير الدفتر بصيغة JSON. لم يتغير شيء.
widget-import-schema = يستخدم هذا الملف إصدار مخطط غير معروف ({ $found })؛ تقرأ هذه الصفحة الإصدارات من 0 إلى { $max }. ربما جاء من نسخة أحدث من الدورة. لم يتغير شيء.
widget-import-other-course = هذا الملف يخص الدورة «{ $file }»، لكن هذه هي الدورة «{ $course }». لم يتغير شيء.
widget-import-damaged = هذا الملف تالف: بعض محتواه ليس مما يكتبه تصدير الدفتر. لم يتغير شيء.
widget-import-nothing = اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف.
widget-import-nothing-kept = { $count ->
    [zero] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف.
    [one] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف أو ما هو أحدث منه (إجابة واحدة هنا أحدث فاحتُفظ بها).
    [two] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف أو ما هو أحدث منه (إجابتان هنا أحدث فاحتُفظ بهما).
    [few] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف أو ما هو أحدث منه ({ $count } إجابات هنا أحدث فاحتُفظ بها).
    [many] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف أو ما هو أحدث منه ({ $count } إجابةً هنا أحدث فاحتُفظ بها).
   *[other] اكتمل الاستيراد: لم يتغير شيء، ففي هذا المتصفح كل ما في الملف أو ما هو أحدث منه ({ $count } إجابة هنا أحدث فاحتُفظ بها).
}
widget-import-done = اكتمل الاستيراد: { $parts }.
widget-import-added = { $count ->
    [zero] لا إجابات جديدة
    [one] إجابة جديدة واحدة
    [two] إجابتان جديدتان
    [few] { $count } إجابات جديدة
    [many] { $count } إجابةً جديدةً
   *[other] { $count } إجابة جديدة
}
widget-import-updated = { $count ->
    [zero] لم تُحدَّث أي إجابة
    [one] حُدِّثت إجابة واحدة
    [two] حُدِّثت إجابتان
    [few] حُدِّثت { $count } إجابات
    [many] حُدِّثت { $count } إجابةً
   *[other] حُدِّثت { $count } إجابة
}
widget-import-kept = { $count ->
    [zero] لم يُحتفظ بأي إجابة
    [one] احتُفظ بإجابة واحدة لأن الموجودة هنا أحدث
    [two] احتُفظ بإجابتين لأن الموجودتين هنا أحدث
    [few] احتُفظ بـ{ $count } إجابات لأن الموجودة هنا أحدث
    [many] احتُفظ بـ{ $count } إجابةً لأن الموجودة هنا أحدث
   *[other] احتُفظ بـ{ $count } إجابة لأن الموجودة هنا أحدث
}
widget-import-same = { $count ->
    [zero] لا إجابات مطابقة
    [one] إجابة واحدة مطابقة أصلًا
    [two] إجابتان مطابقتان أصلًا
    [few] { $count } إجابات مطابقة أصلًا
    [many] { $count } إجابةً مطابقةً أصلًا
   *[other] { $count } إجابة مطابقة أصلًا
}
widget-import-lessons = { $count ->
    [zero] لا تغييرات في تقدّم الدروس
    [one] تغيير واحد في تقدّم الدروس
    [two] تغييران في تقدّم الدروس
    [few] { $count } تغييرات في تقدّم الدروس
    [many] { $count } تغييرًا في تقدّم الدروس
   *[other] { $count } تغيير في تقدّم الدروس
}
widget-md-exported = صُدِّر في { $date } (معرّف الدورة { $course }).
widget-md-no-answer = (لا إجابة بعد)
search-button = بحث
search-title = ابحث في هذه الدورة
search-close = إغلاق
search-label = الدروس والتمارين وإجاباتك أنت
search-results = النتائج
search-keys = ↑ ↓ للاختيار، Enter للفتح، Esc للإغلاق
search-unavailable = البحث غير متاح: تعذّر تحميل فهرسه (assets/search/index.js).
search-loading = جارٍ تحميل فهرس البحث…
search-too-short = اكتب حرفين على الأقل.
search-pages = الدروس والصفحات
search-answers = إجاباتك
search-top = { $count ->
    [zero] لا نتائج.
    [one] أفضل نتيجة.
    [two] أفضل نتيجتين.
    [few] أفضل { $count } نتائج.
    [many] أفضل { $count } نتيجةً.
   *[other] أفضل { $count } نتيجة.
}
search-count = { $count ->
    [zero] لا نتائج.
    [one] نتيجة واحدة.
    [two] نتيجتان.
    [few] { $count } نتائج.
    [many] { $count } نتيجةً.
   *[other] { $count } نتيجة.
}
search-none = لا نتائج عن «{ $query }».
search-missing = ليس في الدورة: { $words }.

## ركن الميسِّر (facilitator/index.html)
hub-eyebrow = للميسِّرين
hub-lede = كل ما تحتاجه لتقديم الدورة في ورش حية: مطبوعة المشارك لكل وحدة، ودليلك بصفتك ميسِّرًا، والمواد الجاهزة للطباعة، مع مدة كل جلسة.
hub-new-before = أهذه أول مرة تيسِّر فيها هذه الورش؟
hub-new-after = يشرح كيف تستعد، وكيف تكوِّن الثنائيات، وكيف تحافظ على جوٍّ آمن للمجموعة.
hub-workshops = { $count ->
    [zero] لا ورش
    [one] ورشة واحدة
    [two] ورشتان
    [few] { $count } ورش
    [many] { $count } ورشةً
   *[other] { $count } ورشة
}
hub-workshops-time = { $workshops }، مدتها كلها { $time }
hub-module = الوحدة
hub-session = الجلسة
hub-handout = مطبوعة المشارك
hub-guide = دليل الميسِّر
hub-materials = مواد للطباعة
hub-not-planned = لم تُخطَّط بعد
hub-handout-link = المطبوعة
hub-guide-link = الدليل
hub-of-module = ، الوحدة { $number }
hub-no-notes = (لا ملاحظات بعد)
hub-none = لا شيء
hub-total = المجموع
hub-timed = لـ{ $timed } من { $total } جلسات مدة مخطَّطة
hub-printing = الطباعة
hub-printing-text = كل مطبوعة ودليل ومادة مُعدَّة لورق A4 أو Letter: افتحها واطبعها من متصفحك. تعرض المطبوعات الدروس واحدًا تلو الآخر مع مساحة للكتابة باليد، وفي أوراق المواد خطوط متقطعة للقص.
hub-pdfs = ملفات PDF جاهزة مرتبطة بجانب المطبوعات والأدلة أعلاه.
hub-pdfs-and-course = ملفات PDF جاهزة مرتبطة بجانب المطبوعات والأدلة أعلاه، والدورة كاملة في ملف واحد:
hub-course-pdf = الدورة كاملة في ملف واحد:
hub-pdf-end = .
pdf-about = { $pages ->
    [zero] PDF، بلا صفحات، { $kb } ك.ب
    [one] PDF، صفحة واحدة، { $kb } ك.ب
    [two] PDF، صفحتان، { $kb } ك.ب
    [few] PDF، { $pages } صفحات، { $kb } ك.ب
    [many] PDF، { $pages } صفحةً، { $kb } ك.ب
   *[other] PDF، { $pages } صفحة، { $kb } ك.ب
}
material-question-cards = بطاقات أسئلة: { $cards ->
    [zero] لا بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $cards } بطاقات
    [many] { $cards } بطاقةً
   *[other] { $cards } بطاقة
} على { $sheets ->
    [one] ورقة واحدة
    [two] ورقتين
    [few] { $sheets } ورقات
    [many] { $sheets } ورقةً
   *[other] { $sheets } ورقة
}
material-scenario-cards = بطاقات مواقف: { $cards ->
    [zero] لا بطاقات
    [one] بطاقة واحدة
    [two] بطاقتان
    [few] { $cards } بطاقات
    [many] { $cards } بطاقةً
   *[other] { $cards } بطاقة
} على { $sheets ->
    [one] ورقة واحدة
    [two] ورقتين
    [few] { $sheets } ورقات
    [many] { $sheets } ورقةً
   *[other] { $sheets } ورقة
}
material-model = مطبوعة نموذج من صفحة واحدة
material-title-question-cards = بطاقات أسئلة
material-title-scenario-cards = بطاقات مواقف
material-title-model = مطبوعة نموذج

## مواد للطباعة
material-cards-note = عدد البطاقات { $count }، { $per } في كل ورقة A4 أو Letter: اطبعها ثم قصَّها على الخطوط المتقطعة.
material-page-note = صفحة واحدة A4 أو Letter، نسخة لكل مشارك.
material-back = ارجع إلى
material-back-guide = دليل الميسِّر
material-back-or = أو إلى
material-back-hub = ركن الميسِّر
material-card = البطاقة { $number } من { $count }
material-discussion = سؤال للنقاش
material-talk = تحدَّثوا عن ذلك
material-try = جرِّبه: { $title }

## صفحة الدرس
all-lessons = كل الدروس ({ $count })

## صفحة تشغيل SCORM
lms-noscript = تحتاج هذه الدورة إلى JavaScript لترسل تقدمك إلى منصة التعلم.
lms-open-course = افتح الدورة
lms-to-read = لتقرأها.
lms-close = إغلاق
lms-rejected = لم تقبل منصة التعلم تقرير التقدم من هذه الدورة{ $detail }. ما زالت إجاباتك محفوظة في هذا المتصفح، ويمكنك المتابعة.
lms-error = خطأ { $code }
lms-room = تحتفظ منصة التعلم بـ{ $limit } حرف من الإجابات لهذه الدورة، لذا تبقى إجاباتك عن { $exercises } في هذا المتصفح وحده ولن تنتقل معك إلى حاسوب آخر. لتأخذها معك، صدِّر دفترك من «{ nav-journal }».
lms-room-entries = { $count ->
    [zero] «{ $title }»
    [one] «{ $title }» (مدخل واحد في الدفتر)
    [two] «{ $title }» (مدخلان في الدفتر)
    [few] «{ $title }» ({ $count } مدخلات في الدفتر)
    [many] «{ $title }» ({ $count } مدخلًا في الدفتر)
   *[other] «{ $title }» ({ $count } مدخل في الدفتر)
}
lms-room-entries-draft = { $count ->
    [zero] «{ $title }» (مسودتك)
    [one] «{ $title }» (مدخل واحد في الدفتر ومسودتك)
    [two] «{ $title }» (مدخلان في الدفتر ومسودتك)
    [few] «{ $title }» ({ $count } مدخلات في الدفتر ومسودتك)
    [many] «{ $title }» ({ $count } مدخلًا في الدفتر ومسودتك)
   *[other] «{ $title }» ({ $count } مدخل في الدفتر ومسودتك)
}
lms-room-exercise = «{ $title }»
