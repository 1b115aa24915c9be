"""Whole resumes in the forms and languages people write them in, read by the text reader.

Each fixture is a fictional resume; the test asserts what `build_document` makes of it:
the kinds of its sections, and its positions and education entries with their dates.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Structure
from reslint.readers import read
from reslint.structure import build_document


def _structure(write, name: str, text: str) -> Structure:
    path = write(name, text)
    return build_document(Path(path), read(path)).structure


def _dated(fields) -> list[tuple[str, str, str]]:
    return [
        (name.value if name else "", dates.start.iso(), dates.end.iso())
        for name, dates in fields
        if dates is not None and dates.start is not None and dates.end is not None
    ]


def _positions(structure: Structure) -> list[tuple[str, str, str]]:
    return _dated((p.company, p.dates) for p in structure.positions)


def _education(structure: Structure) -> list[tuple[str, str, str]]:
    return _dated((e.school, e.dates) for e in structure.education)


SHORT_YEARS = """# Jane Doe
jane.doe@example.com

## Experience
**Acme Corp** — Software Engineer, Jan ‘24 – Present
- Built the billing service
**Globex** — Developer, Mar ’21 – Dec ’23
- Shipped the mobile app
"""


def test_years_shortened_with_a_typographic_apostrophe_keep_their_positions(write) -> None:
    structure = _structure(write, "jane.md", SHORT_YEARS)
    assert _positions(structure) == [
        ("Acme Corp", "2024-01", "present"),
        ("Globex", "2021-03", "2023-12"),
    ]


# German: `seit`, a month span, day-first dotted dates.
MAX_MD = """# Max Mustermann
max.mustermann@example.de

## Berufserfahrung
**Acme GmbH** — Softwareentwickler, seit 03/2021
- Aufbau der Abrechnungsplattform
**Beispiel AG** — Werkstudent, Jul.–Okt. 2019

## Akademische Ausbildung
**Technische Universität Berlin** — Master Informatik, 01.10.2017 – 30.09.2020
"""

# Spanish: `desde`, a month span, day-first slashed dates.
LUCIA_MD = """# Lucía Pérez
lucia.perez@example.es

## Trayectoria y Experiencia
**Ejemplo S.L.** — Desarrolladora, desde marzo de 2021
- Plataforma de pagos
**Acme Ibérica** — Becaria, julio - agosto de 2019

## Formación académica
**Universidad de Granada** — Grado en Informática, 01/09/2015 – 30/06/2019
"""

# Polish.
ANNA_MD = """# Anna Kowalska
anna.kowalska@example.pl

## Doświadczenie zawodowe
**Przykład Sp. z o.o.** — Tester oprogramowania, paź 2018 – obecnie
- Automatyzacja testów
**Firma SA** — Konsultant, styczeń 2015 - wrzesień 2018

## Wykształcenie
**Uniwersytet Warszawski** — Magister, 2009 – 2014
"""

# Russian: abbreviated and nominative months, `гг.`.
IVAN_MD = """# Иван Петров
ivan.petrov@example.ru

## Опыт работы
**ООО Ромашка** — Ведущий инженер, сент. 2019 – по настоящее время
- Перевёл сервисы на Kubernetes
**АО Пример** — Инженер, Ноябрь 2015 - Август 2019

## Образование
**МГУ** — Магистр, 2009 – 2015 гг.
"""

# Ukrainian.
OLENA_MD = """# Олена Коваль
olena.koval@example.ua

## Досвід роботи
**ТОВ Приклад** — Розробниця, вересень 2020 – дотепер
- Підтримка вебсервісів
**ФОП Іваненко** — Стажерка, лют. 2019 – серп. 2020

## Освіта
**Київський університет** — Бакалавр, 2015 – 2019 рр.
"""

# Turkish, headings in capitals with İ.
AYSE_MD = """# Ayşe Yılmaz
ayse.yilmaz@example.com.tr

## İŞ DENEYİMİ
**Örnek Yazılım A.Ş.** — Yazılım Mühendisi, Eylül 2019 – Halen
- Ödeme sistemleri
**Deneme Ltd.** — Stajyer, Haziran 2018 - Ağustos 2018

## EĞİTİM
**Orta Doğu Teknik Üniversitesi** — Lisans, 2014 – 2019
"""

# Indonesian: a month span.
BUDI_MD = """# Budi Santoso
budi.santoso@example.co.id

