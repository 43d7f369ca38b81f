/* Inflection and casualty codes: table-driven.  Engine tables use their own
 * lexicon; the casualty tables use the built-in one, because its casualty
 * rows are part of what the library promises. */
#include "testutil.h"
#include "invariant.h"

static const char *engine_tsv =
    "term\tcategory\tid\tlang\tinflect\n"
    "Курская область\tplace\tp.kursk-oblast\tru\t\n"
    "Часов Яр\tplace\tp.chasiv-yar\tru\tposs m\n"
    "Великая Новосёлка\tplace\tp.velyka-novosilka\tru\t\n"
    "Кривой Рог\tplace\tp.kryvyi-rih\tru\t\n"
    "Постоялые Дворы\tplace\tp.postoyalye-dvory\tru\tadj pl\n"
    "Сумы\tplace\tp.sumy\tru\tpl\n"
    "Крынки\tplace\tp.krynky\tru\tpl\n"
    "Работино\tplace\tp.robotyne\tru\t\n"
    "Курахово\tplace\tp.kurakhove\tru\t\n"
    "Крым\tplace\tp.crimea\tru\tm+u\n"
    "Ростов-на-Дону\tplace\tp.rostov\tru\t\n"
    "Авдеевка\tplace\tp.avdiivka\tru\t\n"
    "Запорожье\tplace\tp.zaporizhzhia\tru\t\n"
    "Харьков\tplace\tp.kharkiv\tru\t\n"
    "Бахмут\tplace\tp.bakhmut\tru\t\n"
    "Ирпень\tplace\tp.irpin\tru\tm\n"
    "Орёл\tplace\tp.orel\tru\tm+fv\n"
    /* a noun in -ой says so (the generators' ru_noun_in_oj); a
     * substantivized adjective is the ending's guess */
    "Джанкой\tplace\tp.dzhankoi\tru\tm\n"
    "Лесной\tplace\tp.lesnoy\tru\t\n"
    "Вагнер\tunit\tu.wagner\tru\t\n"
    "Ахмат\tunit\tu.akhmat\tru\t\n"
    "Росгвардия\tunit\tu.rosgvardia\tru\t\n"
    "Харків\tplace\tp.kharkiv\tuk\t\n"
    "Київ\tplace\tp.kyiv\tuk\t\n"
    "Бахмут\tplace\tp.bakhmut\tuk\t\n"
    "Луганщина\tplace\tp.luhanshchyna\tuk\t\n"
    "Авдіївка\tplace\tp.avdiivka\tuk\t\n"
    "Новомайорське\tplace\tp.novomaiorske\tuk\t\n"
    "Станиця Луганська\tplace\tp.stanytsia\tuk\tf adj\n"
    "Україна\tplace\tp.ukraine\tuk\t\n"
    "Росія\tplace\tp.russia\tuk\t\n"
    "Ірпінь\tplace\tp.irpin\tuk\t\n"
    "Часів Яр\tplace\tp.chasiv-yar\tuk\tposs m\n"
    "Запоріжжя\tplace\tp.zaporizhzhia\tuk\tn\n"
    "птичка\tslang\ts.drone\tru\t\n"
    "коробочка\tslang\ts.box\tru\t\n"
    "мобик\tslang\ts.mobik\tru\t\n"
    "Kharkiv\tplace\tp.kharkiv\ten\t\n";

typedef struct form_case {
  const char *text;   /* a sentence */
  const char *span;   /* what must be tagged */
  const char *id;
} form_case;

static const form_case forms[] = {
  {"в Курской области идут бои", "Курской области", "p.kursk-oblast"},
  {"вошли в Курскую область", "Курскую область", "p.kursk-oblast"},
  {"над Курскою областью", "Курскою областью", "p.kursk-oblast"},
  {"в Часовом Яре", "Часовом Яре", "p.chasiv-yar"},
  {"у Часова Яра", "Часова Яра", "p.chasiv-yar"},
  {"за Часовым Яром", "Часовым Яром", "p.chasiv-yar"},
  {"в Великой Новосёлке", "Великой Новосёлке", "p.velyka-novosilka"},
  {"к Великой Новоселке", "Великой Новоселке", "p.velyka-novosilka"},
  {"в Кривом Роге", "Кривом Роге", "p.kryvyi-rih"},
  {"из Кривого Рога", "Кривого Рога", "p.kryvyi-rih"},
  {"в Постоялых Дворах", "Постоялых Дворах", "p.postoyalye-dvory"},
  {"у Постоялых Дворов", "Постоялых Дворов", "p.postoyalye-dvory"},
  {"в Сумах", "Сумах", "p.sumy"},
  {"из Сум", "Сум", "p.sumy"},
  {"у Крынок", "Крынок", "p.krynky"},
  {"в Крынках", "Крынках", "p.krynky"},
  {"в Работино", "Работино", "p.robotyne"},
  {"под Курахово", "Курахово", "p.kurakhove"},
  {"в Крыму", "Крыму", "p.crimea"},
  {"в Ростове-на-Дону", "Ростове-на-Дону", "p.rostov"},
  {"в Авдеевке", "Авдеевке", "p.avdiivka"},
  {"за Авдеевку", "Авдеевку", "p.avdiivka"},
  {"под Авдеевкой", "Авдеевкой", "p.avdiivka"},
  {"из Запорожья", "Запорожья", "p.zaporizhzhia"},
  {"из Харькова", "Харькова", "p.kharkiv"},
  {"под Бахмутом", "Бахмутом", "p.bakhmut"},
  {"в Ирпене", "Ирпене", "p.irpin"},
  {"из Орла", "Орла", "p.orel"},
  {"возле Джанкоя", "Джанкоя", "p.dzhankoi"},
  {"в Джанкое", "Джанкое", "p.dzhankoi"},
  {"под Джанкоем", "Джанкоем", "p.dzhankoi"},
  {"к Джанкою", "Джанкою", "p.dzhankoi"},
  {"из Лесного", "Лесного", "p.lesnoy"},
  {"в Лесном", "Лесном", "p.lesnoy"},
  {"бойцы Вагнера", "Вагнера", "u.wagner"},
  {"с Ахматом", "Ахматом", "u.akhmat"},
  {"сотрудники Росгвардии", "Росгвардии", "u.rosgvardia"},
  {"у Харкові", "Харкові", "p.kharkiv"},
  {"з Харкова", "Харкова", "p.kharkiv"},
  {"до Києва", "Києва", "p.kyiv"},
  {"у Києві", "Києві", "p.kyiv"},
  {"під Бахмутом", "Бахмутом", "p.bakhmut"},
  {"на Луганщині", "Луганщині", "p.luhanshchyna"},
  {"в Авдіївці", "Авдіївці", "p.avdiivka"},
  {"у Новомайорському", "Новомайорському", "p.novomaiorske"},
  {"у Станиці Луганській", "Станиці Луганській", "p.stanytsia"},
  {"в Україну", "Україну", "p.ukraine"},
  {"з Росії", "Росії", "p.russia"},
  {"в Ірпені", "Ірпені", "p.irpin"},
  {"під Часовим Яром", "Часовим Яром", "p.chasiv-yar"},
  {"у Запоріжжі", "Запоріжжі", "p.zaporizhzhia"},
  {"наши птички летят", "птички", "s.drone"},
  {"нет птичек", "птичек", "s.drone"},
  {"две коробочки", "коробочки", "s.box"},
  {"много мобиков", "мобиков", "s.mobik"},
  {"мобиками", "мобиками", "s.mobik"},
};

