package org.mizan.demo.control;

import org.mizan.cases.control.PersonDraft;

import org.mizan.cases.entity.Fate;
import org.mizan.cases.entity.Gender;
import org.mizan.cases.entity.Occupation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short narratives for the synthetic cases, in Arabic or English, put together from templates: what
 * happened (by the case's main violation type), what became of the victim, and a line or two of
 * context. {@code [his/her]} in a template takes the victim's gender; {@code {name}} a value.
 */
final class SyntheticNarratives {

    /** What a narrative tells. {@code victim} is null for a collective case; {@code otherVictims} counts the rest. */
    record Story(boolean arabic, String type, String victim, Gender gender, int otherVictims, Fate fate,
                 Bilingual perpetrator, Bilingual perpetratorAsSubject, Bilingual place, Bilingual protestSite, int days) {
    }

    private static final Pattern GENDERED = Pattern.compile("\\[([^\\[\\]/]*)/([^\\[\\]/]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SENTENCE_START = Pattern.compile("(^|\\. )(\\p{Ll})");

    private static final Map<String, List<String>> EVENTS_AR = Map.of(
            "ASSASSINATION", lines("""
                    [اغتيل/اغتيلت] {victim} برصاص {perp} {time} قرب منزل[ه/ها] في {place}.
                    [قُتل/قُتلت] {victim} بعدة طلقات أطلقها {perp_subject} من {vehicle} في {place} {time}.
                    [استُهدف/استُهدفت] {victim} بعبوة لاصقة وضعها {perp_subject} تحت سيارت[ه/ها] في {place}، ما أدى إلى مقتل[ه/ها] على الفور.
                    """),
            "ATTEMPTED_ASSASSINATION", lines("""
                    [نجا/نجت] {victim} من محاولة اغتيال عندما أطلق {perp_subject} النار على سيارت[ه/ها] في {place} {time}.
                    [تعرّض/تعرّضت] {victim} لمحاولة اغتيال بإطلاق نار من {vehicle} يستقلها {perp_subject} في {place}.
                    """),
            "KILLING_AT_PROTEST", lines("""
                    [قُتل/قُتلت] {victim} {site} في {place} إثر إصابت[ه/ها] {wound} خلال تفريق {perp} للمتظاهرين.
                    [سقط/سقطت] {victim} [قتيلاً/قتيلةً] برصاص {perp} خلال الاحتجاجات {site} في {place}.
                    """),
            "ABDUCTION", lines("""
                    [اختُطف/اختُطفت] {victim} على يد {perp} في {place} {time}، [واقتيد/واقتيدت] إلى جهة مجهولة.
                    أقدم {perp_subject} على اختطاف {victim} من أمام منزل[ه/ها] في {place} مستخدمين {vehicle}.
                    """),
            "TORTURE", lines("""
                    [تعرّض/تعرّضت] {victim} للضرب والصعق الكهربائي خلال احتجاز[ه/ها] لدى {perp} في {place}.
                    [قال/قالت] {victim} إن {perp} [عذّبوه/عذّبوها] لأيام في {place} لانتزاع اعتراف [منه/منها].
                    """),
            "ARBITRARY_DETENTION", lines("""
                    [اعتُقل/اعتُقلت] {victim} من قبل {perp} في {place} دون مذكرة قضائية بسبب مشاركت[ه/ها] في التظاهرات.
                    [احتُجز/احتُجزت] {victim} لدى {perp} في {place} دون السماح [له/لها] بالاتصال بمحامٍ أو بعائلت[ه/ها].
                    """),
            "DEATH_IN_CUSTODY", lines("""
                    [توفي/توفيت] {victim} أثناء احتجاز[ه/ها] لدى {perp} في {place}، وقالت عائلت[ه/ها] إن الجثة كانت تحمل آثار تعذيب.
                    أُعلنت وفاة {victim} بعد أيام من اعتقال[ه/ها] على يد {perp} في {place}.
                    """),
            "THREAT", lines("""
                    [تلقى/تلقت] {victim} تهديدات بالقتل عبر {channel} من {perp} بسبب {reason}.
                    ترك {perp_subject} رسالة تهديد ورصاصة عند باب منزل {victim} في {place}.
                    """),
            "COLLECTIVE", lines("""
                    تلقى ناشطون في {place} تهديدات جماعية بالقتل في منشورات وزعها {perp_subject}.
                    """));
    private static final Map<String, List<String>> EVENTS_EN = Map.of(
            "ASSASSINATION", lines("""
                    {victim} was shot dead by {perp} {time} near [his/her] home in {place}.
                    {victim} was killed by several shots fired by {perp} from {vehicle} in {place} {time}.
                    {victim} was killed instantly when a sticky bomb planted by {perp} under [his/her] car exploded in {place}.
                    """),
            "ATTEMPTED_ASSASSINATION", lines("""
                    {victim} survived an assassination attempt when {perp} opened fire on [his/her] car in {place} {time}.
                    {victim} was targeted in an assassination attempt by {perp} shooting from {vehicle} in {place}.
                    """),
            "KILLING_AT_PROTEST", lines("""
                    {victim} was killed {site} in {place}, hit {wound} as {perp} dispersed the protesters.
                    {victim} was shot dead by {perp} during the protests {site} in {place}.
                    """),
            "ABDUCTION", lines("""
                    {victim} was abducted by {perp} in {place} {time} and taken to an unknown location.
                    {perp} abducted {victim} outside [his/her] home in {place}, using {vehicle}.
                    """),
            "TORTURE", lines("""
                    {victim} was beaten and given electric shocks while held by {perp} in {place}.
                    {victim} said {perp} tortured [him/her] for days in {place} to extract a confession.
                    """),
            "ARBITRARY_DETENTION", lines("""
                    {victim} was arrested without a warrant by {perp} in {place} over [his/her] part in the protests.
                    {victim} was held by {perp} in {place} without access to a lawyer or [his/her] family.
                    """),
            "DEATH_IN_CUSTODY", lines("""
                    {victim} died in the custody of {perp} in {place}; [his/her] family said the body bore marks of torture.
                    {victim} was declared dead days after being arrested by {perp} in {place}.
                    """),
            "THREAT", lines("""
                    {victim} received death threats via {channel} from {perp} over {reason}.
                    {perp} left a threatening note and a bullet at the door of {victim} in {place}.
                    """),
            "COLLECTIVE", lines("""
                    Activists in {place} received collective death threats in leaflets distributed by {perp}.
                    """));
    private static final Map<Fate, Bilingual> OUTCOMES = Map.of(
            Fate.MISSING, new Bilingual("ولا يزال مصير[ه/ها] مجهولاً حتى الآن.", "[His/Her] whereabouts remain unknown."),
            Fate.RELEASED, new Bilingual("[وأُطلق/وأُطلقت] سراح[ه/ها] بعد {duration}.", "[He/She] was released after {duration}."),
            Fate.FOUND_DEAD, new Bilingual("وعُثر على جثت[ه/ها] بعد {duration} {dump}.", "[His/Her] body was found {duration} later {dump}."),
            Fate.INJURED, new Bilingual("[وأصيب/وأصيبت] بجروح [ونُقل/ونُقلت] إلى المستشفى.", "[He/She] was wounded and taken to hospital."),
            Fate.DETAINED, new Bilingual("ولا [يزال/تزال] قيد الاحتجاز.", "[He/She] is still detained."));
    private static final List<Bilingual> CONTEXT = Bilingual.lines("""
            وكانت الضحية قد تلقت تهديدات قبل أسابيع من الحادث. = The victim had received threats weeks before the incident.
            وسُجلت الشكوى ضد مجهول ولم يُعتقل أي مشتبه به حتى الآن. = The complaint was registered against unknown perpetrators and no suspect has been arrested.
            وأكد شهود عيان أن المهاجمين كانوا ملثمين. = Eyewitnesses said the attackers were masked.
            وقالت العائلة إنها قدمت شكوى إلى قاضي التحقيق دون نتيجة. = The family said they filed a complaint with the investigative judge, without result.
            وطالبت منظمات حقوقية بفتح تحقيق مستقل في الحادثة. = Human rights organisations called for an independent investigation.
            وأظهرت كاميرات المراقبة سيارة تغادر المكان بسرعة. = Surveillance cameras showed a car leaving the scene at speed.
            ووقعت الحادثة بعد ساعات من مشاركة الضحية في اعتصام. = It happened hours after the victim took part in a sit-in.
            ونفت السلطات المحلية أي علاقة لها بالحادثة. = Local authorities denied any involvement.
            وأعلنت الحكومة تشكيل لجنة تحقيق لم تُنشر نتائجها. = The government announced an inquiry whose findings were never published.
            """);
    private static final Map<String, List<Bilingual>> VALUES = Map.of(
            "time", Bilingual.lines("""
                    مساءً = in the evening
                    فجراً = at dawn
                    في وضح النهار = in broad daylight
                    ليلاً = at night
                    صباحاً = in the morning
                    """),
            "vehicle", Bilingual.lines("""
                    سيارة رباعية الدفع = a four-wheel-drive vehicle
                    سيارة بلا لوحات تسجيل = a car without number plates
                    دراجة نارية = a motorcycle
                    سيارة مدنية سوداء = a black civilian car
                    شاحنة صغيرة = a pickup truck
                    """),
            "wound", Bilingual.lines("""
                    بقنبلة غاز مسيل للدموع في الرأس = in the head by a tear-gas canister
                    بالرصاص الحي في الصدر = in the chest by live ammunition
                    برصاصة قناص في الرقبة = in the neck by a sniper’s bullet
                    بشظايا قنبلة صوتية = by shrapnel from a stun grenade
                    """),
            "channel", Bilingual.lines("""
                    رسائل نصية = text messages
                    مواقع التواصل الاجتماعي = social media
                    اتصالات هاتفية من أرقام مجهولة = calls from unknown numbers
                    """),
            "reason", Bilingual.lines("""
                    منشورات[ه/ها] المنتقدة للفساد = [his/her] posts criticising corruption
                    مشاركت[ه/ها] في التظاهرات = [his/her] part in the protests
                    عمل[ه/ها] الصحفي = [his/her] reporting
                    دفاع[ه/ها] عن المعتقلين = [his/her] defence of detainees
                    """),
            "dump", Bilingual.lines("""
                    في منطقة زراعية نائية = on remote farmland
                    قرب مكب للنفايات = near a rubbish dump
                    على ضفة النهر = on the riverbank
                    """));
    private static final Map<Occupation, Bilingual> OCCUPATIONS = Map.of(
            Occupation.ACTIVIST, new Bilingual("[الناشط/الناشطة]", "activist"),
            Occupation.JOURNALIST, new Bilingual("[الصحفي/الصحفية]", "journalist"),
            Occupation.LAWYER, new Bilingual("[المحامي/المحامية]", "lawyer"),
            Occupation.PROTESTER, new Bilingual("[المتظاهر/المتظاهرة]", "protester"),
            Occupation.MEDIC, new Bilingual("[المسعف/المسعفة]", "paramedic"),
            Occupation.STUDENT, new Bilingual("[الطالب/الطالبة]", "student"),
            Occupation.BLOGGER, new Bilingual("[المدوّن/المدوّنة]", "blogger"),
            Occupation.TRADE_UNIONIST, new Bilingual("[النقابي/النقابية]", "trade unionist"),
            Occupation.CIVIL_SERVANT, new Bilingual("[الموظف/الموظفة]", "civil servant"));
    private static final Bilingual CITIZEN = new Bilingual("[المواطن/المواطنة]", "[a man/a woman]");

    private SyntheticNarratives() {
    }

    /**
     * How a narrative names the victim: occupation and name ("الناشط علي حسن الزبيدي",
     * "activist Ali Hassan al-Zubaidi"); an English text without a Latin spelling describes instead
     * ("a 24-year-old activist"). Gendered words stay bracketed until {@link #write}.
     */
    static String victim(boolean arabic, PersonDraft person, Integer age) {
        Bilingual occupation = person.primaryOccupation() == null ? null : OCCUPATIONS.get(person.primaryOccupation());
        String name = arabic && person.nameArabic() != null ? person.nameArabic() : person.nameLatin();
        if (arabic) {
            String title = (occupation == null ? CITIZEN : occupation).arabic();
            return title + " " + name + (age == null ? "" : " (" + age + " عاماً)");
        }
        if (name != null) {
            return occupation == null ? name : occupation.english() + " " + name;
        }
        String who = occupation == null ? CITIZEN.english() : occupation.english();
        if (age != null) {
            return "a " + age + "-year-old " + (occupation == null ? "[man/woman]" : who);
        }
        return occupation == null ? who : (startsWithVowel(who) ? "an " : "a ") + who;
    }

    static String write(Random random, Story story) {
        boolean ar = story.arabic();
        List<String> sentences = new ArrayList<>();
        String kind = story.victim() == null ? "COLLECTIVE" : story.type();
        sentences.add(Weighted.any(random, (ar ? EVENTS_AR : EVENTS_EN).get(kind)));
        Bilingual outcome = story.victim() == null || story.fate() == null ? null : OUTCOMES.get(story.fate());
        if (outcome != null && !(story.fate() == Fate.INJURED && "KILLING_AT_PROTEST".equals(story.type()))) {
            sentences.add(outcome.in(ar));
        }
        if (story.otherVictims() > 0) {
            int others = story.otherVictims();
            sentences.add(ar ? (others == 1 ? "وطال الحادث شخصاً آخر." : "وطال الحادث " + others + " أشخاص آخرين.")
                    : "The same incident also struck " + (others == 1 ? "one other person." : others + " other people."));
        }
        int context = random.nextInt(3);
        for (Bilingual line : pickDistinct(random, context)) {
            sentences.add(line.in(ar));
        }
        String text = fill(random, String.join(" ", sentences), story);
        text = gendered(text, story.gender());
        return ar ? text : capitalised(text);
    }

    private static String fill(Random random, String template, Story story) {
        boolean ar = story.arabic();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "victim" -> story.victim();
                case "perp" -> story.perpetrator().in(ar);
                case "perp_subject" -> story.perpetratorAsSubject().in(ar);
                case "place" -> story.place().in(ar);
                case "site" -> story.protestSite().in(ar);
                case "duration" -> duration(ar, story.days());
                default -> Weighted.any(random, VALUES.get(matcher.group(1))).in(ar);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").replace(" .", ".").replace(" ،", "،");
    }

    /** Resolves {@code [masculine/feminine]}; a victim of unknown gender reads masculine, as Arabic does. */
    static String gendered(String text, Gender gender) {
        return GENDERED.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(gender == Gender.FEMALE ? 2 : 1)));
    }

    private static String duration(boolean arabic, int days) {
        if (!arabic) {
            return days == 1 ? "one day" : days + " days";
        }
        if (days <= 2) {
            return days == 1 ? "يوم واحد" : "يومين";
        }
        return days + (days <= 10 ? " أيام" : " يوماً");
    }

    private static List<Bilingual> pickDistinct(Random random, int count) {
        List<Bilingual> pool = new ArrayList<>(CONTEXT);
        List<Bilingual> picked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static String capitalised(String text) {
        return SENTENCE_START.matcher(text).replaceAll(m -> m.group(1) + m.group(2).toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean startsWithVowel(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