## Pengalaman Kerja
**PT Contoh Jaya** — Analis Data, Agustus 2021 – sekarang
- Laporan penjualan bulanan
**CV Sumber Makmur** — Magang, Juni – Agustus 2020

## Pendidikan
**Universitas Indonesia** — Sarjana Teknik, 2016 – 2020
"""

# Vietnamese: numbered months.
AN_MD = """# Nguyễn Văn An
an.nguyen@example.vn

## Kinh nghiệm làm việc
**Công ty Ví Dụ** — Lập trình viên, Tháng 3/2019 - nay
- Phát triển ứng dụng di động
**Công ty Mẫu** — Thực tập sinh, tháng 6 năm 2018 đến tháng 12 năm 2018

## Học vấn
**Đại học Bách Khoa** — Kỹ sư, 2014 – 2019
"""

# Chinese.
MING_MD = """# 李明
li.ming@example.cn

## 工作经历
**示例科技有限公司** — 高级工程师, 2019年3月 – 至今
- 负责支付系统
**测试网络公司** — 工程师, 2016.07 - 2019.02

## 教育背景
**清华大学** — 硕士, 2013年9月 - 2016年6月

## 专业技能
Python, Go
"""

# Japanese.
HANAKO_MD = """# 山田花子
hanako.yamada@example.jp

## 職務経歴
**株式会社サンプル** — エンジニア, 2018年4月 ～ 現在
- 決済システムの開発
**テスト株式会社** — プログラマ, 2015年4月 ～ 2018年3月

## 学歴
**東京大学** — 学士, 2011年4月 - 2015年3月
"""

# Korean, with a duration.
MINSU_MD = """# 김민수
minsu.kim@example.kr

## 경력
**예시 주식회사** — 소프트웨어 엔지니어, 2020년 3월 - 현재 (4년 2개월)
- 결제 시스템 개발
**샘플 테크** — 인턴, 2019년 7월 - 2019년 12월

## 학력
**서울대학교** — 학사, 2015년 3월 - 2019년 2월
"""

# Russian plain text: genitive months, `г.`, `по настоящее время`.
IVAN_TXT = """Иван Петров
ivan.petrov@example.ru

О себе
Инженер с десятилетним опытом в разработке платежных систем.

Опыт работы
ООО Ромашка — Ведущий инженер, с мая 2018 г. по настоящее время
- Перевёл сервисы на Kubernetes
АО Пример — Инженер, 12.03.2012 – 11.10.2013г.

Образование
МГУ — Магистр, 2006 – 2011 гг.

Ключевые навыки
Python, Go, SQL
"""

# Russian, dates before "Company, City, Country" and the title on the next line; the
# range ends with `Текущий момент`.
OLGA_TXT = """Ольга Смирнова
olga.smirnova@example.ru

Опыт
Октябрь 2021 - Текущий момент   Ромашка, Нижний Новгород, Россия.
Старший инженер
Июнь 2017 - Сентябрь 2021   Пример, Казань, Россия.
Инженер-программист

Образование
2011 - 2017   Казанский университет, Казань, Россия.
"""

# Chinese: jobs and studies in one section (`工作及教育经历`, work and education).
HUA_TXT = """李华
li.hua@example.cn

工作及教育经历
示例科技有限公司   2021.5~至今   研发部
测试网络公司   2019.7~2021.4   数据平台部
北方大学   2015.9~2019.6   软件工程专业-本科
"""

# Chinese plain text: `至今` and `至` with no spaces.
MING_TXT = """李明
li.ming@example.cn

个人简介
五年支付系统开发经验。

工作经历
示例科技有限公司 — 高级工程师, 2021.5~至今
测试网络公司 — 工程师, 2019年3月至2021年4月

教育背景
清华大学 — 硕士, 2016年9月 - 2019年6月

专业技能
Python, Go
"""


# Persian: Solar Hijri months and years, Persian digits, the title's head noun first.
MARYAM_TXT = """مریم احمدی
maryam.ahmadi@example.ir

سوابق شغلی
کارشناس نرم افزار
شرکت نمونه پردازش
تیر 1398 تاکنون
مدیر پروژه
گروه صنعتی آزمون
از دی ۱۳۹۵ تا خرداد ۱۳۹۸

