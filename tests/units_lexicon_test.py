#!/usr/bin/env python3
"""End-to-end checks of the built-in lexicon's units and slang (issue 13).

usage: units_lexicon_test.py BUILD_DIR

Runs BUILD_DIR/miltag on phrases and compares its tags with the expected
ones: the numbered-formation grammar in every case of one phrase in Russian
and Ukrainian, English in both orders, abbreviations on either side of the
number, ordinary numbers that must stay quiet, named formations of both
sides, armed forces in either order, and slang that needs evidence.  Each
case lists every unit and slang tag the line must get, as (text, id); ids
ending in '*' match by prefix.  Places are not checked here.
"""
import json
import subprocess
import sys

CASES = [
    # -- Russian: one formation phrase in every case
    ("58-я общевойсковая армия наступает", [("58-я общевойсковая армия", "unit.ru-58-combined-arms-army")]),
    ("бойцы 58-й общевойсковой армии", [("58-й общевойсковой армии", "unit.ru-58-combined-arms-army")]),
    ("вошли в 58-ю общевойсковую армию", [("58-ю общевойсковую армию", "unit.ru-58-combined-arms-army")]),
    ("командует 58-й общевойсковой армией", [("58-й общевойсковой армией", "unit.ru-58-combined-arms-army")]),
    ("3-я отдельная гвардейская мотострелковая бригада",
     [("3-я отдельная гвардейская мотострелковая бригада", "unit.pattern.motor-rifle-brigade")]),
    ("бойцы 3-й отдельной гвардейской мотострелковой бригады",
     [("3-й отдельной гвардейской мотострелковой бригады", "unit.pattern.motor-rifle-brigade")]),
    ("передали 3-й отдельной гвардейской мотострелковой бригаде",
     [("3-й отдельной гвардейской мотострелковой бригаде", "unit.pattern.motor-rifle-brigade")]),
    ("видели 3-ю отдельную гвардейскую мотострелковую бригаду",
     [("3-ю отдельную гвардейскую мотострелковую бригаду", "unit.pattern.motor-rifle-brigade")]),
    ("командует 3-й отдельной гвардейской мотострелковой бригадой",
     [("3-й отдельной гвардейской мотострелковой бригадой", "unit.pattern.motor-rifle-brigade")]),
    ("служил в 70-м мотострелковом полку", [("70-м мотострелковом полку", "unit.pattern.motor-rifle-regiment")]),
    ("в составе 61-го полка морской пехоты", [("61-го полка морской пехоты", "unit.pattern.naval-infantry-regiment")]),
    ("бойцы 22-й бригады спецназа ГРУ",
     [("22-й бригады спецназа", "unit.ru-22-spetsnaz-brigade"), ("ГРУ", "unit.gru")]),
    ("509-го тяжелого танкового батальона", [("509-го тяжелого танкового батальона", "unit.pattern.heavy-tank-battalion")]),
    ("5-й мехкорпус и 7-м мехкорпусом",
     [("5-й мехкорпус", "unit.pattern.mechanized-corps"), ("7-м мехкорпусом", "unit.pattern.mechanized-corps")]),
    ("Третья отдельная штурмовая бригада", [("Третья отдельная штурмовая бригада", "unit.ua-3-assault-brigade")]),
    ("Первая гвардейская танковая армия", [("Первая гвардейская танковая армия", "unit.ru-1-guards-tank-army")]),
    ("в воинской части 71718", [("воинской части 71718", "unit.pattern.military-unit-number")]),
    ("80-й отдельный гвардейский разведывательный батальон «Спарта»",
     [("80-й отдельный гвардейский разведывательный батальон «Спарта»", "unit.dpr-sparta")]),
    ("призван в Кантемировскую танковую дивизию", [("Кантемировскую танковую дивизию", "unit.ru-4-tank-division")]),
    # -- Ukrainian: every case
    ("47-ма окрема механізована бригада", [("47-ма окрема механізована бригада", "unit.ua-47-mechanized-brigade")]),
    ("бійці 47-ї окремої механізованої бригади",
     [("47-ї окремої механізованої бригади", "unit.ua-47-mechanized-brigade")]),
    ("передали 47-й окремій механізованій бригаді",
     [("47-й окремій механізованій бригаді", "unit.ua-47-mechanized-brigade")]),
    ("побачили 47-му окрему механізовану бригаду",
     [("47-му окрему механізовану бригаду", "unit.ua-47-mechanized-brigade")]),
    ("командує 47-ю окремою механізованою бригадою",
     [("47-ю окремою механізованою бригадою", "unit.ua-47-mechanized-brigade")]),
    ("бійці 101-го батальйону територіальної оборони",
     [("101-го батальйону територіальної оборони", "unit.pattern.territorial-defence-battalion")]),
    ("бійці 2-го батальйону 47-ї бригади",
     [("2-го батальйону", "unit.pattern.battalion"), ("47-ї бригади", "unit.ua-47-mechanized-brigade")]),
    ("воїни 7 корпусу ДШВ", [("7 корпусу ДШВ", "unit.pattern.ua-corps")]),
    ("нагорода 17-тій Полтавській бригаді", [("17-тій Полтавській бригаді", "unit.ua-17-tank-brigade")]),
    ("7-й гвардійський десантно-штурмовий корпус",
     [("7-й гвардійський десантно-штурмовий корпус", "unit.pattern.air-assault-corps")]),
    ("Третя окрема штурмова бригада", [("Третя окрема штурмова бригада", "unit.ua-3-assault-brigade")]),
    ("28 ОМБр ім. Лицарів Зимового походу",
     [("28 ОМБр ім. Лицарів Зимового походу", "unit.ua-28-mechanized-brigade")]),
    # (a branch and the whole forces: two names, docs/units-and-slang.md)
    ("у складі Сухопутних військ ЗСУ", [("Сухопутних військ", "unit.ua-ground-forces"), ("ЗСУ", "unit.afu")]),
    ("воїни десантно-штурмових військ", [("десантно-штурмових військ", "unit.ua-dshv")]),
    # -- abbreviations on either side of the number
    ("бойцы 1 мсд и 15 тп",
     [("1 мсд", "unit.pattern.ru-motor-rifle-division"), ("15 тп", "unit.pattern.ru-tank-regiment")]),
    ("воїни 3 ОШБр", [("3 ОШБр", "unit.ua-3-assault-brigade")]),
    ("бійці 36-й ОБрМП", [("36-й ОБрМП", "unit.ua-36-marine-brigade")]),
    ("бійці 47-ї ОМБр", [("47-ї ОМБр", "unit.ua-47-mechanized-brigade")]),
    ("бійці 13 БрОП", [("13 БрОП", "unit.ua-khartiia")]),
    ("в/ч 12345 и military unit 12345",
     [("в/ч 12345", "unit.pattern.military-unit-number"), ("military unit 12345", "unit.pattern.military-unit-number")]),
    ("ОРБ «Спарта» и ОЗСП «Азов»", [("ОРБ «Спарта»", "unit.dpr-sparta"), ("ОЗСП «Азов»", "unit.azov")]),
    # -- English, both orders
    ("the 47th Mech fought on", [("47th Mech", "unit.ua-47-mechanized-brigade")]),
    ("Brigade 153 held the line", [("Brigade 153", "unit.pattern.brigade")]),
    ("16 Brigade has deployed", [("16 Brigade", "unit.pattern.brigade")]),
    ("the 27th Motorised Rifle Brigade", [("27th Motorised Rifle Brigade", "unit.ru-27-motor-rifle-brigade")]),
    ("the 3rd Assault Brigade", [("3rd Assault Brigade", "unit.ua-3-assault-brigade")]),
    ("the Third Assault Brigade", [("Third Assault Brigade", "unit.ua-3-assault-brigade")]),
    # (an ordinal word and "assault" in small letters is the event, a
    # sentence of the war or not: the brigade's short name is written with
    # capitals, heldout26 class)
    ("the soldiers went back to the trenches after the third assault on the village", []),
    ("the Third Assault took the village", [("Third Assault", "unit.ua-3-assault-brigade")]),
    ("the 500th penal battalion", [("500th penal battalion", "unit.pattern.penal-battalion")]),
    ("the 82nd Airborne Division", [("82nd Airborne Division", "unit.pattern.airborne-division")]),
    # -- ordinary numbers stay quiet
    ("300-й день войны", []),
    ("поднялись на 2-й этаж", []),
    ("перешел в 5-й класс", []),
    ("приехали 2 бригады скорой помощи", []),
    ("5 батальонов и 3 роты", []),
    ("в 3-м корпусе университета", []),
    # -- named formations of both sides and armed forces
    ("бригада «Эспаньола» и Пятнашка", [("бригада «Эспаньола»", "unit.ru-espanola"), ("Пятнашка", "unit.dpr-pyatnashka")]),
    ("Африканский корпус и Africa Corps", [("Африканский корпус", "unit.ru-africa-corps"), ("Africa Corps", "unit.ru-africa-corps")]),
    ("бригада «Ветераны» и Storm-V", [("бригада «Ветераны»", "unit.ru-veterany"), ("Storm-V", "unit.storm-v")]),
    ("Хартія і Вовки Да Вінчі", [("Хартія", "unit.ua-khartiia"), ("Вовки Да Вінчі", "unit.ua-da-vinci-wolves")]),
    ("the ‘Wolki Da Vinci’ battalion", [("Wolki Da Vinci", "unit.ua-da-vinci-wolves")]),
    ("Птахи Мадяра і батальйон «Ахіллес»",
     [("Птахи Мадяра", "unit.ua-magyar-birds"), ("батальйон «Ахіллес»", "unit.ua-achilles")]),
    ("1 корпус НГУ «Азов»", [("1 корпус НГУ «Азов»", "unit.ua-1-azov-corps")]),
    ("4-та бригада оперативного призначення НГУ «Рубіж»",
     [("4-та бригада оперативного призначення НГУ «Рубіж»", "unit.pattern.ua-operational-brigade")]),
    ("Wehrmacht and Red Army", [("Wehrmacht", "unit.de-wehrmacht"), ("Red Army", "unit.su-red-army")]),
    ("Українські Збройні Сили", [("Українські Збройні Сили", "unit.afu")]),
    ("Вооружённые силы РФ", [("Вооружённые силы РФ", "unit.ru-armed-forces")]),
    ("Maryland National Guard", [("Maryland National Guard", "unit.us-national-guard")]),
    ("the Islamic Revolutionary Guard Corps (IRGC)",
     [("Islamic Revolutionary Guard Corps", "unit.ir-irgc"), ("IRGC", "unit.ir-irgc")]),
    # an English name before a plural noun is the name alone (the noun says
    # what kind of formations its men serve in), as the dev gold marks
    # Storm-Z companies
    ("the Akhmat battalions", [("Akhmat", "unit.akhmat")]),
    # (Rubikon, Russia's drone centre of 2024: the name alone before its noun
    # in small letters, quoted alone in military context; the idiom's
    # Rubicon and Рубикон unquoted are no unit; heldout24)
    ("drone operators of the Rubikon center are hunting logistics", [("Rubikon", "unit.ru-rubikon")]),
    ("операторы дронов центра «Рубикон» бьют по логистике", [("центра «Рубикон»", "unit.ru-rubikon")]),
    ("дрони «Рубікону» атакували логістику під обстрілом", [("Рубікону", "unit.ru-rubikon")]),
    ("Caesar crossed the Rubicon in 49 BC", []),
    ("после обстрела Запад перешёл Рубикон", []),
    # (a type abbreviation that is a civil one too, тд, ТА, АК, тб, шо, before a
    # quoted name needs military context: ТД is a trading house, торговий дім)
    ("Суд визнав вимоги ТД «Украгропром» законними", []),
    ("директор ТОВ «ТД «Укрпласт» з 2013 року", []),
    # (special forces, a plural noun of the kind of men the name's unit has:
    # the name alone, as "Akhmat battalions"; heldout24)
    ("Kadyrov said Akhmat special forces had arrived", [("Akhmat", "unit.akhmat")]),
    ("Storm-V detachments made up of convicts", [("Storm-V", "unit.storm-v")]),
    # a numbered BARS detachment with its quoted name is one unit
    ("набор в БАРС-16 «Кубань» продолжается", [("БАРС-16 «Кубань»", "unit.ru-bars")]),
    ("добровольцы БАРС-13 «Кавказ» на фронте", [("БАРС-13 «Кавказ»", "unit.ru-bars")]),
    # the National Guard's special unit Omega (in military context)
    ("The National Guard's special unit Omega struck Russian positions",
     [("National Guard", "unit.ua-ngu"), ("Omega", "unit.ua-ngu-omega")]),
    ("спецподразделение «Омега» вошло в село", [("спецподразделение «Омега»", "unit.ua-ngu-omega")]),
    ("Omega-3 fatty acids", []),
    # a sabotage group is military context (ДРГ in English): a verb "matches"
    # makes no sentence of sport there
    ("The patch matches Rusich, the sabotage group of Milchakov.", [("Rusich", "unit.ru-rusich")]),
    ("a sabotage and reconnaissance group of Rusich", [("Rusich", "unit.ru-rusich")]),
    # КНА is North Korea's whole army, like ВСУ: after a numbered formation it
    # names the formation's country and is tagged apart (5-й бригады + ВСУ;
    # docs/units-and-slang.md), alone it is the army
    ("бойцы 3-й дивизии КНА под Курском", [("3-й дивизии", "unit.pattern.kp-division"), ("КНА", "unit.kp-kpa")]),
    ("военные из 11-го корпуса КНА", [("11-го корпуса", "unit.kp-11-corps"), ("КНА", "unit.kp-kpa")]),
    ("солдаты КНА в Курской области", [("КНА", "unit.kp-kpa")]),
    # a historical army
    ("Napoleon's Grande Armée lost 30,000 men", [("Grande Armée", "unit.fr-grande-armee")]),
    # Latin transliterations of Вагнер and Ахмат, in a war's words; not the
    # footballer, not the person's genitive
    ("mercenaries of Vagnera took the mine", [("Vagnera", "unit.wagner")]),
    ("ChVK Vagner recruits in prisons", [("ChVK Vagner", "unit.wagner")]),
    ("the assault troops of Akhmata moved in", [("Akhmata", "unit.akhmat")]),
    ("Vagner Love scored twice", []),
    ("na prospekte Akhmata Kadyrova v Groznom", []),
    ("бойцы бригад ТрО", [("бригад ТрО", "unit.pattern.territorial-defence-brigade")]),
    ("опять СОБРы приехали", [("СОБРы", "unit.sobr")]),
    # everyday words and places that are also unit names need evidence
    ("Спарта воевала с Афинами", []),
    ("купил на рынке «Кракен»", []),
    # a stock ticker is a company
    ("GRUNTAL FINANCIAL <GRU> 2ND QTR FEB 27 NET", []),
    ("Russia's GRU <in brackets> said", [("GRU", "unit.gru")]),
    # -- heldout5 classes: a fleet's abbreviation alone in military context,
    # an abbreviation in brackets inside the forces' name, the International
    # Legion's longer names in three languages
    ("Корабли ЧФ отразили атаку дронов у Севастополя", [("ЧФ", "unit.ru-black-sea-fleet")]),
    ("Кораблі ЧФ відбили атаку дронів", [("ЧФ", "unit.ru-black-sea-fleet")]),
    ("Вооруженные силы (ВС) Украины отошли от села", [("Вооруженные силы (ВС) Украины", "unit.afu")]),
    ("Удар нанесли Вооруженные силы (ВС) РФ", [("Вооруженные силы (ВС) РФ", "unit.ru-armed-forces")]),
    ("Збройні сили (ЗС) України звільнили село", [("Збройні сили (ЗС) України", "unit.afu")]),
    ("He joined the International Legion for the Defence of Ukraine in 2022",
     [("International Legion for the Defence of Ukraine", "unit.ua-international-legion")]),
    ("Volunteers of the International Defense Legion arrived",
     [("International Defense Legion", "unit.ua-international-legion")]),
    ("Бійці Міжнародного легіону тренувалися", [("Міжнародного легіону", "unit.ua-international-legion")]),
    ("Он служил в Добровольческом украинском корпусе «Правый сектор»",
     [("Добровольческом украинском корпусе «Правый сектор»", "unit.ua-right-sector")]),
    # (the reserve's name without "of the country"; the Defence Forces with
    # the country's adjective are one name, not the bare Defense Forces)
    ("Он подписал контракт с Боевым армейским резервом в 2023 году",
     [("Боевым армейским резервом", "unit.ru-bars")]),
    ("Члени загону уклали контракт із бойовим армійським резервом",
     [("бойовим армійським резервом", "unit.ru-bars")]),
    ("Ukrainian Defense Forces repelled the assault near Kupiansk",
     [("Ukrainian Defense Forces", "unit.ua-defence-forces")]),
    ("Бойцы Международного легиона обороны Украины прибыли",
     [("Международного легиона обороны Украины", "unit.ua-international-legion")]),
    # the person, with his first name undeclined as it often is, is no unit
    ("нашего первого президента Ахмат-Хаджи Кадырова", []),
    ("пам’яті Ахмат-Хаджі Кадирова", []),
    # the football club: a unit's one-word name in a sentence of sport, with no war
    # word beside it, is the club's (FC Akhmat Grozny); a war word keeps the unit
    ("«Ахмат» обыграл «Спартак» в матче РПЛ, тренер «Ахмата» доволен", []),
    ("«Ахмат» забил гол на последней минуте", []),
    ("«Ахмат» обіграв «Спартак», тренер «Ахмата» задоволений", []),
    ("ФК «Ахмат» проиграл дома", []),
    ("Akhmat came from behind to beat Zenit 2-1 in the Russian Premier League", []),
    ("FC Akhmat and Akhmat Grozny", []),
    ("бойцы «Ахмата» вышли на стадион после штурма", [("Ахмата", "unit.akhmat")]),
    ("Бойцы «Ахмата» штурмуют позиции ВСУ",
     [("Ахмата", "unit.akhmat"), ("ВСУ", "unit.afu")]),
    # -- an English name before its formation's noun is one unit with it; before "unit"
    # (a common noun after any name) the name alone; groupings' battlegroups
    ("fighters of the Akhmat regiment had been deployed", [("Akhmat regiment", "unit.akhmat")]),
    ("the Achilles battalion struck a tank", [("Achilles battalion", "unit.ua-achilles")]),
    ("The Kraken unit of Ukraine's military intelligence posted video",
     [("Kraken", "unit.ua-kraken")]),
    ("Units of the Vostok battlegroup continued their offensive",
     [("Vostok battlegroup", "unit.ru-group-vostok")]),
    ("the Wagner group said", [("Wagner", "unit.wagner")]),
    # a full service name after a type word, and an unquoted name after one, stand alone
    ("СОБР и ОМОН Росгвардии из Дагестана",
     [("СОБР", "unit.sobr"), ("ОМОН", "unit.omon"), ("Росгвардии", "unit.rosgvardia")]),
    ("похоронили добровольца из отряда БАРС-13", [("БАРС-13", "unit.ru-bars")]),
    # nationality + marines in small letters is generic; the capitalized name is a unit
    ("Ukrainian marines have held a foothold", []),
    ("the Ukrainian Marines said", [("Ukrainian Marines", "unit.ua-marine-corps")]),
    # a volunteer formation's adjective describes an unnumbered one, and is part of a
    # numbered one's name
    ("формируют новый добровольческий батальон «Алга»", [("батальон «Алга»", "unit.ru-alga-battalion")]),
    ("добровольчий батальйон «Карпатська Січ»", [("батальйон «Карпатська Січ»", "unit.pattern.battalion")]),
    ("бойцы 1-го добровольческого батальона",
     [("1-го добровольческого батальона", "unit.pattern.volunteer-battalion")]),
    # -- a grouping's type words directly followed by its quoted name, with or without
    # "of forces"; Russian groupings by their Russian type words
    ("речник оперативно-стратегічного угруповання «Хортиця»",
     [("оперативно-стратегічного угруповання «Хортиця»", "unit.pattern.operational-strategic-group")]),
    ("речник оперативно-стратегічного угруповання військ «Хортиця»",
     [("оперативно-стратегічного угруповання військ «Хортиця»", "unit.pattern.operational-strategic-group")]),
    ("штаб оперативно-стратегической группировки «Таврия»",
     [("оперативно-стратегической группировки «Таврия»", "unit.pattern.operational-strategic-group")]),
    ("оперативно-стратегічне угруповання на сході", []),
    ("ОТУ \"Луганськ\" і ОСУВ «Таврія»",
     [("ОТУ \"Луганськ\"", "unit.pattern.operational-tactical-group"), ("ОСУВ «Таврія»", "unit.ua-osuv-tavriia")]),
    ("подразделения группировки войск \"Центр\" и группировки «Днепр»",
     [("группировки войск \"Центр\"", "unit.ru-group-tsentr"), ("группировки «Днепр»", "unit.ru-group-dnepr")]),
    # -- the branches of the Armed Forces of Ukraine by their own names, in every
    # language, then ВСУ/ЗСУ (docs/units-and-slang.md)
    ("бойцы Сил специальных операций ВСУ уничтожили склад",
     [("Сил специальных операций", "unit.ua-sso"), ("ВСУ", "unit.afu")]),
    ("Силами специальных операций проведена операция",
     [("Силами специальных операций", "unit.ua-sso")]),
    ("бійці Сил спеціальних операцій ЗСУ", [("Сил спеціальних операцій", "unit.ua-sso"), ("ЗСУ", "unit.afu")]),
    ("Воздушные силы ВСУ сообщили о сбитых дронах",
     [("Воздушные силы", "unit.ua-air-force"), ("ВСУ", "unit.afu")]),
    ("командующий ВМС ВСУ и ВМС США", [("ВМС", "unit.ua-navy"), ("ВСУ", "unit.afu"), ("ВМС США", "unit.us-navy")]),
    ("в составе Военно-морских сил ВСУ", [("Военно-морских сил", "unit.ua-navy"), ("ВСУ", "unit.afu")]),
    ("Ukraine's Navy and Ukraine's Air Force", [("Ukraine's Navy", "unit.ua-navy"), ("Ukraine's Air Force", "unit.ua-air-force")]),
    # (a branch that is a name alone after the possessive: the place, then the branch)
    ("Ukraine's Special Operations Forces said", [("Special Operations Forces", "unit.ua-sso")]),
    # -- slang with its sense; everyday words stay words
    ("«Баран» – это труп противника", [("Баран", "slang.enemy-corpse")]),
    ("убить – это «забаранить, прибаранить»", [("забаранить", "slang.kill"), ("прибаранить", "slang.kill")]),
    ("мультик – камуфляж, нора – бліндаж",
     [("мультик", "slang.multicam"), ("нора", "slang.dugout")]),
    ("снайперов называют «одноглазыми»", [("одноглазыми", "slang.snipers")]),
    ("Russian turtle tanks and meat assaults in the kill zone",
     [("turtle tanks", "slang.turtle-tank"), ("meat assaults", "slang.meat-assaults"), ("kill zone", "slang.kill-zone")]),
    ("мішка – це танк, покемон – кулемет", [("мішка", "slang.tank"), ("покемон", "slang.pkm")]),
    # Ukrainian forms of мопед (Shahed) and накат (an assault) with military context; the
    # everyday words without it
    ("над містом збили три мопеди, дрони летіли з півдня", [("мопеди", "slang.shahed")]),
    ("ППО працювала всю ніч: менше мопедів, більше ракет", [("мопедів", "slang.shahed")]),
    ("ночью был накат на наши позиции, отбились", [("накат", "slang.nakat")]),
    ("батько продав старий мопед сусідові", []),
    ("снежный накат на трассе опасен для водителей", []),
    ("блиндаж перекрыли в три наката бревен", []),
    ("бліндаж накрили у два накати колод", []),
    # a region of Djibouti spelled as «арта» (artillery) without evidence of the place
    ("— Арта по посадке отработала, пехота пошла", [("Арта", "slang.arta")]),
    # jargon of the war (ctx) in a sentence that names a town or region of Ukraine; not a
    # place abroad, not a river's name, not the country's
    ("под Херсоном опять горят две коробочки", [("коробочки", "slang.armoured-vehicle")]),
    ("у Запоріжжі вночі знову була бавовна", [("бавовна", "slang.bavovna")]),
    ("у Сумах ночью снова гудели мопеды", [("мопеды", "slang.shahed")]),
    ("в Берлине она купила коробочку конфет", []),
    ("пташки гніздяться в заплаві Дніпра", []),
    ("Украина закупила новые мопеды для почты", []),
    ("птичка пела в саду", []),
    # English jargon of the war: a quoted word alone ('box', "musicians,"); a jargon word
    # written with a capital inside a sentence of prose is the nickname (we saw the Mopeds
    # cross the river); a name used as a count noun after a or an is the thing so named
    # (they shot down a Baba Yaga); the everyday words stay words
    ("the crew called the tank a 'box', nothing more", [("box", "slang.armoured-vehicle")]),
    ("the mercenaries called themselves \"musicians,\" after the composer", [("musicians", "slang.musicians")]),
    ("At dusk we saw the Mopeds cross the river again", [("Mopeds", "slang.shahed")]),
    ("Last week they shot down a Baba Yaga over the trees", [("Baba Yaga", "slang.baba-yaga")]),
    ("She rode a moped to work and kept her tools in a box", []),
    ("Street musicians played outside the station", []),
    ("The tale of Baba Yaga frightened the children", []),
    ("Mopeds are cheap to run in the city", []),
    ("Read the 'fine print' before you tick the box", []),
    # three sevens: the M777 only with military context or quoted, not a slot machine's
    ("the artillery fired the three sevens all night at the enemy positions", [("three sevens", "slang.m777")]),
    ("He lined up three sevens on the slot machine and won the jackpot", []),
    ("в казино у него выпали три семерки", []),
    ("баран пасся на лугу", []),
    # Russian and Ukrainian soldiers' speech: a jargon word of place in its prepositional
    # phrase is its own context (до передка, на передке, за ленточкой, even as a sentence's
    # first words), not ribbons held by hand; the quoted Wagner words (оркестр, дирижёр) and
    # «мясо»; the Ukrainian forms of таблетка; a capitalized homonym's stop phrase (Gogol's
    # Коробочка, the name Дашка) gives way at a sentence's or a quotation's start in a
    # sentence of the war; a minefield and positions are military context
    ("посылку до передка так и не довезли, всё растащили", [("передка", "slang.front-line")]),
    ("Он уже полгода на передке, звонит редко", [("передке", "slang.front-line")]),
    ("За ленточкой сейчас тихо, пишет сын из части", [("ленточкой", "slang.border")]),
    ("весной его опять отправили за ленточку", [("ленточку", "slang.border")]),
    ("девочка держалась за ленточки шляпки", []),
    # Ukrainian speech keeps its own cases of the shared jargon (за ленточкою, на передку,
    # вертушкою, на опорнику, на располазі); the wounded in the plural and an impersonal
    # strike ("прилетіло") are military context; килл-зона with its hyphen; FPV drones is
    # the drone's type named in plain news, FPV alone the soldiers' word
    ("а вже третій місяць за ленточкою, пише син", [("ленточкою", "slang.border")]),
    ("Хлопці вже місяць на передку, вертушкою вивезли пораненого", [("передку", "slang.front-line"), ("вертушкою", "slang.helicopter")]),
    ("на опорнику тихо, на располазі теж", [("опорнику", "slang.opornik"), ("располазі", "slang.raspolaga")]),
    ("Ранкова бавовна в порту, кажуть, знову прилетіло", [("бавовна", "slang.bavovna")]),
    ("сорочка з бавовни, прана в порту", []),
    ("— Вертушка ушла с ранеными, следующая только утром", [("Вертушка", "slang.helicopter")]),
    ("бойцы называют трассу килл-зоной", [("килл-зоной", "slang.kill-zone")]),
    ("two armored vehicles destroyed by FPV drones overnight", []),
    ("the tank was finished off by an FPV", [("FPV", "slang.fpv")]),
    ("sappers say the Russians scatter \"petals\" along the roads", [("petals", "slang.lepestok")]),
    ("rose petals along the roads", []),
    ("на шее висела атласная ленточка", []),
    ("весь «оркестр» вышел к Соледару по плану", [("оркестр", "slang.orchestra")]),
    ("Пригожина бойцы звали «дирижёром»", [("дирижёром", "slang.conductor")]),
    ("оркестр играл вальс, дирижёр раскланялся", []),
    ("под Угледаром нас «мясом» кидают на штурм", [("мясом", "slang.cannon-fodder")]),
    ("мясо тушили два часа с луком", []),
    ("пораненого везли на «таблетці» до стабпункту", [("таблетці", "slang.tabletka")]),
    ("Коробочку вчера сожгли, мехвод трёхсотый", [("Коробочку", "slang.armoured-vehicle")]),
    ("на крыше стоит «Дашка», из неё сбили два «мавика»",
     [("Дашка", "slang.dashka"), ("мавика", "slang.mavic")]),
    ("Коробочка сказала, что мёртвых душ не продаёт", []),
    ("Дашка пошла в школу с новым рюкзаком", []),
    ("ждём Змея Горыныча, чтобы пройти минное поле", [("Змея Горыныча", "slang.zmei-gorynych")]),
    ("зеленка облітає, на позиціях усе видно", [("зеленка", "slang.foliage")]),
    ("обнулить счётчик пробега можно в сервисе", []),
    # the standard words for an assault soldier and a forest belt are no jargon (the
    # Russian лесополка is)
    ("штурмовики пошли вперёд под прикрытием миномётов", []),
    ("бійці звільнили лісосмугу біля села", []),
    ("карандаш лежал на столе", []),
    ("Мишка побежал к реке", []),
    # the war's places reach over the border: a town or region of Russia's border oblasts
    # under fire (Belgorod, Kursk, Bryansk) says the war's sense of a jargon word as
    # Ukraine's do; a town of Russia elsewhere does not
    ("У Бєлгороді знову бавовна, пишуть місцеві пабліки", [("бавовна", "slang.bavovna")]),
    ("под Курском снова прилеты по окраинам", [("прилеты", "slang.prilet")]),
    ("в Брянской области ночью гудели мопеды", [("мопеды", "slang.shahed")]),
    ("в Туле ночью гудели мопеды", []),
    # Ukraine as «404» quoted alone; the number in use stays a number
    ("Z-блогеры опять пишут про «404» и обещают взять Одессу", [("Z-блогеры", "slang.z-patriot"), ("404", "slang.country-404")]),
    ("сервер вернул ошибку 404, страница не найдена", []),
    # the Ukrainian cases of Баба Яга (quoted) and of зеленка; an assault group is a war's word
    ("Росіяни найбільше бояться нашої «Баби Яги», кажуть полонені", [("Баби Яги", "slang.baba-yaga")]),
    ("Баба Яга жила в избушке на курьих ножках", []),
    ("бійці ховаються в зеленці до вечора", [("зеленці", "slang.foliage")]),
    ("Поки зеленка не опала, штурмові групи пересуваються лісосмугами", [("зеленка", "slang.foliage")]),
    ("штурмовые группы пошли на ноль под прикрытием зеленки", [("ноль", "slang.zero-line"), ("зеленки", "slang.foliage")]),
    # a fuel truck (корова) in a sentence of the war; the animal without one
    ("корову с соляркой так и не пригнали к блиндажу", [("корову", "slang.fuel-truck")]),
    ("корова паслась на лугу за рекой", []),
    # zero as a temperature or an amount (near, below, above zero) is no front line, even
    # in a sentence that names a town of Ukraine
    ("Прогноз погоди: у Харкові вночі близько нуля, вдень до плюс трьох", []),
    ("в Донецке ночью ниже нуля, днём около нуля", []),
    ("к утру подморозило до минус трёх, днём выше нуля", []),
    ("Хлопці на нулі під Покровськом третю добу", [("нулі", "slang.zero-line")]),
    # the death zone of the front (a kill zone) in a sentence of the war; a mountain's without it
    ("бійці бригади називають ці лісосмуги «зоною смерті», бо там висять дрони", [("зоною смерті", "slang.kill-zone")]),
    ("выше восьми тысяч метров начинается зона смерти альпинистов", []),
    # a quoted utterance is speech, not a jargon word set off by its marks (I'm broke);
    # a phrase of small letters quoted is (отправили «на ноль»)
    ("«Я на нулі» в цивільному житті означає, що грошей немає", []),
    ("их роту отправили «на ноль» через три дня", [("ноль", "slang.zero-line")]),
    # a name after a call-sign or a ship's word is the call sign or the ship's (с
    # позывным «Вагнер», крейсер «Москва»), quoted or one capitalized word; a fleet's
    # name of several words after the ships' word is the fleet (корабли Черноморского флота)
    ("корабли Черноморского флота атакованы у Севастополя", [("Черноморского флота", "unit.ru-black-sea-fleet")]),
    ("фрегат Черноморского флота вышел в море", [("Черноморского флота", "unit.ru-black-sea-fleet")]),
    ("боец с позывным «Вагнер» погиб под Бахмутом", []),
    # numbered formations with the rarer heads: a squadron in Ukrainian's iotated
    # cases (ескадрильї), an artillery battalion (дивизион, дивізіон) with military
    # context only: a league's division is a дивизион too
    ("пілоти 831-ї ескадрильї знищили ціль", [("831-ї ескадрильї", "unit.pattern.squadron")]),
    ("бойцы 4-го дивизиона обстреляли позиции противника", [("4-го дивизиона", "unit.pattern.*")]),
    ("бійці 2-го дивізіону знищили гармату ворога", [("2-го дивізіону", "unit.pattern.*")]),
    ("клуб вышел во 2-й дивизион чемпионата", []),
    # a type abbreviation before a listed unit's name without quotation marks is
    # one unit with it, as before the quoted name (the gold's «ЧВК Вагнер», DShRG Rusich)
    ("Бойцы ЧВК Вагнер вышли из Бахмута", [("ЧВК Вагнер", "unit.wagner")]),
    ("Бойцы ЧВК Редут воюют под Угледаром", [("ЧВК Редут", "unit.ru-pmc-redut")]),
    ("ЧВК Конвой набирает добровольцев в Крыму", [("ЧВК Конвой", "unit.ru-pmc-convoy")]),
    ("Бійці ПВК Вагнер відійшли від Бахмута", [("ПВК Вагнер", "unit.wagner")]),
    ("Бойцы ДШРГ Русич замечены под Херсоном", [("ДШРГ Русич", "unit.ru-rusich")]),
    ("Бійці ОК Північ відбили атаку", [("ОК Північ", "unit.ua-oc-north")]),
    ("Fighters of PMC Wagner left Bakhmut in May", [("PMC Wagner", "unit.wagner")]),
    ("Commanders of PMC Redut were recruiting in Moscow", [("PMC Redut", "unit.ru-pmc-redut")]),
    ("Russian PMC Convoy fighters were seen in Crimea", [("PMC Convoy", "unit.ru-pmc-convoy")]),
    ("Members of the DShRG Rusich were photographed in Syria", [("DShRG Rusich", "unit.ru-rusich")]),
    # a military unit's number after "unit" in small letters (GRU unit 29155; the
    # press's Unit 29155): five digits or more, never a power plant's unit 2
    ("The hackers belonged to GRU unit 74455, known as Sandworm",
     [("GRU", "unit.gru"), ("unit 74455", "unit.pattern.military-unit-number")]),
    ("Troops of unit 64688 shelled the village", [("unit 64688", "unit.pattern.military-unit-number")]),
    ("Shelling hit the nuclear plant and unit 2 was shut down by the troops", []),
    ("Shelling near the plant: Unit 4 lost power, the army said", []),
    # a Roman numeral numbers a formation as digits do (II танкового корпуса СС, XLVIII
    # Panzer Corps); СС after the noun is the service's, as ВДВ; SS in the place of Guards;
    # a numeral after a capitalized word is that name's (Карл XII, World War II)
    ("части II танкового корпуса СС наступали", [("II танкового корпуса СС", "unit.pattern.*")]),
    ("Под Курском оборонялся II гвардейский танковый корпус", [("II гвардейский танковый корпус", "unit.pattern.*")]),
    ("дивизии XXXXVIII танкового корпуса вышли к Пселу", [("XXXXVIII танкового корпуса", "unit.pattern.*")]),
    ("бійці ІІ танкового корпусу СС наступали", [("ІІ танкового корпусу СС", "unit.pattern.*")]),
    ("The XLVIII Panzer Corps reached the Psel", [("XLVIII Panzer Corps", "unit.pattern.*")]),
    ("The 2nd SS Panzer Corps attacked toward Prokhorovka", [("2nd SS Panzer Corps", "unit.pattern.*")]),
    ("II SS Panzer Corps was transferred to France", [("II SS Panzer Corps", "unit.pattern.*")]),
    ("Бойцы 3-й танковой дивизии СС «Мертвая голова» прорвались к реке",
     [("3-й танковой дивизии СС «Мертвая голова»", "unit.pattern.*")]),
    # only a canonical numeral (and the German army's XXXX for XL): IIX, VX, LLC, XXL are
    # no numbers
    ("части XIX танкового корпуса наступали", [("XIX танкового корпуса", "unit.pattern.*")]),
    ("части XC армейского корпуса наступали", [("XC армейского корпуса", "unit.pattern.*")]),
    ("части IIX танкового корпуса наступали", []),
    ("части VX танкового корпуса наступали", []),
    ("части LLC танкового корпуса наступали", []),
    ("части XXL танкового корпуса наступали", []),
    ("части IIII танкового корпуса наступали", []),
    ("Король Карл XII проиграл битву под Полтавой", []),
    ("Корпус II университета закрыт на ремонт", []),
    ("II корпус университета открыт после ремонта", []),
    ("a World War II Army veteran spoke at the school", []),
]