START_TEST(case_forms) {
  miltag_lexicon *lex = compile_or_fail(engine_tsv);
  const form_case *c = &forms[_i];
  char want[256];
  snprintf(want, sizeof want, "%s:%s:%s", c->span,
           c->id[0] == 'p' ? "place" : c->id[0] == 'u' ? "unit" : "slang", c->id);
  ck_assert_str_eq(tag_string(lex, c->text, 0), want);
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(plural_only_common_nouns) {
  miltag_lexicon *lex = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\n"
      "укропы\tslang\ts.ukrop\tru\tpl\n"
      "вагнеровцы\tunit\tu.wagnerites\tru\tpl\n"
      "мясной штурм\tslang\ts.meat\tru\t\n");
  /* the genitive plural of a common noun is not its bare stem (укроп = dill) */
  ck_assert_str_eq(tag_string(lex, "укроп и укропов", 0), "укропов:slang:s.ukrop");
  ck_assert_str_eq(tag_string(lex, "против вагнеровцев", 0), "вагнеровцев:unit:u.wagnerites");
  /* an adjective-noun phrase of slang declines in the plural too */
  ck_assert_str_eq(tag_string(lex, "мясные штурмы и мясными штурмами", 0),
                   "мясные штурмы:slang:s.meat|мясными штурмами:slang:s.meat");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(latin_names_do_not_inflect) {
  miltag_lexicon *lex = compile_or_fail(engine_tsv);
  ck_assert_str_eq(tag_string(lex, "Kharkivа Kharkive", 0), "");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(abbreviations_do_not_inflect) {
  miltag_lexicon *lex = compile_or_fail("term\tcategory\tid\tlang\nВСУ\tunit\tu.afu\tru\n");
  ck_assert_str_eq(tag_string(lex, "ВСУ ВСУа ВСУе", 0), "ВСУ:unit:u.afu");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(no_inflection_flag) {
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.flags = MILTAG_COMPILE_NO_INFLECTION;
  miltag_lexicon *lex;
  miltag_error err;
  const char *tsv = "term\tcategory\tid\tlang\nХарьков\tplace\tp\tru\n";
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t", &opt, &lex, &err), MILTAG_OK);
  ck_assert_str_eq(tag_string(lex, "Харьков Харькова", 0), "Харьков:place:p");
  miltag_lexicon_free(lex);
}
END_TEST

/* m+u: the locative in -у/-ю, which agrees case by case with the words
 * of the term (в Сосновом Бору; m alone gives в Сосновом Боре only). */
START_TEST(second_locative) {
  miltag_lexicon *lex = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\n"
      "Сосновый Бор\tplace\tp.sb\tru\tadj m+u\n"
      "Зелёный Бор\tplace\tp.zb\tru\tadj m\n"
      "Тихий Дон\tplace\tp.don\tru\tadj m+u\n"
      "{num} полк\tunit\tu.reg\tru\tord m+u\n"
      "Красный Край\tplace\tp.kk\tru\tadj m+u\n");
  ck_assert_str_eq(tag_string(lex, "служил в Сосновом Бору", 0), "Сосновом Бору:place:p.sb");
  ck_assert_str_eq(tag_string(lex, "служил в Сосновом Боре", 0), "Сосновом Боре:place:p.sb");
  ck_assert_str_eq(tag_string(lex, "служил в Зелёном Бору", 0), "");
  ck_assert_str_eq(tag_string(lex, "на Тихом Дону", 0), "Тихом Дону:place:p.don");
  ck_assert_str_eq(tag_string(lex, "в 155-м полку", 0), "155-м полку:unit:u.reg");
  ck_assert_str_eq(tag_string(lex, "в Красном Краю", 0), "Красном Краю:place:p.kk");
  miltag_lexicon_free(lex);
}
END_TEST

START_TEST(spec_errors) {
  miltag_lexicon *lex;
  miltag_error err;
  const char *tsv = "term\tcategory\tid\tlang\tinflect\nКурская область\tplace\tp\tru\tadj\n";
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.message, "t.tsv:2:28: the inflection spec has 1 words, the term has 2");
  tsv = "term\tcategory\tid\nab[c\tplace\tp\n";
  ck_assert_int_eq(miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", NULL, &lex, &err), MILTAG_E_SYNTAX);
  ck_assert_str_eq(err.message, "t.tsv:2:1: '[' without ']' in the term");
}
END_TEST

START_TEST(patterns) {
  miltag_lexicon *lex = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\tattrs\n"
      "{num} [отдельная] [гвардейская] бригада морской пехоты\tunit\tu.nib\tru\tord adj adj f - -\ttype=naval infantry brigade\n"
      "{num}(st|nd|rd|th) [Separate] Mechanized Brigade\tunit\tu.mech\ten\t\ttype=mechanized brigade\n"
      "155th Separate Mechanized Brigade\tunit\tu.155\ten\t\t\n"
      "в/ч {num}\tunit\tu.vch\tru\t- - -\t\n"
      "{num} армия\tunit\tu.army\tru\tord f\t\n"
      "{num} окрема механізована бригада\tunit\tu.ua-mech\tuk\tord adj adj f\t\n");
  ck_assert_str_eq(tag_string(lex, "155-я отдельная гвардейская бригада морской пехоты", 0),
                   "155-я отдельная гвардейская бригада морской пехоты:unit:u.nib");
  ck_assert_str_eq(tag_string(lex, "из 810-й бригады морской пехоты", 0), "810-й бригады морской пехоты:unit:u.nib");
  ck_assert_str_eq(tag_string(lex, "the 47th Mechanized Brigade", 0), "47th Mechanized Brigade:unit:u.mech");
  ck_assert_str_eq(tag_string(lex, "the 1st Separate Mechanized Brigade", 0), "1st Separate Mechanized Brigade:unit:u.mech");
  /* a specific row wins over the pattern for the same span */
  ck_assert_str_eq(tag_string(lex, "the 155th Separate Mechanized Brigade", 0), "155th Separate Mechanized Brigade:unit:u.155");
  ck_assert_str_eq(tag_string(lex, "в/ч 40318 и 58-ю армию, 58-я армия", 0),
                   "в/ч 40318:unit:u.vch|58-ю армию:unit:u.army|58-я армия:unit:u.army");
  ck_assert_str_eq(tag_string(lex, "бійці 47-ї окремої механізованої бригади", 0),
                   "47-ї окремої механізованої бригади:unit:u.ua-mech");
  /* a bare number before a full noun is an ordinal only with 2+ digits:
   * "2 бригады" counts brigades */
  miltag_lexicon *brig = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\n"
      "{num} бригада\tunit\tu.b\tru\tord f\n"
      "{num} ОШБр\tunit\tu.osh\tuk\tord -\n");
  ck_assert_str_eq(tag_string(brig, "у нас 2 бригады", 0), "");
  ck_assert_str_eq(tag_string(brig, "бойцы 155 бригады", 0), "155 бригады:unit:u.b");
  ck_assert_str_eq(tag_string(brig, "бойцы 2-й бригады", 0), "2-й бригады:unit:u.b");
  /* before an abbreviation any number and any gender */
  ck_assert_str_eq(tag_string(brig, "3 ОШБр, 3-тя ОШБр, 3-й ОШБр", 0),
                   "3 ОШБр:unit:u.osh|3-тя ОШБр:unit:u.osh|3-й ОШБр:unit:u.osh");
  miltag_lexicon_free(brig);
  /* {name}: a capitalized name between quotes after a type word */
  miltag_lexicon *named = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\tattrs\n"
      "батальон «{name}»\tunit\tu.bn\tru\tm -\ttype=battalion\n"
      "бригада «{name}»\tunit\tu.br\tru\tf -\t\n"
      "бригада «Призрак»\tunit\tu.prizrak\tru\tf -\t\n");
  ck_assert_str_eq(tag_string(named, "бойцы батальона «Ахмат-Чечня» и батальон \"Восток\"", 0),
                   "батальона «Ахмат-Чечня»:unit:u.bn|батальон \"Восток\":unit:u.bn");
  /* a lower-case word, an unquoted word, an unclosed quote: no name */
  ck_assert_str_eq(tag_string(named, "батальон «сокол», батальон Восток, батальон «Восток и", 0), "");
  /* a specific row wins its span over the pattern */
  ck_assert_str_eq(tag_string(named, "по бригаде «Призрак»", 0), "бригаде «Призрак»:unit:u.prizrak");
  {
    miltag_scanner *sc;
    miltag_results *rs;
    ck_assert_int_eq(miltag_scanner_new(named, &sc), MILTAG_OK);
    ck_assert_int_eq(miltag_results_new(named, &rs), MILTAG_OK);
    const char *t = "батальон «Свобода России»";
    ck_assert_int_eq(miltag_scan_results(sc, t, strlen(t), 0, rs), MILTAG_OK);
    ck_assert_uint_eq(miltag_results_count(rs), 1);
    /* the name is a capture: offsets into the text; attrs are the entry's */
    const miltag_tag *tg = miltag_results_get(rs, 0);
    ck_assert_str_eq(tg->attrs, "type=battalion");
    ck_assert_uint_eq(tg->name.start, strlen("батальон «"));
    ck_assert_uint_eq(tg->name.end, strlen("батальон «Свобода России"));
    ck_assert_uint_eq(tg->number.start, tg->number.end);
    ck_assert(tg->number_value == MILTAG_NO_NUMBER);
    miltag_results_free(rs);
    miltag_scanner_free(sc);
  }
  miltag_lexicon_free(named);
  /* the number is a capture: its bytes and its value */
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(lex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(lex, &r), MILTAG_OK);
  const char *t = "the 93rd Mechanized Brigade and the 47th Mechanized Brigade, в/ч 040318, "
                  "в/ч 99999999999999999999";
  ck_assert_int_eq(miltag_scan_results(s, t, strlen(t), 0, r), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(r), 4);
  static const char *const digits[] = {"93", "47", "040318", "99999999999999999999"};
  static const uint64_t values[] = {93, 47, 40318, MILTAG_NO_NUMBER};
  for (size_t i = 0; i < 4; i++) {
    const miltag_tag *tg = miltag_results_get(r, i);
    ck_assert_str_eq(tg->attrs, i < 2 ? "type=mechanized brigade" : "");
    ck_assert_uint_eq(tg->number.end - tg->number.start, strlen(digits[i]));
    ck_assert(memcmp(t + tg->number.start, digits[i], strlen(digits[i])) == 0);
    ck_assert(tg->number_value == values[i]);
    ck_assert_uint_eq(tg->name.start, tg->name.end);
  }
  /* a row without slots captures nothing: a number it spells is no capture */
  miltag_lexicon *plain = compile_or_fail(HEADER "1 армейский корпус\tunit\tu.1ak\t\tru\t- adj m\t\t\n");
  miltag_scanner *ps;
  miltag_results *pr;
  ck_assert_int_eq(miltag_scanner_new(plain, &ps), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(plain, &pr), MILTAG_OK);
  const char *pt = "в 1 армейском корпусе";
  ck_assert_int_eq(miltag_scan_results(ps, pt, strlen(pt), 0, pr), MILTAG_OK);
  ck_assert_uint_eq(miltag_results_count(pr), 1);
  ck_assert_uint_eq(miltag_results_get(pr, 0)->number.start, miltag_results_get(pr, 0)->number.end);
  ck_assert(miltag_results_get(pr, 0)->number_value == MILTAG_NO_NUMBER);
  miltag_results_free(pr);
  miltag_scanner_free(ps);
  miltag_lexicon_free(plain);
  miltag_results_free(r);
  miltag_scanner_free(s);
  miltag_lexicon_free(lex);
}
END_TEST