تحصیلات
کارشناسی مهندسی کامپیوتر
دانشگاه نمونه
1391 تا 1395
"""

# Arabic: the head noun first (`مهندس برمجيات`, `شركة ...`), `حتى الآن`.
OMAR_TXT = """عمر حداد
omar.haddad@example.com

الخبرة العملية
مهندس برمجيات
شركة المثال للتقنية
مارس 2019 - حتى الآن
مطور ويب
مؤسسة النموذج
يناير 2016 - فبراير 2019

التعليم
بكالوريوس علوم الحاسوب
جامعة المثال
2011 - 2015
"""


# Chinese: numbered headings beside their English translation, dates with a day.
WEI_TXT = """王伟
wang.wei@example.cn

一、工作经历 Work Experience
示例数据有限公司 — 数据分析师, 2020.03.01 - 至今
- 负责销售报表
样本科技公司 — 实习生, 2019/07 – 2019/12

二、教育背景 Education
北方理工大学 — 学士, 2015.09 - 2019.06

三、其他
驾照
"""

# Korean: `2019. 03 ~ 현재`, dates with days and dots, a military service section.
JIWOO_TXT = """박지우
jiwoo.park@example.kr

경력사항
예시 주식회사 — 백엔드 개발자, 2019. 03 ~ 현재
샘플 소프트 — 인턴, 2018. 7. ~ 2018. 12.

병역사항
대한민국 육군 — 병장, 2014. 03 ~ 2015. 12

