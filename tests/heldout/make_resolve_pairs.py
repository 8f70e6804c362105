#!/usr/bin/env python3
"""Blind held-out labelled pairs for `resolve` (issue 16), written independently of the matcher.

The identities below and the transformations applied to them were written before the matcher was run on them;
the file this writes (tests/data/resolution/resolve_blind.csv) is never used to tune anything. Each row is two
records of one case: `match` rows are one entity written two ways (transliterated by a system the row names,
reordered, with legal forms swapped between scripts and languages, with initials, with an extra or a missing
alias), `nonmatch` rows are two different entities that look alike (other patronymic, same company name in
another jurisdiction with another incorporation date, a differing identifier of the same scheme, another date of
birth, one distinctive word changed), `possible` rows are full namesakes with nothing to tell them apart.

Usage: make_resolve_pairs.py [--check] [OUT]   (--check: exit 1 when OUT differs from what this script writes)
"""
import csv
import io
import sys
from pathlib import Path

HEADER = ["label", "type (a|b when they differ)", "a_name", "a_aliases", "a_country", "a_ids", "a_dates",
          "a_address", "b_name", "b_aliases", "b_country", "b_ids", "b_dates", "b_address", "note"]

# Two romanisations of Russian Cyrillic: BGN/PCGN (as OFAC writes) and the passport one (ICAO 9303, 2013).
COMMON = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "з": "z", "и": "i", "к": "k", "л": "l", "м": "m",
          "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "ш": "sh", "щ": "shch",
          "ъ": "", "ь": "", "ж": "zh", "ч": "ch", "ю": "yu", "я": "ya", "э": "e", "ы": "y",
          # Kazakh letters, as Kazakh passports write them
          "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i"}
BGN = dict(COMMON, **{"е": "e", "ё": "e", "й": "y", "х": "kh", "ц": "ts"})
ICAO = dict(COMMON, **{"е": "e", "ё": "e", "й": "i", "х": "kh", "ц": "ts", "ъ": "ie", "ю": "iu", "я": "ia"})


def romanise(text, table):
    out = []
    for ch in text:
        low = ch.lower()
        if low in table:
            r = table[low]
            out.append(r.capitalize() if ch != low else r)
        else:
            out.append(ch)
    return "".join(out)


def bgn(text):
    return romanise(text, BGN)


def icao(text):
    return romanise(text, ICAO)


def side(name, aliases="", country="", ids="", dates="", address=""):
    return [name, aliases, country, ids, dates, address]


ROWS = []


def row(label, kind, a, b, note):
    ROWS.append([label, kind] + a + b + [note])


# --- Same persons written two ways -------------------------------------------------------------------------------
# (surname, given name, patronymic, country, date of birth)
PERSONS = [
    ("Сорокин", "Андрей", "Павлович", "RU", "1965-09-14"),
    ("Белова", "Ирина", "Сергеевна", "RU", "1979-02-03"),
    ("Жуков", "Дмитрий", "Олегович", "RU", "1983-11-27"),
    ("Ковалёв", "Евгений", "Игоревич", "RU", "1971-06-30"),
    ("Щербаков", "Юрий", "Николаевич", "RU", "1958-01-19"),
    ("Тарасова", "Людмила", "Викторовна", "RU", "1969-08-08"),
    ("Федосеев", "Кирилл", "Аркадьевич", "BY", "1987-04-05"),
    ("Ахметов", "Ерлан", "Серикович", "KZ", "1975-12-12"),
    ("Осмонов", "Бакыт", "Асанович", "KG", "1980-03-21"),
    ("Хабибуллин", "Рустам", "Маратович", "RU", "1977-07-07"),
]
for i, (sur, giv, pat, cc, dob) in enumerate(PERSONS):
    cyr = f"{sur} {giv} {pat}"
    if i % 3 == 0:
        # Cyrillic surname-first against OFAC style "SURNAME, Given Patronymic" (BGN), same date of birth
        row("match", "Person", side(cyr, "", cc, "", dob), side(f"{bgn(sur).upper()}, {bgn(giv)} {bgn(pat)}", "", cc,
            "", dob), "Cyrillic against BGN romanisation, surname first, same date of birth")
    elif i % 3 == 1:
        # Passport romanisation, given name first, without patronymic, plus the listed alternate date of birth
        other = str(int(dob[:4]) + 1) + dob[4:]
        row("match", "Person", side(cyr, "", cc, "", dob), side(f"{icao(giv)} {icao(sur)}", "", cc, "",
            f"{other};{dob}"), "passport romanisation, no patronymic, one of two dates of birth agrees")
    else:
        # Latin primary name with the Cyrillic as an alias on one side, initials on the other, same date
        row("match", "Person", side(f"{bgn(giv)} {bgn(pat)} {bgn(sur)}", cyr, cc, "", dob),
            side(f"{sur} {giv[0]}. {pat[0]}.", "", cc, "", dob), "full name against surname and initials, same date")