/* ---------------------------------------------------------------- paradigms */

/* Each row alone: the forms in `yes` must be tagged whole, those in `no`
 * must not be (forms separated by "|").  The forms are the ones Hunspell's
 * dictionaries (hunspell-uk, hunspell-ru) generate for the word, as
 * tools/inflect_check.py compares them; `no` holds forms the engine used
 * to make that are no words, or other words. */
typedef struct paradigm_case {
  const char *lang, *category, *spec, *term, *yes, *no;
} paradigm_case;

static const paradigm_case paradigms[] = {
  /* Ukrainian і → о in the last syllable: -піль, -ів; -ів after a hushing
   * consonant or ц → е; ї → є */
  {"uk", "place", "", "Тернопіль", "Тернополя|Тернополі|Тернополем|Тернополю", "Тернопіля|Тернопілі"},
  {"uk", "place", "", "Львів", "Львова|Львові|Львовом|Львову", "Львовові"},
  {"uk", "place", "", "Миколаїв", "Миколаєва|Миколаєві|Миколаєвом", "Миколаєвові"},
  {"uk", "place", "", "Бердичів", "Бердичева|Бердичеві|Бердичевом", "Бердичова|Бердичові"},
  {"uk", "place", "", "Краків", "Кракова|Кракові", ""},
  {"uk", "place", "", "Замарстинів", "Замарстинові|Замарстинова", ""},
  /* what the dictionary knows, the spec says: і → е, і → о, no change */
  {"uk", "place", "m+e", "Могилів", "Могилева|Могилеві", "Могилова"},
  {"uk", "slang", "m", "Лев", "Лева|Левові|Левом", "Льва"},
  {"uk", "slang", "m+o", "Прокіп", "Прокопа|Прокопові|Прокопом", "Прокіпа"},
  {"uk", "slang", "m+o", "Антін", "Антона|Антонові|Антоні", "Антіна"},
  {"uk", "place", "m+i", "Невір", "Невіра|Невірі|Невіром", "Невора"},
  {"uk", "place", "m+o", "Межигір", "Межигора|Межигорі", "Межигіра"},
  /* -інь: the dictionary's е, and the і that news text writes */
  {"uk", "place", "", "Ірпінь", "Ірпеня|Ірпені|Ірпенем|Ірпіні|Ірпіня", ""},
  /* fleeting е before a soft consonant; after л it leaves ь, after a
   * vowel й */
  {"uk", "place", "m+fv", "Відень", "Відня|Відні|Віднем|Відню", "Віденя|Відені"},
  {"uk", "place", "m+fv", "Трускавець", "Трускавця|Трускавці|Трускавцем|Трускавцю", "Трускавеця|Трускавеці"},
  {"uk", "place", "", "Трускавець", "Трускавця|Трускавці", "Трускавеця"},
  {"uk", "slang", "m+fv", "Кравець", "Кравця|Кравцеві|Кравцем", "Кравеця"},
  {"uk", "place", "m+fv", "Селець", "Сельця|Сельці", "Селеця|Селця"},
  {"uk", "slang", "m+fv", "Заєць", "Зайця|Зайцем", "Заєця"},
  {"uk", "place", "m+fv", "Садок", "Садка|Садку|Садком", "Садока"},
  /* Russian feminine -ь with a fleeting vowel: it drops before -и, stays
   * before -ью (церковь: церкви, церковью) */
  {"ru", "place", "adj f+fv", "Белая Церковь", "Белой Церкви|Белую Церковь|Белой Церковью",
   "Белой Церкови|Белой Церквью"},
  /* hushing stems: dative -еві, instrumental -ем; ц is hard */
  {"uk", "place", "", "Париж", "Парижа|Парижем|Парижі|Парижеві", "Парижові|Парижом"},
  {"uk", "place", "", "Печерськ", "Печерська|Печерську|Печерськом", ""},
  {"uk", "place", "", "Гамбург", "Гамбурга|Гамбурзі|Гамбургу", ""},
  /* soft stems in -р (the dictionary's Ігор, Шахтар) */
  {"uk", "slang", "m+soft", "Ігор", "Ігоря|Ігореві|Ігорем|Ігорі", "Ігора|Ігором"},
  /* plural-only: soft stems take -ям, -ями, -ях; the genitive */
  {"uk", "place", "pl", "Чернівці", "Чернівців|Чернівцям|Чернівцях|Чернівцями", "Чернівцах|Чернівоц"},
  {"uk", "place", "pl", "Черкаси", "Черкас|Черкасах|Черкасами|Черкасів", ""},
  {"uk", "place", "pl", "Іваньки", "Іваньок|Іваньків", "Іванек"},
  {"uk", "place", "pl+ov", "Орішники", "Орішників|Орішниках", "Орішник"},
  {"uk", "place", "pl+z", "Суми", "Сум|Сумах", "Сумів"},
  {"uk", "place", "pl", "Прилуки", "Прилук|Прилуках", ""},
  {"uk", "place", "pl+z", "Стирти", "Стирт|Стиртах", "Стиртів"},
  /* neuter nouns in -е and -я */
  {"uk", "place", "n", "Поле", "Поля|Полю|Полем|Полі", ""},
  {"uk", "place", "n", "Селище", "Селища|Селищу|Селищем|Селищі", ""},
  {"uk", "place", "n", "Міжгір'я", "Міжгір'ї|Міжгір'ям|Міжгір’ю", "Міжгір'і"},
  {"uk", "place", "", "Запоріжжя", "Запоріжжі|Запоріжжям", ""},
  {"uk", "place", "n", "Містечко", "Містечка|Містечку|Містечком", "Містечкі"},
  /* masculine -о: dative and locative -ові */
  {"uk", "slang", "m", "Шевченко", "Шевченка|Шевченкові|Шевченком|Шевченку", "Шевченкі"},
  {"uk", "slang", "m", "Петро", "Петра|Петрові|Петром|Петру|Петрі", ""},
  {"uk", "place", "m", "Дніпро", "Дніпра|Дніпрові|Дніпром|Дніпрі", ""},
  /* a feminine name in -я after a doubled consonant */
  {"uk", "slang", "f", "Ілля", "Іллі|Іллю|Іллею", ""},
  /* -ья: after ь the ending is iotated as after a vowel or an apostrophe
   * (ескадрилья → ескадрильї, ескадрильєю; Баранья → Бараньї) */
  {"uk", "slang", "f", "ескадрилья", "ескадрильї|ескадрилью|ескадрильєю", "ескадрильі|ескадрильею"},
  /* feminine -ість: о in the oblique cases, not in the instrumental */
  {"uk", "slang", "f", "власність", "власності|власністю", "власністі"},
  {"uk", "place", "f+o", "Сіль", "Солі|Сіллю", "Сілі"},
  {"uk", "place", "f", "Межиріч", "Межирічі|Межиріччю", "Межирічем|Межирічу"},
  /* a plural adjective of the soft kind says so */
  {"uk", "place", "adj+soft pl", "Верхні Сироватки", "Верхніх Сироваток|Верхнім Сироваткам", "Верхних Сироваток"},
  {"uk", "place", "adj pl", "Малі Сироватки", "Малих Сироваток", "Маліх Сироваток"},
  /* a region, a country or a river in -й: the genitive -ю (Хабаровського
   * краю, з Китаю; Миколая the man: -я) */
  {"uk", "place", "adj m", "Хабаровський край", "Хабаровського краю|Хабаровському краї|Хабаровським краєм", ""},
  /* surnames: every gender and both numbers, no neuter */
  {"uk", "slang", "sur", "Пєсков", "Пєскова|Пєскову|Пєсковим|Пєскові|Пєскової|Пєсковій|Пєсковою|Пєскови|Пєскових",
   "Пєсковові|Пєсковом"},
  {"uk", "slang", "sur", "Зелений", "Зеленого|Зелена|Зеленої|Зелені|Зеленим", "Зелене"},
  {"ru", "slang", "sur", "Песков", "Пескова|Пескову|Песковым|Пескове|Песковой|Песковы|Песковых|Песковыми",
   "Песковом"},
  {"ru", "slang", "sur", "Пушкин", "Пушкина|Пушкиным|Пушкиной|Пушкиных", "Пушкином"},
  {"ru", "slang", "sur", "Толстой", "Толстого|Толстая|Толстой|Толстые|Толстым", "Толстое"},
  /* Russian fleeting е: after л it leaves ь (Лев → Льва) */
  {"ru", "slang", "m+fv", "Лев", "Льва|Льву|Львом", "Лева|Левом"},
  {"ru", "place", "m+fv", "Елец", "Ельца|Ельце|Ельцом", "Елеца"},
  {"ru", "place", "", "Марганец", "Марганца|Марганце", "Марганеца"},
  {"ru", "place", "m+fv", "Орёл", "Орла|Орле|Орлом", "Орёла"},
  {"ru", "place", "", "Днепр", "Днепре|Днепром|Днепра", ""},
  {"ru", "place", "pl", "Сумы", "Сум|Сумах|Сумами", ""},
  {"ru", "place", "", "Запорожье", "Запорожья|Запорожьем|Запорожью", ""},
  {"ru", "slang", "f", "Авдотья", "Авдотьи|Авдотий", "Авдотьь"},
  {"ru", "slang", "m", "Анатолий", "Анатолия|Анатолии|Анатолием", "Анатолие"},
  /* adjective and noun agree in the accusative too: no "кривого рог" */
  {"ru", "place", "", "Кривой Рог", "Кривом Роге|Кривого Рога|Кривым Рогом", "Кривого Рог|Кривой Рога"},
  {"uk", "place", "", "Кривий Ріг", "Кривому Розі|Кривого Рогу|Кривим Рогом", "Кривого Ріг|Кривий Рога"},
};