학력사항
한국대학교 — 학사, 2012. 03. 02. ~ 2018. 02. 20.
"""


# (file name, text, section kinds, positions, education) per resume.
RESUMES = [
    (
        "max.md",
        MAX_MD,
        ["experience", "education"],
        [("Acme GmbH", "2021-03", "present"), ("Beispiel AG", "2019-07", "2019-10")],
        [("Technische Universität Berlin", "2017-10", "2020-09")],
    ),
    (
        "lucia.md",
        LUCIA_MD,
        ["experience", "education"],
        [("Ejemplo S.L.", "2021-03", "present"), ("Acme Ibérica", "2019-07", "2019-08")],
        [("Universidad de Granada", "2015-09", "2019-06")],
    ),
    (
        "anna.md",
        ANNA_MD,
        ["experience", "education"],
        [("Przykład Sp. z o.o.", "2018-10", "present"), ("Firma SA", "2015-01", "2018-09")],
        [("Uniwersytet Warszawski", "2009", "2014")],
    ),
    (
        "ivan.md",
        IVAN_MD,
        ["experience", "education"],
        [("ООО Ромашка", "2019-09", "present"), ("АО Пример", "2015-11", "2019-08")],
        [("МГУ", "2009", "2015")],
    ),
    (
        "olena.md",
        OLENA_MD,
        ["experience", "education"],
        [("ТОВ Приклад", "2020-09", "present"), ("ФОП Іваненко", "2019-02", "2020-08")],
        [("Київський університет", "2015", "2019")],
    ),
    (
        "ayse.md",
        AYSE_MD,
        ["experience", "education"],
        [("Örnek Yazılım A.Ş.", "2019-09", "present"), ("Deneme Ltd.", "2018-06", "2018-08")],
        [("Orta Doğu Teknik Üniversitesi", "2014", "2019")],
    ),
    (
        "budi.md",
        BUDI_MD,
        ["experience", "education"],
        [("PT Contoh Jaya", "2021-08", "present"), ("CV Sumber Makmur", "2020-06", "2020-08")],
        [("Universitas Indonesia", "2016", "2020")],
    ),
    (
        "an.md",
        AN_MD,
        ["experience", "education"],
        [("Công ty Ví Dụ", "2019-03", "present"), ("Công ty Mẫu", "2018-06", "2018-12")],
        [("Đại học Bách Khoa", "2014", "2019")],
    ),
    (
        "ming.md",
        MING_MD,
        ["experience", "education", "skills"],
        [("示例科技有限公司", "2019-03", "present"), ("测试网络公司", "2016-07", "2019-02")],
        [("清华大学", "2013-09", "2016-06")],
    ),
    (
        "hanako.md",
        HANAKO_MD,
        ["experience", "education"],
        [("株式会社サンプル", "2018-04", "present"), ("テスト株式会社", "2015-04", "2018-03")],
        [("東京大学", "2011-04", "2015-03")],
    ),
    (
        "minsu.md",
        MINSU_MD,
        ["experience", "education"],
        [("예시 주식회사", "2020-03", "present"), ("샘플 테크", "2019-07", "2019-12")],
        [("서울대학교", "2015-03", "2019-02")],
    ),
    (
        "ivan.txt",
        IVAN_TXT,
        ["summary", "experience", "education", "skills"],
        [("ООО Ромашка", "2018-05", "present"), ("АО Пример", "2012-03", "2013-10")],
        [("МГУ", "2006", "2011")],
    ),
    (
        "olga.txt",
        OLGA_TXT,
        ["experience", "education"],
        [("Ромашка", "2021-10", "present"), ("Пример", "2017-06", "2021-09")],
        [("Казанский университет", "2011", "2017")],
    ),
    (
        "hua.txt",
        HUA_TXT,
        ["experience"],
        [("示例科技有限公司", "2021-05", "present"), ("测试网络公司", "2019-07", "2021-04")],
        [("北方大学", "2015-09", "2019-06")],
    ),
    (
        "ming.txt",
        MING_TXT,
        ["summary", "experience", "education", "skills"],
        [("示例科技有限公司", "2021-05", "present"), ("测试网络公司", "2019-03", "2021-04")],
        [("清华大学", "2016-09", "2019-06")],
    ),
    (
        "maryam.txt",
        MARYAM_TXT,
        ["experience", "education"],
        [("شرکت نمونه پردازش", "1398-04", "present"), ("گروه صنعتی آزمون", "1395-10", "1398-03")],
        [("دانشگاه نمونه", "1391", "1395")],
    ),
    (
        "omar.txt",
        OMAR_TXT,
        ["experience", "education"],
        [("شركة المثال للتقنية", "2019-03", "present"), ("مؤسسة النموذج", "2016-01", "2019-02")],
        [("جامعة المثال", "2011", "2015")],
    ),
    (
        "wei.txt",
        WEI_TXT,
        ["experience", "education", "additional"],
        [("示例数据有限公司", "2020-03", "present"), ("样本科技公司", "2019-07", "2019-12")],
        [("北方理工大学", "2015-09", "2019-06")],
    ),
    (
        "jiwoo.txt",
        JIWOO_TXT,
        ["experience", "experience", "education"],
        [
            ("예시 주식회사", "2019-03", "present"),
            ("샘플 소프트", "2018-07", "2018-12"),
            ("대한민국 육군", "2014-03", "2015-12"),
        ],
        [("한국대학교", "2012-03", "2018-02")],
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "kinds", "positions", "education"),
    RESUMES,
    ids=[resume[0] for resume in RESUMES],
)
def test_resumes_in_other_languages(write, name, text, kinds, positions, education) -> None:
    structure = _structure(write, name, text)
    assert [section.kind for section in structure.sections] == kinds
    assert _positions(structure) == positions
    assert _education(structure) == education


# Russian and Ukrainian CVs give the level of education on a line under the school, or
# the degree in the first line below it.
NINA_TXT = """Нина Орлова
nina.orlova@example.ru

Образование
2001 – 2008 г.
Гимназия № 5
( среднее)
2008 – 2013 г.
Тверской технический университет
( высшее)
"""

TARAS_TXT = """Тарас Коваленко
taras.kovalenko@example.ua

Освіта
2016 - 2020
Полтавський університет
Здобув ступінь бакалавра з економіки,
програма «Фінанси».
"""


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "nina.txt",
            NINA_TXT,
            [
                ("Гимназия № 5", "среднее", "2008"),
                ("Тверской технический университет", "высшее", "2013"),
            ],
        ),
        ("taras.txt", TARAS_TXT, [("Полтавський університет", "ступінь бакалавра", "2020")]),
    ],
)
def test_degree_printed_below_the_school_belongs_to_its_entry(write, name, text, expected):
    structure = _structure(write, name, text)
    assert [
        (e.school.value if e.school else "", e.degree.value if e.degree else "", e.dates.end.iso())
        for e in structure.education
    ] == expected


# The title printed before the employer: the words of each tell them apart.
TITLE_FIRST = {
    "sergei.txt": """Сергей Волков
