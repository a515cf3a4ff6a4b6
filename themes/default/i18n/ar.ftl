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