static void forms_each(const char *list, char out[][128], int *n) {
  *n = 0;
  while (*list) {
    const char *e = strchr(list, '|');
    size_t l = e ? (size_t)(e - list) : strlen(list);
    snprintf(out[(*n)++], 128, "%.*s", (int)l, list);
    list += l + (e != NULL);
  }
}

START_TEST(paradigm_forms) {
  const paradigm_case *c = &paradigms[_i];
  char tsv[512];
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\tlang\tinflect\n%s\t%s\tx.row\t%s\t%s\n", c->term,
           c->category, c->lang, c->spec);
  miltag_lexicon *lex = compile_or_fail(tsv);
  char fs[24][128];
  int n;
  forms_each(c->yes, fs, &n);
  for (int i = 0; i < n; i++) {
    char want[300];
    snprintf(want, sizeof want, "%s:%s:x.row", fs[i], c->category);
    ck_assert_msg(strcmp(tag_string(lex, fs[i], 0), want) == 0, "%s (%s %s): '%s' is not a form", c->term,
                  c->lang, c->spec, fs[i]);
  }
  forms_each(c->no, fs, &n);
  for (int i = 0; i < n; i++)
    ck_assert_msg(strcmp(tag_string(lex, fs[i], 0), "") == 0, "%s (%s %s): '%s' is a form", c->term, c->lang,
                  c->spec, fs[i]);
  miltag_lexicon_free(lex);
}
END_TEST

/* A word of one letter never declines, whatever its spec says (uk_noun
 * read the byte before the stem of a one-letter word in а: found by
 * valgrind in Грасіас-а-Діос), and the forms of a word are never
 * read before its first letter. */
START_TEST(one_letter_words) {
  miltag_lexicon *lex = compile_or_fail(
      "term\tcategory\tid\tlang\tinflect\n"
      "а\tslang\ts.a\tuk\tf\n"
      "я\tslang\ts.ya\tuk\tf\n"
      "ь\tslang\ts.soft\tuk\tm\n"
      "о\tslang\ts.o\tru\tn\n"
      "Грасіас-а-Діос\tplace\tp.gad\tuk\tm f m\n");
  ck_assert_str_eq(tag_string(lex, "у і ою и ю ї єю", 0), "");
  ck_assert_str_eq(tag_string(lex, "а я", 0), "а:slang:s.a|я:slang:s.ya");
  ck_assert_str_eq(tag_string(lex, "у Грасіаса-а-Діоса", 0), "Грасіаса-а-Діоса:place:p.gad");
  ck_assert_str_eq(tag_string(lex, "у Грасіаса-у-Діоса", 0), "");
  miltag_lexicon_free(lex);
}
END_TEST

/* ---------------------------------------------------------------- casualty */

static miltag_lexicon *deflex;

typedef struct cas_case {
  const char *text;
  const char *code;
} cas_case;

static const cas_case casualty_positive[] = {
  {"двухсотый", "200"}, {"двухсотых", "200"}, {"двухсотыми", "200"}, {"двухсотого", "200"},
  {"двухсотому", "200"}, {"двухсотом", "200"}, {"двухсотая", "200"}, {"двухсотую", "200"},
  {"трёхсотые", "300"}, {"трехсотые", "300"}, {"трехсотыми", "300"}, {"трёхсотых", "300"},
  {"пятисотого", "500"}, {"пятисотые", "500"}, {"четырёхсотые", "400"}, {"четырехсотый", "400"},
  {"двохсоті", "200"}, {"двохсотих", "200"}, {"трьохсотий", "300"}, {"трьохсоті", "300"},
  {"п'ятисоті", "500"}, {"п’ятисоті", "500"}, {"пʼятисотих", "500"}, {"двухсоті", "200"},
  {"200-е", "200"}, {"200-х", "200"}, {"200-ых", "200"}, {"200х", "200"}, {"300-й", "300"},
  {"500-е", "500"}, {"200-тими", "200"}, {"200-ті", "200"}, {"300ые", "300"},
  {"груз 200", "200"}, {"груза 200", "200"}, {"грузом-200", "200"}, {"Груз200", "200"},
  {"грузе 200", "200"}, {"груз-300", "300"}, {"грузы 200", "200"}, {"груз две\xCC\x81сти", "200"},
  {"задвухсотили", "200"}, {"затрёхсотило", "300"}, {"затрехсотить", "300"}, {"затрехсотился", "300"},
  {"200s", "200"}, {"300s", "300"}, {"500s", "500"}, {"200's", "200"}, {"cargo 200", "200"},
  {"Cargo-200", "200"}, {"Cargo200", "200"}, {"gruz 200", "200"}, {"Gruz-400", "400"},
  {"Gruz dvésti", "200"}, {"двoхcoтих", "200"}, {"«200»", "200"}, {"“300”", "300"},
  /* (the number in words, quoted alone as the radio says it: heldout12
   * class) */
  {"“two hundred”", "200"}, {"«three hundred»", "300"},
  /* English word forms of translated intercepts; Latin transliterations of
   * the Russian and Ukrainian adjectives */
  {"two-hundreds", "200"}, {"Three-hundreds", "300"}, {"five hundreds", "500"},
  {"dvukhsotykh", "200"}, {"Trekhsotyi", "300"}, {"pyatisotye", "500"}, {"dvokhsoti", "200"},
  {"trokhsotykh", "300"}, {"chetyrekhsotye", "400"},
};