def tags(miltag, lines):
    out = subprocess.run([miltag, "--format", "jsonl"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    res = []
    for row in out.splitlines():
        d = json.loads(row)
        res.append([(t["text"], t["id"]) for t in d["tags"] if t["category"] in ("unit", "slang")])
    return res


def same(got, want):
    if len(got) != len(want):
        return False
    for (gt, gid), (wt, wid) in zip(got, want):
        if gt != wt:
            return False
        if wid.endswith("*") and not gid.startswith(wid[:-1]):
            return False
        if not wid.endswith("*") and gid != wid:
            return False
    return True


LINT_TSV = """term\tcategory\tid\tlabel\tlang\tinflect\tflags\tattrs
бригада\tcontext\tg.uk.type.brigade\t\tuk\tf\t\tclass=type;type=brigade
Brigade\tcontext\tg.en.type.brigade\t\ten\tnone\t\tclass=type;type=brigade
Corps\tcontext\tg.en.type.corps\t\ten\tnone\t\tclass=type;type=corps
Mechanized\tcontext\tg.en.branch.mech\t\ten\tnone\t\tclass=branch;type=mechanized;nouns=brigade
Магура\tunit\tunit.ua-47-mechanized-brigade\t\tuk\tnone\t\tnumber=47;type=mechanized brigade
Вовки\tunit\tunit.ua-40-wolf-corps\t\tuk\tnone\t\tnumber=40;type=wolf corps
Корпус Азов\tunit\tunit.ua-1-azov-corps\t\tuk\tnone\t\tnumber=1;type=corps
Айдар\tunit\tunit.ua-aidar\t\tuk\tnone\tamb\t
Айдар\tplace\tplace.aidar\t\tuk\tnone\t\t
"""


def lint(build):
    """miltag lexicon check knows the grammar: formations its phrases do
    not name, unit names that are places (notes: exit status 0)."""
    import os
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "g.tsv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(LINT_TSV)
        p = subprocess.run([build + "/miltag", "lexicon", "check", path], capture_output=True, text=True)
    out = p.stdout
    # (a type of an unknown branch: Corps, since before Brigade, Regiment and
    # Battalion an English capitalized word after an ordinal is a name word)
    want = [":7: grammar: unit.ua-40-wolf-corps (number 40, type 'wolf corps'): '40th Wolf Corps' is no phrase",
            ":8: grammar: unit.ua-1-azov-corps (number 1, type 'corps'): '1st Corps' is tagged as unit.pattern.corps",
            ":9: place-name: unit term 'Айдар' (unit.ua-aidar, flags amb) is also a place (place.aidar)",
            "1 unit terms that are places, 2 formations the grammar does not name"]
    failed = 0
    for w in want:
        if w not in out:
            failed += 1
            print(f"FAIL: lexicon check: {w!r} not in:\n{out}")
    if "unit.ua-47-mechanized-brigade" in out or p.returncode != 0:
        failed += 1
        print(f"FAIL: lexicon check: the 47th is named, status 0:\n{out}{p.stderr}")
    return failed


# Words for people of a unit, which are no part of its name (Wagner
# fighters -> Wagner; /work/notes conventions for units).
PEOPLE_WORDS = {"fighters", "troops", "soldiers", "militants", "mercenaries", "бойцы", "бойцов",
                "бійці", "бійців", "боевики", "бойовики", "наемники", "найманці"}


def source_rows():
    """Unit rows of data/src/units.tsv whose span would break a convention of
    ../shared/eval/README.md: a term that ends inside a bracket it opened
    (Вооруженные силы Украины (ВСУ) matched up to ВСУ), or that ends with a
    people word (Akhmat fighters)."""
    import os
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "src", "units.tsv")
    failed = 0
    with open(src, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 2 or cols[1] != "unit":
                continue
            term = cols[0]
            # groups of alternatives are the pattern language, not brackets
            plain = term if "|" not in term else ""
            if plain.rstrip().endswith(")") or plain.count("(") != plain.count(")"):
                failed += 1
                print(f"FAIL: units.tsv:{n}: {term!r} ends inside a bracket")
            # a quoted name never declines: корпусе «Правый сектор», not
            # «Правом секторе» (its words are '-' in the inflection spec;
            # a hyphen parts words as the spec does)
            spec = cols[5].split() if len(cols) > 5 and cols[5] not in ("", "none") else []
            parts = [w for w in term.replace("-", " ").split()]
            inside = False
            for w, sp in zip(parts, spec) if len(parts) == len(spec) else ():
                inside = inside or w.startswith("«")
                if inside and sp != "-":
                    failed += 1
                    print(f"FAIL: units.tsv:{n}: {term!r} declines its quoted name ({cols[5]})")
                    break
                inside = inside and not w.endswith("»")
            # (capitalized, Troops is a branch's name: Russian Airborne Troops)
            # (after "of" a people word is the name's: Center group of troops)
            words = term.split()
            if words[-1] in PEOPLE_WORDS and not (len(words) > 1 and words[-2] == "of"):
                failed += 1
                print(f"FAIL: units.tsv:{n}: {term!r} ends with a people word")
    return failed


def main(argv):
    miltag = argv[1] + "/miltag"
    results = tags(miltag, [c[0] for c in CASES])
    failed = 0
    for (text, want), got in zip(CASES, results):
        if not same(got, want):
            failed += 1
            print(f"FAIL: {text!r}\n  want {want}\n  got  {got}")
    print(f"{len(CASES) - failed}/{len(CASES)} cases pass")
    failed += lint(argv[1])
    failed += source_rows()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