# Shared identifier settles it even with names in different scripts and orders
row("match", "Person", side("Григорьев Станислав Ильич", "", "RU", "ru-inn:772814530912", ""),
    side("Stanislav GRIGORYEV", "", "", "ru-inn:772814530912", ""), "shared Russian tax id, no dates")
row("match", "Person", side("Сейткали Айгерим Бекеновна", "", "KZ", "kz-iin:860315450218", "1986-03-15"),
    side("SEITKALI Aigerim", "", "KZ", "kz-iin:860315450218", ""), "shared IIN")

# --- Same companies written two ways -----------------------------------------------------------------------------
# (distinctive name in Cyrillic, Russian legal form, English form, country, identifier, incorporation date)
COMPANIES = [
    ("Волжская Судоремонтная Компания", "АО", "JSC", "RU", "ru-inn:6312045871", "2003-05-14"),
    ("Приборстрой", "ООО", "LLC", "RU", "ru-inn:5029113478", "2010-10-01"),
    ("Тянь-Шань Электроникс", "ОсОО", "LLC", "KG", "kg-inn:01204201910066", "2019-04-12"),
    ("Каспий Транс Сервис", "ТОО", "LLP", "KZ", "kz-bin:120840009871", "2012-08-17"),
    ("Уральские Микросистемы", "ООО", "LLC", "RU", "ru-ogrn:1146658012345", "2014-02-26"),
    ("Балтийский Терминал", "ЗАО", "CJSC", "RU", "ru-inn:7805561234", "1998-12-03"),
    ("Алтын Жол Логистик", "ТОО", "LLP", "KZ", "kz-bin:170540031122", "2017-05-30"),
    ("Нева Компонент", "ООО", "LLC", "RU", "ru-inn:7811654321", "2016-07-11"),
]
for i, (nm, ru_form, en_form, cc, ident, inc) in enumerate(COMPANIES):
    if i % 2 == 0:
        row("match", "Company", side(f"{ru_form} «{nm}»", "", cc, ident, inc),
            side(f"{bgn(nm).upper()} {en_form}", "", cc, ident, ""),
            "Cyrillic with Russian legal form against English form, shared identifier")
    else:
        row("match", "Company", side(f"{ru_form} «{nm}»", "", cc, "", inc),
            side(f"{bgn(ru_form).upper()} {bgn(nm)}", f"{nm}", cc, "", inc),
            "legal form romanised, Cyrillic alias, same incorporation date, no identifiers")

row("match", "Company", side("Hanseatic Marine Supply GmbH", "", "DE", "de-hrb:HRB 154321", "2008-03-01"),
    side("HANSEATIC MARINE SUPPLY", "Hanseatic Marine Supply Gesellschaft mit beschränkter Haftung", "DE",
         "de-hrb:HRB 154321", ""), "legal form abbreviated, spelled out and dropped, shared register number")
row("match", "Company", side("Golden Crescent General Trading L.L.C.", "", "AE", "", "2015-06-21"),
    side("GOLDEN CRESCENT GENERAL TRADING LLC", "", "AE", "", "2015-06-21"),
    "punctuation of the legal form, same incorporation date")
row("match", "Vessel", side("NORD STAR", "", "PA", "imo:9345612", ""), side("Nord Star", "", "CM", "imo:9345612", ""),
    "vessel renamed flag, same IMO")
row("match", "Vessel", side("SEA PHOENIX", "", "LR", "imo:9276418", ""),
    side("Sea Phoenix", "Phoenix", "", "imo:9276418", ""), "vessel, same IMO, short alias")

# --- Hard negatives ---------------------------------------------------------------------------------------------
# Different patronymics (the Latin side written with its patronymic)
for sur, giv, pat1, pat2 in [("Малышев", "Виктор", "Андреевич", "Степанович"),
                             ("Зайцева", "Ольга", "Петровна", "Юрьевна"),
                             ("Никитин", "Алексей", "Борисович", "Фёдорович"),
                             ("Жумабаев", "Нурлан", "Каиргельдинович", "Ержанович")]:
    row("nonmatch", "Person", side(f"{sur} {giv} {pat1}", "", "RU", "", ""),
        side(f"{bgn(giv)} {bgn(pat2)} {bgn(sur)}", "", "RU", "", ""), "same surname and given name, other patronymic")