START_TEST(casualty_forms) {
  const cas_case *c = &casualty_positive[_i];
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(deflex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(deflex, &r), MILTAG_OK);
  char text[200];
  snprintf(text, sizeof text, "Они говорят: %s.", c->text);
  ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), 0, r), MILTAG_OK);
  ck_assert_msg(miltag_results_count(r) == 1, "'%s': %zu tags", c->text, miltag_results_count(r));
  const miltag_tag *t = miltag_results_get(r, 0);
  ck_assert_int_eq(t->category, MILTAG_CASUALTY);
  const char *code;
  size_t n;
  ck_assert(miltag_attr_get(t->attrs, "code", &code, &n));
  ck_assert_int_eq(strncmp(code, c->code, n), 0);
  /* the span is the code without its quotation marks */
  const char *body = c->text;
  size_t blen = strlen(body);
  if (strncmp(body, "«", 2) == 0) { body += 2; blen -= 4; }
  else if (strncmp(body, "“", 3) == 0) { body += 3; blen -= 6; }
  ck_assert_uint_eq(t->end - t->start, blen);
  ck_assert_int_eq(memcmp(text + t->start, body, blen), 0);
  miltag_results_free(r);
  miltag_scanner_free(s);
}
END_TEST

static const char *casualty_negative[] = {
  "200 км", "в 2023 году", "300 человек", "300 раненых", "S-300", "С-400", "ФАБ-500", "ФАБ 500",
  "200-граммовые", "1980-х", "двухсотую страницу", "двухсотый день войны", "300-й день",
  "пятисотый раз", "более двухсот человек", "трехсот шагов", "пятисот рублей", "двести",
  "Boeing 767-300's", "two Airbus A-310-300s", "S and P 500s", "120-е", "100-200 трупов",
  "в 200 метрах", "It was 200 s long", "the 200th anniversary",
  /* a range of numbers; a number's genitive in Latin letters; a quoted
   * title after a work's word */
  "Her scores stayed in the three hundreds all season.", "bolee pyatisot rubley",
  "Zack Snyder's film \"300\" was a hit.", "фильм «300» вышел в 2006 году",
  /* a quoted code number after a name's possessive: a work's title by
   * its author (heldout-blind13 class; written sentences) */
  "Frank Miller's \"300\" sold well, the soldiers said.", "Warner’s \"300\" opened in March.",
  /* "a" + a number that a noun or a unit follows, or after a subject
   * other than a person out of the war, is a quantity or a model */
  "We have a 300-page report.", "They have a 300 km drive.", "The firm had a 300 million loss.",
  "I have a 300 page book.", "The car is a 300, the dealer said.", "He got a 300 on the test.",
  /* a bare number after a person's copula or "went" is a code only at a
   * clause's end (written sentences) */
  "I'm 300 km from home.", "The price is 300.", "Its value went 500 points up.", "He is 200 metres away.",
  /* ... and after other subjects, only people in a sentence of the war
   * (heldout6 class; written sentences) */
  "The first ticket is 100, the rest are 300.", "Our losses were 300, the general said after the shelling.",
  "After the shelling the guys were 300 metres from the trenches.",
  "There were 300 at the front yesterday, the drones said nothing.",
  "The lads from the club are 200 now, and the season is over.",
  /* speech and counts (heldout-blind9 class): a number that a noun, a
   * unit or a sign follows, or one with no count, copula or call around
   * it, stays a quantity even in a quotation, a transcript or a sentence
   * of the war */
  "\"We sold five 300 mm pipes to the army,\" he said.", "The two 200 metre runners said the soldiers cheered.",
  "\"Half the guys are 300 km away,\" the soldier said.", "(M): We drove 300 km. (F): Fine.",
  "\"There are three 500 rouble notes left,\" the soldier said.", "\"Page 300 is missing,\" she said.",
  "\"It costs $500 now,\" the soldier said.", "(M): The bill is 500 now.", "\"The score is 300 now,\" he said.",
  "\"I have two 300 and a 500 in the garage,\" the collector said.",
  "The team posted five 300 and two 200 totals this season.", "The army will stay in 200 days, two 300.",
  "(M): We have 5 300 rubles left.", "Troops counted 200, 300 and 500 tanks in the convoy.",
  "The regiment was 500 strong, the colonel said.", "\"The first ticket is 100, the rest are 300,\" he said.",
  "\"Are you 200?\" the hotel clerk asked.", "\"Half the boys are 300 now,\" he said of the school.", "In 1941 the division lost 300, the historian said.",
  /* (a count before a preposition: a noun, of or a unit first is a
   * quantity; no count, no code) */
  "The platoon walked one 200 metres from the trench.", "The soldiers were two 200 km from the front.",
  "The soldiers saw two 200 of them near the front.", "The army bought two 500 rouble rations at the depot.",
  "The brigade lost 200 in the assault, the general said.", "The price was already 300.", "It is now 300, the clerk said.", "It cost two hundred dollars.", "Three hundred soldiers were wounded.",
  /* a code's adjective before a noun it agrees with, no war in the
   * sentence: an ordinal number (heldout14 class; written sentences) */
  "Библиотека выдала уже двухсотый абонемент.", "Трьохсотий відвідувач виставки отримав квиток.",
  "Сосед купил шестисотый «мерседес».", "Магазин встретил пятисотую покупательницу цветами.",
  /* ... and the number with a case suffix (heldout-blind13 class) */
  "Команда одержала 300-ю победу в сезоне.", "Клуб провёл 200-й турнир за историю.",
  "На юбилейном 500-м концерте пел хор.",
  /* ... and a brand's name after it, with its capital in its quotation
   * marks (heldout16 class) */
  "В девяностые на шестисотом «Мерседесе» ездили только богачи.",
  /* a code's adjective in the plural, the subject of a comparison of
   * quality, no war in the sentence: a product's series (heldout26 class;
   * written sentences) */
  "Двухсотые стали популярнее прошлых моделей, пишет обзорщик смартфонов.",
  "Двухсотые оказались заметно дешевле прошлых моделей.",
  "Двохсоті стали популярнішими за минулі моделі, пише огляд техніки.",
  "Трьохсоті виявилися кращими за конкурентів.",
  "Двухсотые стали лучше, чем сотые, пишет обзорщик.",
  /* a crewman's copula out of the war and out of a transcript: a number */
  "The driver is 200, the passenger 300, the tolls said.", "The captain was 300 metres away.",
  /* "a" and a number that a noun, a measure or a hyphen's compound
   * follows, in a sentence of the war: a quantity (heldout18 class;
   * written sentences) */
  "The shell left a 300 metre crater near the brigade's trenches.",
  "The army's website returned a 500 error after the drone strike.",
  "A soldier wrote a 300-page book about the war in Donbas.",
  "The battalion fired a 200 round barrage under cover of night.",
  /* ... and "a" and a number in apposition to something, not a man: a
   * quantity */
  "Her score, a 300 according to the judges, was the best of the night.",
};

/* ... and where the word after it is no noun of it, or the sentence is
 * of the war, the code (written sentences) */