sergei.volkov@example.ru

Опыт работы
Ведущий разработчик — ООО Ромашка, 03.2019 – н.в.
Юрист — АО Пример, 01.2015 – 02.2019
""",
    "kenji.txt": """山田健二
kenji.yamada@example.jp

職務経歴
iOSプログラマ   サンプル株式会社   2018年4月 – 現在
エンジニア   テスト合同会社   2015年4月 – 2018年3月
""",
    "lena.txt": """Lena Vogel
lena.vogel@example.de

Berufserfahrung
Wissenschaftliche Hilfskraft — Beispielwerk, 10/2019 – 08/2020
Programmierer — Musterhaus, 12/2014 – 03/2015
""",
    "lucia.txt": """Lucía Gómez
lucia.gomez@example.es

Experiencia
Becaria — Ejemplo Digital, 03/2019 – 06/2019
Programadora — Muestra Norte, 07/2019 – Actualmente
""",
    "ayse.txt": """Ayşe Yılmaz
ayse.yilmaz@example.com.tr

İş Deneyimi
Yazılım Geliştirici — Örnek Teknoloji A.Ş., 03/2019 – Halen
Stajyer — Deneme Holding, 06/2018 – 09/2018
""",
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("sergei.txt", [("ООО Ромашка", "Ведущий разработчик"), ("АО Пример", "Юрист")]),
        (
            "lena.txt",
            [("Beispielwerk", "Wissenschaftliche Hilfskraft"), ("Musterhaus", "Programmierer")],
        ),
        ("lucia.txt", [("Ejemplo Digital", "Becaria"), ("Muestra Norte", "Programadora")]),
        ("kenji.txt", [("サンプル株式会社", "iOSプログラマ"), ("テスト合同会社", "エンジニア")]),
        (
            "ayse.txt",
            [("Örnek Teknoloji A.Ş.", "Yazılım Geliştirici"), ("Deneme Holding", "Stajyer")],
        ),
    ],
)
def test_title_and_employer_told_apart_by_their_words(write, name, expected) -> None:
    structure = _structure(write, name, TITLE_FIRST[name])
    assert [
        (p.company.value if p.company else "", p.title.value if p.title else "")
        for p in structure.positions
    ] == expected


# Entries as labelled fields (`Período:`, `Localidade:`, `Stanowisko:`), and a range led
# by a "since" word (`Desde de fevereiro de 2021`).
LABELLED = {
    "joao.txt": """João Silva
joao.silva@example.com.br

Experiência
Analista de Sistemas
Exemplo Dados
Período: abril de 2011 – março de 2020
Localidade: São Paulo
""",
    "marta.txt": """Marta Nowak
marta.nowak@example.pl

Doświadczenie
Przykład Sp. z o.o.   03.2018 – 06.2018
Stanowisko: Praktykantka
""",
    "bruna.txt": """Bruna Costa
bruna.costa@example.com.br

Experiência
Exemplo Digital — Desenvolvedora front-end
Desde de fevereiro de 2021 – até o momento
""",
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("joao.txt", [("Exemplo Dados", "Analista de Sistemas", "2011-04", "2020-03")]),
        ("marta.txt", [("Przykład Sp. z o.o.", "Praktykantka", "2018-03", "2018-06")]),
        ("bruna.txt", [("Exemplo Digital", "Desenvolvedora front-end", "2021-02", "present")]),
    ],
)
def test_labelled_entry_fields(write, name, expected) -> None:
    structure = _structure(write, name, LABELLED[name])
    assert [
        (
            p.company.value if p.company else "",
            p.title.value if p.title else "",
            p.dates.start.iso(),
            p.dates.end.iso(),
        )
        for p in structure.positions
    ] == expected


# One-line entries as bullets in an icon font the PDF left unmapped (`(cid:136)`): each
# bullet with its closing range is an entry, as with a typed bullet.
DENIZ_TXT = """Deniz Kaya
deniz.kaya@example.com.tr