# Same given name and surname, other full dates of birth
for sur, giv, d1, d2 in [("Орлов", "Павел", "1962-05-10", "1974-09-23"), ("Кузнецова", "Анна", "1990-01-15",
                                                                          "1955-06-02"),
                         ("Исмаилов", "Тимур", "1984-10-10", "1991-03-08")]:
    row("nonmatch", "Person", side(f"{sur} {giv}", "", "RU", "", d1), side(f"{bgn(giv)} {bgn(sur).upper()}", "", "RU",
        "", d2), "same name, dates of birth years apart")

# Differing identifier of the same scheme
row("nonmatch", "Person", side("Соловьёв Геннадий Ильич", "", "RU", "ru-inn:500100732259", ""),
    side("SOLOVYEV, Gennadiy Ilyich", "", "RU", "ru-inn:616400215581", ""), "same full name, other Russian tax id")
row("nonmatch", "Company", side("ООО «Техносфера Плюс»", "", "RU", "ru-inn:7725114488", ""),
    side("TEKHNOSFERA PLYUS LLC", "", "RU", "ru-inn:5407263311", ""), "same company name, other INN")
row("nonmatch", "Vessel", side("OCEAN GRACE", "", "PA", "imo:9123456", ""), side("OCEAN GRACE", "", "PA",
    "imo:9654321", ""), "same vessel name, other IMO")

# Same company name, other jurisdiction, other legal form and incorporation date
for nm, f1, c1, d1, f2, c2, d2 in [("Меридиан Трейд", "ООО", "RU", "2011-03-15", "ОсОО", "KG", "2021-09-01"),
                                   ("Силк Роуд Карго", "ТОО", "KZ", "2016-02-10", "ООО", "RU", "2009-11-30"),
                                   ("Гранит Инжиниринг", "АО", "RU", "2001-06-06", "ТОО", "KZ", "2018-12-20")]:
    row("nonmatch", "Company", side(f"{f1} «{nm}»", "", c1, "", d1), side(f"{f2} «{nm}»", "", c2, "", d2),
        "same name, other country, legal form and incorporation date")
row("nonmatch", "Company", side("Rheinmetall Komponenten GmbH", "", "DE", "", "2005-04-01"),
    side("Rheinmetall Komponenten AG", "", "AT", "", "2019-10-15"), "GmbH in DE against AG in AT, other dates")
row("nonmatch", "Company", side("Atlas Industrial Supplies Ltd", "", "GB", "", "2012-01-09"),
    side("Atlas Industrial Supplies FZE", "", "AE", "", "2020-07-14"), "same name in two free zones, other dates")

# One distinctive word changed, same country, nothing else
for a, b, cc in [("ООО «Альфа Логистик»", "ООО «Альфа Лизинг»", "RU"),
                 ("ТОО «Восток Энерго»", "ТОО «Восток Агро»", "KZ"),
                 ("Sigma Precision Tools LLC", "Sigma Precision Optics LLC", "AE"),
                 ("Baikal Electronics JSC", "Baikal Chemicals JSC", "RU")]:
    row("nonmatch", "Company", side(a, "", cc, "", ""), side(b, "", cc, "", ""), "one distinctive word differs")

# Different persons with a shared surname (relatives), other given names
row("nonmatch", "Person", side("Лаврентьев Михаил Олегович", "", "RU", "", "1960-02-02"),
    side("Sergey Mikhaylovich LAVRENTYEV", "", "RU", "", "1986-08-19"), "father and son")
row("nonmatch", "Person", side("Абдуллаева Зарина Рашидовна", "", "UZ", "", ""),
    side("ABDULLAEV, Rashid", "", "UZ", "", ""), "father and daughter, surname in two genders")

# A person and a company with the person's name
row("nonmatch", "Person|Company", side("Кравцов Олег Петрович", "", "RU", "", "1970-04-04"),
    side("ООО «Кравцов»", "", "RU", "", "2014-04-04"), "a person and a company named after him")

# --- Full namesakes: nothing tells them apart ---------------------------------------------------------------------
row("possible", "Person", side("Смирнов Владимир Александрович", "", "RU", "", "", "г. Пермь, ул. Ленина 5"),
    side("SMIRNOV, Vladimir Aleksandrovich", "", "RU", "", "", "Omsk, Mira prospekt 12"),
    "full namesakes, addresses in other cities")
row("possible", "Person", side("Ким Сергей Вячеславович", "", "KZ", "kz-iin:770101300456", ""),
    side("KIM Sergey Vyacheslavovich", "", "KZ", "", ""), "full namesakes, one with an IIN and one without")


def render():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(ROWS)
    return buf.getvalue()


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent.parent / "data/resolution/resolve_blind.csv"
    text = render()
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'same as the generator writes' if same else 'differs from the generator'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    labels = [r[0] for r in ROWS]
    print(f"{out}: {len(ROWS)} rows, {labels.count('match')} match, {labels.count('nonmatch')} nonmatch, "
          f"{labels.count('possible')} possible")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