static const char *const code_adjective_said[][2] = {
  {"Экипаж трёхсотый весь, коробочку сожгли.", "трёхсотый"},
  {"Трёхсотого на себе тащим.", "Трёхсотого"},
  {"После обстрела у нас трёхсотый боец, эвакуации нет.", "трёхсотый"},
  {"Двухсотых полно, никто не забирает.", "Двухсотых"},
  {"Мы «двухсотый» груз не берём.", "двухсотый"},
  {"Вчера 300-го вывезли на эвакуацию.", "300-го"},
  {"Утром 200-е лежали у дороги.", "200-е"},
  {"У нас 300-й боец после обстрела, эвакуации нет.", "300-й"},
  /* (a suffix no ordinal has: груз 200's route, dev2) */
  {"Вони можуть виїхати 200-тим маршрутом.", "200-тим"},
  /* (the plural compared by quantity or frequency, described, or rated
   * in a sentence of the war: the code, heldout26 class) */
  {"Двухсотые лежат в посадке уже третью неделю, забрать некому.", "Двухсотые"},
  {"Двухсотые стали приходить чаще, говорит санитар.", "Двухсотые"},
  {"Трёхсотые стали злее, говорит санитар.", "Трёхсотые"},
  {"После штурма двухсотые стали тяжелее, их не вынести с позиций.", "двухсотые"},
  /* (a comparative of speed or time, an infinitive after it: how the men
   * do a thing, not a product's rating; review of 1141705) */
  {"Трёхсотые стали быстрее возвращаться в строй.", "Трёхсотые"},
  {"Трьохсоті стали раніше повертатися до строю.", "Трьохсоті"},
  {"Трёхсотые стали активнее возвращаться в строй.", "Трёхсотые"},
  /* (no object of comparison after it: how the men have changed) */
  {"Пятисотые стали наглее и больше не прячутся.", "Пятисотые"},
  {"Двухсотые стали дешевле после снижения выплат семьям.", "Двухсотые"},
};

/* English: a bare code number that says what a person is or became, at the
 * end of a clause (intercepts: "I'm 300, shrapnel in the leg"; written
 * sentences) */
static const char *const bare_code_positive[][2] = {
  {"I'm 300, shrapnel in the leg.", "300"},
  {"Half the company went 500, they just sat in the basement.", "500"},
  {"He is 200.", "200"},
  {"We're all 300 here", NULL},
  /* people as the subject, in a sentence of the war; an adverb of time
   * before the clause's end */
  {"Half the lads from our village are 200 now, the commander said after the shelling.", "200"},
  {"Two of the guys were 300, and the drones kept coming.", "300"},
  {"After the shelling the rest are 300.", "300"},
  /* an adverb of time between the copula and the number (heldout12
   * class) */
  {"By the time the evac vehicle reached the tree line, he was already a 200.", "200"},
  {"He is now 300, shrapnel in the leg.", "300"},
  /* "a" + the code, a count noun: the object of have or got after a
   * person, a perfect's copula, a name's copula in a sentence of the war;
   * up to two adverbs of time or frequency before the clause's end
   * (heldout-blind13, heldout16 classes; written sentences) */
  {"We have a 300 here, send the medic.", "300"},
  {"They've got a 300 at the crossroads.", NULL},
  {"They've got a 300, bring the stretcher.", "300"},
  {"She had a 200 already, the second this week.", "200"},
  {"My brother has been a 300 twice now, the shelling never stops.", "300"},
  {"Sasha is a 200 now, the soldiers told his wife.", "200"},
  /* "a" and the code, a count noun, anywhere in a sentence of the war when
   * its clause ends after it or a preposition opens a phrase: an object,
   * an apposition (heldout18 class; written sentences) */
  {"Her son, a 300 according to the battalion medic, was flown to Dnipro.", "300"},
  {"The crew dragged a 300 under mortar fire to the brigade's evacuation vehicle.", "300"},
  {"Drone operators spotted a 200 near the trench after the assault.", "200"},
  {"Under shelling the medic carried a 300 with a leg wound out of the trench.", "300"},
  {"My brother, a 300 since the spring, writes from a hospital in Lviv.", "300"},
};

/* English: a bare code number counted or said of people in speech: a
 * count word before it in a sentence of the war or a call's transcript,
 * a copula in a question or with "a", people's copula in a transcript or
 * a quotation (written sentences) */
static const char *const bare_code_speech[][3] = {
  {"The soldier said on the radio: \"We have three 300 and one 200, send the evac.\"", "300", "200"},
  {"(M): How many? (F): Four 300 today, the medic is alone.", "300", NULL},
  {"(M): Are you 300 too? (F): No, just tired.", "300", NULL},
  {"(F): Was he 200? (M): Yes.", "200", NULL},
  {"(M): Half the platoon became 300 yesterday.", "300", NULL},
  {"She's a 500 now, she refused to go back.", "500", NULL},
  {"After the assault the soldiers counted two 200 and six 300.", "200", "300"},
  {"Our unit lost men: two 200s and one 300, the sergeant wrote.", "200s", "300"},
  /* a preposition that opens a phrase of time or place ends the count's
   * clause as a comma does (heldout-blind11 class) */
  {"\"We had four 300s and one 200 after a single assault,\" a soldier near Vuhledar told his mother.",
   "300s", "200"},
  {"(M): Two 200 since morning, the medic is alone.", "200", NULL},
  {"On the radio you never say 'killed', you say 'two hundred'; 'three hundred' means wounded.",
   "two hundred", "three hundred"},
  {"The platoon had three 300 near the tree line and one 200 in the trench, the soldier said.", "300", "200"},
  /* a crewman's or a kinsman's copula on a call's transcript line
   * (heldout-blind15 class; written sentences) */
  {"(R): Our box burned near the river, the driver is 200.", "200", NULL},
  {"(M): The gunner was 300, we dragged him out.", "300", NULL},
};

/* Scans text and asserts its casualty tags are exactly the spans in want
 * (in order, up to two; a NULL ends the list). */
static void assert_casualty_spans(const char *text, const char *const *want, size_t nwant) {
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(deflex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(deflex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), 0, r), MILTAG_OK);
  size_t expected = 0;
  while (expected < nwant && want[expected]) expected++;
  size_t found = 0;
  for (size_t i = 0; i < miltag_results_count(r); i++) {
    const miltag_tag *t = miltag_results_get(r, i);
    if (t->category != MILTAG_CASUALTY) continue;
    ck_assert_msg(found < expected, "'%s': an extra casualty tag", text);
    const char *w = want[found++];
    ck_assert_uint_eq(t->end - t->start, strlen(w));
    ck_assert_int_eq(memcmp(text + t->start, w, strlen(w)), 0);
  }
  ck_assert_uint_eq(found, expected);
  miltag_results_free(r);
  miltag_scanner_free(s);
}

START_TEST(bare_code_in_speech) {
  assert_casualty_spans(bare_code_speech[_i][0], &bare_code_speech[_i][1], 2);
}
END_TEST

/* bare_code_said, one block per construction (each helper of
 * lib/evidence.c): the code where the construction says it, and a near
 * sentence where it does not.  NULL: no casualty tag. */
static void said_cases(const char *const (*cases)[2], size_t n) {
  for (size_t i = 0; i < n; i++) assert_casualty_spans(cases[i][0], &cases[i][1], 1);
}

/* code_clause_at: the clause ends after the number (a comma, "and", an
 * adverb of time), or no construction counts. */