DENEYİM
(cid:136) Kıdemli Araştırmacı – Örnek Enstitüsü, Türkiye (2022 – Halen)
(cid:136) Yarı-zamanlı Araştırmacı – Deneme Üniversitesi, Türkiye (2019 – 2021)
(cid:136) Yazılım Mühendisi – Örnek Teknoloji, Türkiye (Şubat 2012 – Haziran 2012)
"""


def test_icon_font_bullets_with_a_closing_range_are_one_entry_each(write) -> None:
    structure = _structure(write, "deniz.txt", DENIZ_TXT)
    assert [
        (p.title.value if p.title else "", p.dates.start.iso(), p.dates.end.iso())
        for p in structure.positions
    ] == [
        ("Kıdemli Araştırmacı", "2022", "present"),
        ("Yarı-zamanlı Araştırmacı", "2019", "2021"),
        ("Yazılım Mühendisi", "2012-02", "2012-06"),
    ]


# A date column whose ranges wrap: the tilde left dangling (`2016年4月~` over `2017年3月`)
# or leading the end on the next line (`2017年4月` over `~2018年2月`).
KAITO_TXT = """佐藤海斗
kaito.sato@example.jp

職務経歴
2016年4月~   サンプル株式会社
2017年3月   エンジニア
2017年4月   テスト合同会社
~2018年2月   プログラマ
"""


def test_a_range_wrapped_at_its_tilde_is_one_range(write) -> None:
    structure = _structure(write, "kaito.txt", KAITO_TXT)
    assert _positions(structure) == [
        ("サンプル株式会社", "2016-04", "2017-03"),
        ("テスト合同会社", "2017-04", "2018-02"),
    ]


# Europass: the dates and place on one line, the title and the employer on the next.
ELENA_TXT = """Elena Martín
elena.martin@example.es

EXPERIENCIA LABORAL
01/07/2022 – 15/01/2024 Valencia, España
Desarrolladora de aplicaciones Ejemplo Norte
Mantenimiento de una aplicación de facturación.
20/03/2020 – 01/06/2022 Granada, España
Técnica de sistemas Muestra Sur
Soporte a usuarios y mantenimiento de los servidores de la oficina.
"""


def test_europass_title_and_employer_on_one_line(write) -> None:
    structure = _structure(write, "elena.txt", ELENA_TXT)
    assert [
        (p.company.value if p.company else "", p.title.value if p.title else "")
        for p in structure.positions
    ] == [
        ("Ejemplo Norte", "Desarrolladora de aplicaciones"),
        ("Muestra Sur", "Técnica de sistemas"),
    ]


def test_the_branch_after_an_employer_is_not_its_name(write) -> None:
    text = """Jonas Weber
jonas.weber@example.de

Berufserfahrung
seit 6/2019   Beispiel Service GmbH, Niederlassung Leipzig
Lagerhelfer
"""
    structure = _structure(write, "jonas.txt", text)
    assert [p.company.value for p in structure.positions if p.company] == ["Beispiel Service GmbH"]


@pytest.mark.parametrize(
    ("company_line", "company"),
    [
        ("Beispiel Sport Rotterdam", "Beispiel Sport"),  # a big city after the name
        ("Universität Hamburg", "Universität Hamburg"),  # a school's name holds its city
        ("Bank of London", "Bank of London"),
        ("Gemeente Rotterdam", "Gemeente Rotterdam"),  # a municipality is its city
    ],
)
def test_a_big_city_printed_after_an_employer_is_not_its_name(write, company_line, company):
    text = f"""Noor Jansen
noor.jansen@example.nl

Werkervaring
Juli 2017 – Februari 2018   {company_line}
• Medewerker
"""
    structure = _structure(write, "noor.txt", text)
    assert [p.company.value for p in structure.positions if p.company] == [company]


# Korean: the legal form in brackets before the name (`(주)`), a duration after the range.
SEOYEON_TXT = """이서연
seoyeon.lee@example.kr

경력
(주)예시소프트   2019.03 ~ 재직중
백엔드 개발팀 / 선임 연구원
- 결제 API 설계
샘플네트웍스   2016.01 ~ 2019.02 (3년 2개월)
개발팀 / 사원
- 사내 시스템 유지보수

학력
한국대학교 컴퓨터공학과 졸업   2012.03 ~ 2016.02
"""


def test_a_name_that_opens_with_its_bracketed_legal_form_keeps_it(write) -> None:
    structure = _structure(write, "seoyeon.txt", SEOYEON_TXT)
    assert _positions(structure) == [
        ("(주)예시소프트", "2019-03", "present"),
        ("샘플네트웍스", "2016-01", "2019-02"),
    ]