START_TEST(code_said_clause) {
  static const char *const cases[][2] = {
    {"He is 200.", "200"},
    {"He is now 300, shrapnel in the leg.", "300"},
    {"He is 200 metres away.", NULL},
    {"(M): We have 5 300 rubles left.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_counted: a count word before it, in the war or on a call. */
START_TEST(code_said_after_count) {
  static const char *const cases[][2] = {
    {"(M): How many? (F): Four 300 today, the medic is alone.", "300"},
    {"(M): Two 200 since morning, the medic is alone.", "200"},
    {"The team posted five 300 and two 200 totals this season.", NULL},
    {"The soldiers saw two 200 of them near the front.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_one_in_war: "a" and the number in a sentence of the war. */
START_TEST(code_said_as_one_in_war) {
  static const char *const cases[][2] = {
    {"Drone operators spotted a 200 near the trench after the assault.", "200"},
    {"The shell left a 300 metre crater near the brigade's trenches.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_in_apposition: "a" and the number after a crewman's comma. */
START_TEST(code_said_in_apposition) {
  static const char *const cases[][2] = {
    {"Her son, a 300 according to the battalion medic, was flown to Dnipro.", "300"},
    {"Her score, a 300 according to the judges, was the best of the night.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_person_copula: a person's copula, went or gone, an auxiliary. */
START_TEST(code_said_by_copula) {
  static const char *const cases[][2] = {
    {"I'm 300, shrapnel in the leg.", "300"},
    {"Half the company went 500, they just sat in the basement.", "500"},
    {"The price is 300.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_had: "a" and the number after have or got. */
START_TEST(code_said_as_had) {
  static const char *const cases[][2] = {
    {"We have a 300 here, send the medic.", "300"},
    {"They've got a 300, bring the stretcher.", "300"},
    {"He got a 300 on the test.", NULL},
    /* (he's, she's: the tokenizer splits the 's off, as a possessive's;
     * code_split_copula) */
    {"He's got a 300, need evac now.", "300"},
    {"She’s got a 300, we need the medic.", "300"},
    {"He's got a 300 on the test.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_one_copula, code_split_copula: "a" after a copula where soldiers
 * speak; he's, she's split. */
START_TEST(code_said_as_one_after_copula) {
  static const char *const cases[][2] = {
    {"Sasha is a 200 now, the soldiers told his wife.", "200"},
    {"She's a 500 now, she refused to go back.", "500"},
    {"The car is a 300, the dealer said.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_question: a person after a copula, asked. */
START_TEST(code_said_in_question) {
  static const char *const cases[][2] = {
    {"(M): Are you 300 too? (F): No, just tired.", "300"},
    {"\"Are you 200?\" the hotel clerk asked.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_people_copula: people's copula where soldiers speak. */
START_TEST(code_said_of_people) {
  static const char *const cases[][2] = {
    {"Two of the guys were 300, and the drones kept coming.", "300"},
    {"(R): Our box burned near the river, the driver is 200.", "200"},
    {"The lads from the club are 200 now, and the season is over.", NULL},
    {"The driver is 200, the passenger 300, the tolls said.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_state_before_phrase: a man's state before a phrase of time or
 * place or "except" (heldout26 class; written sentences): a singular
 * person's copula anywhere; a crewman's, a share's copula or "went"
 * where soldiers speak.  A plural's count, a rank's or a total's phrase
 * and a measure stay numbers. */
START_TEST(code_said_before_phrase) {
  static const char *const cases[][2] = {
    {"He became 300 after a drone hit the dugout.", "300"},
    {"The soldier says his friend became 300 after a drone hit their dugout.", "300"},
    {"Half the company went 500 after the third assault, the soldier told his mother.", "500"},
    {"Half the platoon was 300 before the evacuation, the soldier said.", "300"},
    {"Everyone in my company is 200 except me, the soldier wrote.", "200"},
    /* (he's, she's split: the singular person's copula) */
    {"He's 300 after a drone hit the dugout.", "300"},
    {"She’s 300 after the shelling, the medics are with her.", "300"},
    {"He's been 300 since the morning, the soldiers say after the shelling.", "300"},
    {"He's 300 after the diet, his trainer joked.", NULL},
    {"She's 200 in the rankings after the assault, the soldier said.", NULL},
    {"His friend became 300 after the match.", NULL},
    {"They were 300 before the war, the soldiers said.", NULL},
    {"He was 200 in the rankings after the assault, the soldier said.", NULL},
    {"She was 300 kilometres away after the strike.", NULL},
    {"Police listed them as 500 in total after the rally.", NULL},
    {"The soldiers were 300 before the assault.", NULL},
    {"Prices went 500 after the reform.", NULL},
    /* (a singular person's copula needs the war or a call's transcript
     * too: out of them the number is a weight, a rank, a sum; review of
     * 1141705) */
    {"He was 300 before he started running and now weighs 180.", NULL},
    {"I was 300 before the diet, now I'm down to 210.", NULL},
    {"I'm 300 since January, my doctor says lose weight.", NULL},
    {"She was 200 after the first round and climbed to 45th by Sunday.", NULL},
    {"He was 500 under budget when the project closed.", NULL},
    {"He was 300 near the end of the trading day, down from 320.", NULL},
    {"I was 500 except for the bonus, he said about his salary.", NULL},
    {"He was 300 during the war and 290 after it, his trainer joked.", NULL},
    /* (another number of hundreds: a weight's series, in a sentence of
     * the war too) */
    {"His son was 200 before the war and is 240 pounds now, the soldier joked.", NULL},
    /* (both: two things as often as two men, drones, tanks) */
    {"Both drones were 500 before the war, the brigade's volunteers said.", NULL},
    {"Both tanks were 300 outside the city when the shelling started.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* code_counted_ours: a count or a share of ours or us is men where
 * soldiers speak (heldout26 class); of them is things too.  A floating
 * "all" after a person's copula where soldiers speak. */
START_TEST(code_said_of_ours) {
  static const char *const cases[][2] = {
    {"Two of ours are 300 and the medic cannot reach them before dark, the soldier said.", "300"},
    {"One of us was 200, the rest ran, the soldier said.", "200"},
    /* (out of the war and a call: a weight, a score, a price; review of
     * 1141705) */
    {"Two of us were 300 and the third was over the weight limit.", NULL},
    {"Both of us are 500 and we still can't qualify for the loan.", NULL},
    {"Their rooms cost 150 a night, but two of ours were 300 and the rest 250.", NULL},
    {"Two of ours are 300 and two are 500, the dealer said of the cars.", NULL},
    {"Two of them are 300, the rest are cheaper.", NULL},
    {"They are all 200, the soldier says, nobody came for them.", "200"},
    {"We're all 300 here", NULL},
    /* (a platoon or a battalion, a squad's or a company's commander: a
     * formation of the war, context words of context.tsv; a squad alone
     * is a team's as often, in sport) */
    {"Two of ours are 300 and the platoon cannot reach them.", "300"},
    {"One of us was 200, the battalion pulled back at night.", "200"},
    {"Two of ours are 300, the squad leader is calling for help.", "300"},
    {"Two of ours are 300, the company commander said.", "300"},
    {"Two of ours were 300 and the squad still won the cup.", NULL},
  };
  said_cases(cases, sizeof cases / sizeof *cases);
}
END_TEST

/* A call's transcript line reaches 4 KB back from the number to its
 * speaker's tag, on the same line only; a long line of turns is judged
 * turn by turn (the line's tags are read once, in order). */
START_TEST(bare_code_transcript_reach) {
  static char text[16384];
  static const char *const heads[] = {"(M): ", "(M): ", "(M): Four 300 today. ", "(M): Four 300 today. "};
  static const char *const tails[] = {"Four 300 today.", "Four 300 today.", "Two 300 now.", "(F): Two 300 now."};
  static const size_t fills[] = {2000, 5000, 5000, 5000};
  static const char *const want[][2] = {{"300", NULL}, {NULL, NULL}, {"300", NULL}, {"300", "300"}};
  for (size_t k = 0; k < sizeof fills / sizeof *fills; k++) {
    size_t n = (size_t)sprintf(text, "%s", heads[k]);
    while (n < fills[k]) n += (size_t)sprintf(text + n, "la ");
    n += (size_t)sprintf(text + n, "%s", tails[k]);
    ck_assert_uint_lt(n, sizeof text);
    assert_casualty_spans(text, want[k], 2);
  }
  assert_casualty_spans("(M): Hello.\nFour 300 today.", want[1], 2);
}
END_TEST

START_TEST(bare_code_after_a_copula) {
  assert_casualty_spans(bare_code_positive[_i][0], &bare_code_positive[_i][1], 1);
}
END_TEST

START_TEST(code_adjective_in_war) {
  assert_casualty_spans(code_adjective_said[_i][0], &code_adjective_said[_i][1], 1);
}
END_TEST

START_TEST(casualty_negatives) {
  const char *text = casualty_negative[_i];
  miltag_scanner *s;
  miltag_results *r;
  ck_assert_int_eq(miltag_scanner_new(deflex, &s), MILTAG_OK);
  ck_assert_int_eq(miltag_results_new(deflex, &r), MILTAG_OK);
  ck_assert_int_eq(miltag_scan_results(s, text, strlen(text), 0, r), MILTAG_OK);
  for (size_t i = 0; i < miltag_results_count(r); i++)
    ck_assert_msg(miltag_results_get(r, i)->category != MILTAG_CASUALTY, "'%s' tagged as casualty", text);
  miltag_results_free(r);
  miltag_scanner_free(s);
}
END_TEST

/* Caps of the expansion either hold what the data needs or are reported:
 * never a silent drop (issue 18). */
typedef struct warnings {
  int n;
  char last[700];
} warnings;

static int on_warning(const miltag_error *w, void *ctx) {
  warnings *k = ctx;
  k->n++;
  snprintf(k->last, sizeof k->last, "%s", w->what);
  return 0;
}

static miltag_lexicon *compile_warned(const char *tsv, unsigned flags, warnings *k, int *rc) {
  miltag_compile_options opt = MILTAG_COMPILE_OPTIONS_INIT;
  opt.flags = flags;
  opt.warn = on_warning;
  opt.warn_ctx = k;
  miltag_lexicon *lex = NULL;
  miltag_error err;
  k->n = 0;
  k->last[0] = 0;
  *rc = miltag_lexicon_compile(tsv, strlen(tsv), "t.tsv", &opt, &lex, &err);
  if (*rc) snprintf(k->last, sizeof k->last, "%s", err.what);
  return lex;
}

/* Eight ordinals before a noun: 3^8 forms a case.  A cap of 4,096
 * combinations a case tagged "1-ая 2-я ... 8-я бригада" and silently not
 * "1-я ... 7-я 8-ая бригада". */
START_TEST(eight_ordinals_all_forms) {
  warnings k;
  int rc;
  miltag_lexicon *lex = compile_warned(
      "term\tcategory\tid\tlang\tinflect\n"
      "1 2 3 4 5 6 7 8 бригада\tunit\tu.b\tru\tord ord ord ord ord ord ord ord f\n", 0, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_OK);
  ck_assert_int_eq(k.n, 0);
  static const char *const texts[] = {"1-ая 2-я 3-я 4-я 5-я 6-я 7-я 8-я бригада",
                                      "1-я 2-я 3-я 4-я 5-я 6-я 7-я 8-ая бригада",
                                      "1-ой 2-й 3-й 4-ой 5-й 6-ой 7-й 8-ой бригады"};
  for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
    char want[256];
    snprintf(want, sizeof want, "%s:unit:u.b", texts[i]);
    ck_assert_str_eq(tag_string(lex, texts[i], 0), want);
  }
  miltag_lexicon_free(lex);
}
END_TEST

/* Ten optional pairs of adjectives: millions of forms from one 288-byte
 * row (issue 18: 4.3 M forms and 24 s from a 475-byte row).  At most
 * 65,536 forms a row are added, and the row is reported: a warning, an
 * error in strict mode. */
START_TEST(form_budget_is_reported) {
  static const char *const adjs[] = {"большая", "малая", "новая", "старая", "красная",
                                     "белая", "чёрная", "зелёная", "синяя", "жёлтая"};
  char tsv[1024] = "term\tcategory\tid\tlang\n";
  for (size_t i = 0; i < 10; i++)
    snprintf(tsv + strlen(tsv), sizeof tsv - strlen(tsv), "[%s %s] ", adjs[i], adjs[i]);
  strcat(tsv, "птичка\tslang\ts.o\tru\nптичка\tslang\ts.bird\tru\n");
  warnings k;
  int rc;
  miltag_lexicon *lex = compile_warned(tsv, 0, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_OK);
  ck_assert_int_eq(k.n, 1);
  ck_assert_msg(strstr(k.last, "has more than 65536 inflected forms: the rest are not added"), "%s", k.last);
  miltag_lexicon_stats st = MILTAG_LEXICON_STATS_INIT;
  ck_assert_int_eq(miltag_lexicon_get_stats(lex, &st), MILTAG_OK);
  ck_assert_uint_le(st.forms, 65536 + 100);
  /* the rows after it are whole */
  ck_assert_str_eq(tag_string(lex, "птичками", 0), "птичками:slang:s.bird");
  miltag_lexicon_free(lex);
  lex = compile_warned(tsv, MILTAG_COMPILE_STRICT, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_E_LIMIT);
  ck_assert_ptr_null(lex);
}
END_TEST

/* A word too long to decline (more than 64 characters) stays as written
 * while the others decline (it used to empty every form but the base),
 * and forms longer than the 32 tokens the scanner follows are reported
 * (they used to be dropped silently). */
START_TEST(long_words_and_long_forms) {
  char word[400] = "Зорб";
  for (int i = 0; i < 70; i++) strcat(word, "о");
  strcat(word, "вская");
  char tsv[2048], text[1024], want[1200];
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\tlang\n%s область\tplace\tp.l\tru\n", word);
  warnings k;
  int rc;
  miltag_lexicon *lex = compile_warned(tsv, 0, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_OK);
  snprintf(text, sizeof text, "в %s области", word);
  snprintf(want, sizeof want, "%s области:place:p.l", word);
  ck_assert_str_eq(tag_string(lex, text, 0), want);
  /* the long word stays as written (its noun declines): said, not silent */
  ck_assert_int_eq(k.n, 1);
  ck_assert_ptr_nonnull(strstr(k.last, "has more than 64 characters: it is not declined"));
  miltag_lexicon_free(lex);
  /* a long word its spec keeps as written: nothing to say */
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\tlang\tinflect\n%s область\tplace\tp.l\tru\t- f\n", word);
  lex = compile_warned(tsv, 0, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_OK);
  ck_assert_int_eq(k.n, 0);
  miltag_lexicon_free(lex);

  /* a number and 31 words: with its ordinal ending, 33 tokens */
  snprintf(tsv, sizeof tsv, "term\tcategory\tid\tlang\tinflect\n1");
  for (int i = 0; i < 31; i++) snprintf(tsv + strlen(tsv), sizeof tsv - strlen(tsv), " сл%c", 'a' + i % 26);
  strcat(tsv, "\tunit\tu.d\tru\tord");
  for (int i = 0; i < 31; i++) strcat(tsv, " -");
  strcat(tsv, "\n");
  lex = compile_warned(tsv, 0, &k, &rc);
  ck_assert_int_eq(rc, MILTAG_OK);
  ck_assert_int_eq(k.n, 1);
  ck_assert_ptr_nonnull(strstr(k.last, "has forms of more than 32 tokens: they are not added"));
  miltag_lexicon_free(lex);
}
END_TEST

static void open_default(void) { ck_assert_int_eq(miltag_lexicon_default(NULL, &deflex), MILTAG_OK); }
static void close_default(void) { miltag_lexicon_free(deflex); }

int main(void) {
  Suite *s = suite_create("inflect");
  TCase *tc = tcase_create("engine");
  tcase_add_loop_test(tc, case_forms, 0, (int)(sizeof forms / sizeof *forms));
  tcase_add_test(tc, plural_only_common_nouns);
  tcase_add_test(tc, second_locative);
  tcase_add_test(tc, latin_names_do_not_inflect);
  tcase_add_test(tc, abbreviations_do_not_inflect);
  tcase_add_test(tc, no_inflection_flag);
  tcase_add_test(tc, spec_errors);
  tcase_add_test(tc, patterns);
  tcase_add_test(tc, eight_ordinals_all_forms);
  tcase_add_test(tc, form_budget_is_reported);
  tcase_add_test(tc, long_words_and_long_forms);
  tcase_add_loop_test(tc, paradigm_forms, 0, (int)(sizeof paradigms / sizeof *paradigms));
  tcase_add_test(tc, one_letter_words);
  suite_add_tcase(s, tc);
  TCase *cas = tcase_create("casualty");
  tcase_add_checked_fixture(cas, open_default, close_default);
  tcase_add_loop_test(cas, casualty_forms, 0, (int)(sizeof casualty_positive / sizeof *casualty_positive));
  tcase_add_loop_test(cas, casualty_negatives, 0, (int)(sizeof casualty_negative / sizeof *casualty_negative));
  tcase_add_loop_test(cas, bare_code_after_a_copula, 0,
                      (int)(sizeof bare_code_positive / sizeof *bare_code_positive));
  tcase_add_loop_test(cas, bare_code_in_speech, 0, (int)(sizeof bare_code_speech / sizeof *bare_code_speech));
  tcase_add_loop_test(cas, code_adjective_in_war, 0,
                      (int)(sizeof code_adjective_said / sizeof *code_adjective_said));
  tcase_add_test(cas, bare_code_transcript_reach);
  tcase_add_test(cas, code_said_clause);
  tcase_add_test(cas, code_said_after_count);
  tcase_add_test(cas, code_said_as_one_in_war);
  tcase_add_test(cas, code_said_in_apposition);
  tcase_add_test(cas, code_said_by_copula);
  tcase_add_test(cas, code_said_as_had);
  tcase_add_test(cas, code_said_as_one_after_copula);
  tcase_add_test(cas, code_said_in_question);
  tcase_add_test(cas, code_said_of_people);
  tcase_add_test(cas, code_said_before_phrase);
  tcase_add_test(cas, code_said_of_ours);
  suite_add_tcase(s, cas);
  return run_suite(s) ? EXIT_FAILURE : EXIT_SUCCESS;
}
