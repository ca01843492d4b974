// Contract section 5: account keys of names, domains, URLs and e-mail addresses.
#include "core/accounts/account_key.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "accounts_test_support.h"
#include "core/text.h"

namespace alliance {
namespace {

using test::inputErrorOf;
using test::isValidUtf8;
using test::toUtf16;

std::string key(std::u16string_view text) { return accountKey(text); }
AccountForm formOf(std::u16string_view text) { return analyseAccount(text).form; }

struct Case {
  std::u16string_view input;
  std::string_view expected;
};

void expectKeys(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    SCOPED_TRACE(std::string(c.expected));
    EXPECT_EQ(key(c.input), c.expected);
  }
}

// ---------------------------------------------------------------------------
// The contract's own examples
// ---------------------------------------------------------------------------

TEST(AccountKeyContract, GivesTheKeysOfTheContractExamples) {
  EXPECT_EQ(key(u"The Coca-Cola Company"), "cocacola");
  EXPECT_EQ(key(u"AB Volvo"), "volvo");
  EXPECT_EQ(key(u"A B Volvo"), "volvo");
  EXPECT_EQ(key(u"Société Générale S.A."), "societegenerale");
  EXPECT_EQ(key(u"https://www.stock.walmart.com/x"), "walmart");
  EXPECT_EQ(key(u"jane@walmart.com"), "walmart");
  EXPECT_EQ(key(u"tesco.co.uk"), "tesco");
}

TEST(AccountKeyContract, GivesAnEmptyKeyForFreeMailAddresses) {
  for (const std::u16string_view mail :
       {u"jane@gmail.com", u"jane@yahoo.com", u"jane@hotmail.com", u"jane@outlook.com",
        u"jane@aol.com", u"jane@icloud.com", u"jane@gmx.de", u"jane@web.de", u"jane@mail.ru"}) {
    SCOPED_TRACE(std::string(mail.begin(), mail.end()));
    EXPECT_EQ(key(mail), "");
    EXPECT_EQ(formOf(mail), AccountForm::FreeMail);
  }
}

TEST(AccountKeyContract, MatchesTheContractsExampleOfTwoSpellingsOfOneCompany) {
  EXPECT_EQ(key(u"ACME Inc."), key(u"Acme, Incorporated"));
  EXPECT_EQ(key(u"ACME Inc."), "acme");
}

// ---------------------------------------------------------------------------
// Names: one rule at a time
// ---------------------------------------------------------------------------

TEST(AccountKeyName, RemovesAccentsInNamesFromSeveralCountries) {
  expectKeys({
      {u"Nestlé", "nestle"},
      {u"Müller", "muller"},
      {u"Citroën", "citroen"},
      {u"Škoda Auto", "skodaauto"},
      {u"São Martinho", "saomartinho"},
      {u"Crédit Agricole", "creditagricole"},
      {u"Telefónica", "telefonica"},
      {u"Ålandsbanken", "alandsbanken"},
      {u"Dacia Pitești", "daciapitesti"},
      {u"Çelebi Hava", "celebihava"},
      {u"Žalgiris", "zalgiris"},
      {u"Vietnam Đông Á", "vietnamdonga"},
      {u"Nguyễn Phước", "nguyenphuoc"},
  });
}

TEST(AccountKeyName, FoldsLettersWithStrokesAndLigatures) {
  expectKeys({
      {u"Ørsted", "orsted"},
      {u"Mærsk", "maersk"},
      {u"Straße", "strasse"},
      {u"STRASSE", "strasse"},
      {u"Łukasiewicz", "lukasiewicz"},
      {u"Đurđević", "durdevic"},
      {u"Þórsmörk", "thorsmork"},
      {u"Œuvre", "oeuvre"},
      {u"Guðmundsson", "gudmundsson"},
      {u"Iğdır", "igdir"},
      {u"Ħamrun", "hamrun"},
      {u"ﬁnance", "finance"},  // the fi ligature
      {u"Ĳsselmeer", "ijsselmeer"},
  });
  EXPECT_EQ(key(u"Øresund"), key(u"Oresund"));
  EXPECT_EQ(key(u"Bjørn"), key(u"BJØRN"));
}

TEST(AccountKeyName, FoldsCase) {
  EXPECT_EQ(key(u"ACME"), "acme");
  EXPECT_EQ(key(u"AcMe"), "acme");
  EXPECT_EQ(key(u"İSTANBUL"), key(u"istanbul"));
  EXPECT_EQ(key(u"GROẞE"), key(u"große"));
  EXPECT_EQ(key(u"ＡＣＭＥ"), "acme");  // full-width letters
}

TEST(AccountKeyName, ReadsAmpersandAsAnd) {
  EXPECT_EQ(key(u"Johnson & Johnson"), "johnsonandjohnson");
  EXPECT_EQ(key(u"Johnson and Johnson"), "johnsonandjohnson");
  EXPECT_EQ(key(u"Johnson&Johnson"), "johnsonandjohnson");
  EXPECT_EQ(key(u"AT&T"), "atandt");
  EXPECT_EQ(key(u"Marks ＆ Spencer"), key(u"Marks and Spencer"));
}

TEST(AccountKeyName, DropsApostrophes) {
  for (const std::u16string_view name : {u"McDonald's", u"McDonald’s", u"McDonald`s", u"McDonald´s",
                                         u"McDonaldʼs", u"McDonald‘s", u"MCDONALD'S"}) {
    EXPECT_EQ(key(name), "mcdonalds");
  }
  EXPECT_EQ(key(u"L'Oréal"), "loreal");
  EXPECT_EQ(key(u"O'Reilly Automotive"), "oreillyautomotive");
}

TEST(AccountKeyName, ReadsOtherPunctuationAsSpace) {
  EXPECT_EQ(key(u"Coca-Cola"), "cocacola");
  EXPECT_EQ(key(u"Coca Cola"), "cocacola");
  EXPECT_EQ(key(u"Coca–Cola"), "cocacola");  // en dash
  EXPECT_EQ(key(u"Yahoo!"), "yahoo");
  EXPECT_EQ(key(u"E*TRADE"), "etrade");
  EXPECT_EQ(key(u"Toys\"R\"Us"), "toysrus");
  EXPECT_EQ(key(u"«Ромашка»"), "ромашка");
  EXPECT_EQ(key(u"Hewlett‑Packard"), "hewlettpackard");  // non-breaking hyphen
  EXPECT_EQ(key(u"soft\u00ADhyphen"), "softhyphen");     // ignorable: not even a space
}

TEST(AccountKeyName, DropsALeadingThe) {
  EXPECT_EQ(key(u"The Home Depot"), "homedepot");
  EXPECT_EQ(key(u"THE HOME DEPOT"), "homedepot");
  EXPECT_EQ(key(u"Home Depot"), "homedepot");
  EXPECT_EQ(key(u"Theravance"), "theravance");    // a word, not "the"
  EXPECT_EQ(key(u"Mind the Gap"), "mindthegap");  // only at the start
  EXPECT_EQ(key(u"The"), "the");                  // never reduced to nothing
}

TEST(AccountKeyName, DropsLegalFormsAtTheEnd) {
  expectKeys({
      {u"Acme Inc.", "acme"},    {u"Acme Corp", "acme"},   {u"Acme Corporation", "acme"},
      {u"Acme LLC", "acme"},     {u"Acme L.L.C.", "acme"}, {u"Acme Ltd", "acme"},
      {u"Acme Limited", "acme"}, {u"Acme plc", "acme"},    {u"Acme GmbH", "acme"},
      {u"Acme AG", "acme"},      {u"Acme S.A.", "acme"},   {u"Acme N.V.", "acme"},
      {u"Acme B.V.", "acme"},    {u"Acme S.p.A.", "acme"}, {u"Acme S.r.l.", "acme"},
      {u"Acme AB", "acme"},      {u"Acme A/S", "acme"},    {u"Acme Oy", "acme"},
      {u"Acme Oyj", "acme"},     {u"Acme K.K.", "acme"},   {u"Acme Pty", "acme"},
      {u"Acme Pte", "acme"},
  });
}

TEST(AccountKeyName, DropsLegalFormsAtTheStartWhereTheCountryWritesThemFirst) {
  expectKeys({
      {u"AB Acme", "acme"},
      {u"OOO Acme", "acme"},
      {u"PT Acme", "acme"},
      {u"SIA Acme", "acme"},
      {u"UAB Acme", "acme"},
      {u"Kabushiki Kaisha Acme", "acme"},
      {u"Stichting Acme", "acme"},
      // Sweden, Finland, Norway, Denmark, the Baltic states
      {u"AB Volvo", "volvo"},
      {u"A B Volvo", "volvo"},
      {u"Aktiebolaget SKF", "skf"},
      {u"Oy Karl Fazer Ab", "karlfazer"},
      {u"Oyj Acme", "acme"},
      {u"AS Tallinna Vesi", "tallinnavesi"},
      {u"A/S Norske Shell", "norskeshell"},
      {u"OÜ Bolt Technology", "bolttechnology"},
      {u"SIA Latvijas Gāze", "latvijasgaze"},
      {u"UAB Maxima LT", "maximalt"},
      // Russia, Ukraine, Belarus, Kazakhstan, Bulgaria
      {u"ООО Ромашка", "ромашка"},
      {u"ПАО Газпром", "газпром"},
      {u"АО Россельхозбанк", "россельхозбанк"},
      {u"ЗАО Лаборатория Касперского", "лабораториякасперского"},
      {u"ZAO Kaspersky Lab", "kasperskylab"},
      {u"PJSC Gazprom", "gazprom"},
      {u"JSC Kazakhstan Temir Zholy", "kazakhstantemirzholy"},
      {u"OJSC Acme", "acme"},
      {u"CJSC Acme", "acme"},
      {u"ТОО Казахмыс", "казахмыс"},
      {u"ТОВ Київстар", "киівстар"},
      {u"ОДО Акме", "акме"},
      // Indonesia, Vietnam, Thailand
      {u"PT Bank Central Asia Tbk", "bankcentralasia"},
      {u"CV Maju Jaya", "majujaya"},
      {u"Công ty TNHH Acme", "acme"},
      {u"CTCP Acme", "acme"},
      {u"บริษัท ทดสอบ จำกัด", "ทดสอบ"},
      // Japan, Korea
      {u"Kabushiki Kaisha Toshiba", "toshiba"},
      {u"Godo Kaisha Acme", "acme"},
      {u"株式会社 日立製作所", "日立製作所"},
      {u"株式会社日立製作所", "日立製作所"},
      {u"(株)トヨタ", "トヨタ"},
      {u"주식회사 카카오", "카카오"},
      // the Netherlands, Belgium, France
      {u"N.V. Nederlandse Gasunie", "nederlandsegasunie"},
      {u"VZW Kind en Gezin", "kindengezin"},
      {u"SARL Boulangerie Martin", "boulangeriemartin"},
      {u"SCI Les Tilleuls", "lestilleuls"},
  });
  EXPECT_EQ(key(u"AB Volvo"), key(u"Volvo AB"));
  EXPECT_EQ(key(u"PT Bank Central Asia Tbk"), key(u"Bank Central Asia"));
  EXPECT_EQ(key(u"ООО Ромашка"), key(u"Ромашка ООО"));
}

TEST(AccountKeyName, KeepsAFormAtTheStartWhereNoCountryWritesItFirst) {
  expectKeys({
      {u"AG Barr plc", "agbarr"},  // AG follows the name in Germany and Switzerland
      {u"A.G. Barr p.l.c.", "agbarr"},
      {u"KG Mobility", "kgmobility"},
      {u"The Company Store", "companystore"},  // "Company" follows the name
      {u"SAS Institute Inc.", "sasinstitute"},
      {u"SA Power Networks", "sapowernetworks"},
      {u"SL Green Realty Corp.", "slgreenrealty"},
      {u"Limited Brands", "limitedbrands"},
      {u"Co-operative Bank", "cooperativebank"},
      {u"GmbH Acme", "gmbhacme"},
      {u"Inc. Acme", "incacme"},
      {u"K.K. Acme", "kkacme"},  // the romanised K.K. follows the name
      {u"Pão de Açúcar", "paodeacucar"},
      {u"Prat Hermanos S.A.", "prathermanos"},
      {u"S.C. Johnson & Son, Inc.", "scjohnsonandson"},
      {u"Too Faced Cosmetics", "toofacedcosmetics"},
      {u"公司 テスト", "公司テスト"},  // Chinese forms follow the name
  });
}

TEST(AccountKeyName, KeepsAFormAtTheStartWhenOneGenericWordWouldBeLeft) {
  expectKeys({
      {u"AB Bank", "abbank"},
      {u"PT Bank", "ptbank"},
      {u"PT Bank Tbk", "ptbank"},
      {u"PT Bank (Persero) Tbk", "ptbank"},  // the forms at the end go first
      {u"SIA Group", "siagroup"},
      {u"SIA Engineering Company", "siaengineering"},
      {u"OOO Services", "oooservices"},
      {u"NV Energy, Inc.", "nvenergy"},
      {u"AB Foods plc", "abfoods"},
      {u"Oy Store Ab", "oystore"},
      {u"株式会社 Bank", "株式会社bank"},
      {u"株式会社Bank", "株式会社bank"},
  });
  // Two words left are a name: the form goes.
  EXPECT_EQ(key(u"PT Bank Mandiri"), "bankmandiri");
  EXPECT_EQ(key(u"AB Bank Group"), "bankgroup");
}

TEST(AccountKeyName, DropsLegalFormsRepeatedlyAtBothEnds) {
  expectKeys({
      {u"Acme Pty Ltd", "acme"},
      {u"Acme Co., Ltd.", "acme"},
      {u"Acme GmbH & Co. KG", "acme"},
      {u"Acme Inc. Ltd. LLC", "acme"},
      {u"PT Acme Tbk", "acme"},
      {u"PT Acme (Persero) Tbk", "acme"},
      {u"Acme AB (publ)", "acme"},
      {u"Acme S.A. de C.V.", "acme"},
      {u"Acme, S. de R.L. de C.V.", "acme"},
      {u"Acme Sp. z o.o.", "acme"},
      {u"Acme spol. s r.o.", "acme"},
      {u"Acme Sdn. Bhd.", "acme"},
      {u"Acme Pte. Ltd.", "acme"},
      {u"Acme Pvt. Ltd.", "acme"},
      {u"Acme Private Limited", "acme"},
      {u"Acme UG (haftungsbeschränkt)", "acme"},
      {u"The Acme Company", "acme"},
      {u"Merck & Co., Inc.", "merck"},
  });
}

TEST(AccountKeyName, MatchesLegalFormsWrittenWithAnySpacesAndDots) {
  for (const std::u16string_view name :
       {u"Acme S.A.", u"Acme SA", u"Acme S. A.", u"Acme S A", u"ACME s.a.", u"Acme, S.A."}) {
    EXPECT_EQ(key(name), "acme");
  }
  for (const std::u16string_view name : {u"Acme A/S", u"Acme AS", u"Acme A.S."}) {
    EXPECT_EQ(key(name), "acme");
  }
  for (const std::u16string_view name : {u"Acme K.K.", u"Acme KK", u"Acme K. K."}) {
    EXPECT_EQ(key(name), "acme");
  }
  for (const std::u16string_view name : {u"Acme S.p.A.", u"Acme SpA", u"Acme S.P.A."}) {
    EXPECT_EQ(key(name), "acme");
  }
  for (const std::u16string_view name :
       {u"Acme Pty Ltd", u"Acme Pty. Ltd.", u"ACME PTY LTD", u"Acme Pty. Limited"}) {
    EXPECT_EQ(key(name), "acme");
  }
}

TEST(AccountKeyName, MatchesLegalFormsOnlyAsWholeWords) {
  expectKeys({
      {u"Agfa", "agfa"},
      {u"Sabena", "sabena"},
      {u"Coty", "coty"},
      {u"Incyte", "incyte"},
      {u"Asda", "asda"},
      {u"Abbott Laboratories", "abbottlaboratories"},
      {u"Ltdx Systems", "ltdxsystems"},
  });
}

TEST(AccountKeyName, KeepsLegalFormsInTheMiddle) {
  EXPECT_EQ(key(u"Acme AG Services"), "acmeagservices");
  EXPECT_EQ(key(u"Fonterra Co-operative Group Limited"), "fonterracooperativegroup");
  EXPECT_EQ(key(u"Petrobras S.A. Distribuidora"), "petrobrassadistribuidora");
}

TEST(AccountKeyName, KeepsInitialsThatOnlyStartWithALegalForm) {
  // "A B Volvo" drops "A B" (AB), but the initials of "A B C" stay together.
  EXPECT_EQ(key(u"A B C Supplies"), "abcsupplies");
  EXPECT_EQ(key(u"A B C Supplies"), key(u"ABC Supplies"));
  EXPECT_EQ(key(u"Volvo A B"), "volvo");
}

TEST(AccountKeyName, NeverReducesANameToNothing) {
  expectKeys({
      {u"Limited", "limited"},
      {u"AG", "ag"},
      {u"S.A.", "sa"},
      {u"GmbH", "gmbh"},
      {u"The Limited", "limited"},
      {u"The Company", "company"},
      {u"Inc. Ltd.", "inc"},  // Inc. is not written first: Ltd. goes
      {u"A/S", "as"},
      {u"株式会社", "株式会社"},
  });
}

TEST(AccountKeyName, KeepsDigits) {
  EXPECT_EQ(key(u"3M Company"), "3m");
  EXPECT_EQ(key(u"7-Eleven, Inc."), "7eleven");
  EXPECT_EQ(key(u"1&1 Ionos SE"), "1and1ionos");
  EXPECT_EQ(key(u"Ⅲ Capital"), "iiicapital");  // a Roman numeral letter
}

TEST(AccountKeyName, ReadsADomainWordInsideANameAsItsLabel) {
  EXPECT_EQ(key(u"Amazon.com, Inc."), "amazon");
  EXPECT_EQ(key(u"Booking.com B.V."), "booking");
  EXPECT_EQ(key(u"Salesforce.com"), "salesforce");
  EXPECT_EQ(key(u"Zalando.de SE"), "zalando");
  EXPECT_EQ(key(u"Acme Mfg.Co."), "acmemfg");
  EXPECT_EQ(key(u"J.Co Donuts"), "jcodonuts");  // a one-letter label is no domain
  EXPECT_EQ(key(u"E.ON SE"), "eon");            // "on" is no web suffix
  EXPECT_EQ(key(u"Dr.Oetker KG"), "droetker");  // nor "oetker"
}

// ---------------------------------------------------------------------------
// Names from many countries
// ---------------------------------------------------------------------------

TEST(AccountKeyCountries, GivesTheKeysOfNamesFromManyCountries) {
  expectKeys({
      // United States, Canada
      {u"The Procter & Gamble Company", "procterandgamble"},
      {u"Bank of America, N.A.", "bankofamerica"},
      {u"J.P. Morgan Chase & Co.", "jpmorganchase"},
      {u"Lakeside Dental, PLLC", "lakesidedental"},
      {u"Maple Leaf Foods Ltée", "mapleleaffoods"},
      // United Kingdom, Ireland
      {u"Tesco PLC", "tesco"},
      {u"Marks and Spencer Group p.l.c.", "marksandspencergroup"},
      {u"Glenview Bakery Teoranta", "glenviewbakery"},
      {u"Cwmni Llaeth Cyf", "cwmnillaeth"},
      // Germany, Austria, Switzerland
      {u"Bayerische Motoren Werke Aktiengesellschaft", "bayerischemotorenwerke"},
      {u"Müller Holz GmbH & Co. KG", "mullerholz"},
      {u"Alpenblick Bäckerei e.U.", "alpenblickbackerei"},
      {u"Zürcher Uhren AG", "zurcheruhren"},
      {u"Montreux Chocolat Sàrl", "montreuxchocolat"},
      // France, Benelux
      {u"L'Atelier Parisien SAS", "latelierparisien"},
      {u"Boulangerie Dupré SARL", "boulangeriedupre"},
      {u"Koninklijke Philips N.V.", "koninklijkephilips"},
      {u"Van der Berg Logistiek B.V.", "vanderberglogistiek"},
      {u"Brasserie Lambiek BVBA", "brasserielambiek"},
      {u"Ardennes Investissements S.à r.l.", "ardennesinvestissements"},
      // Italy, Spain, Portugal
      {u"Ferrari S.p.A.", "ferrari"},
      {u"Pasticceria Rossi S.r.l.", "pasticceriarossi"},
      {u"Banco Santander, S.A.", "bancosantander"},
      {u"Bodegas Olivar S.L.U.", "bodegasolivar"},
      {u"Cortiça Atlântica, Lda.", "corticaatlantica"},
      // Latin America
      {u"Grupo Bimbo, S.A.B. de C.V.", "grupobimbo"},
      {u"Petróleo Brasileiro S.A.", "petroleobrasileiro"},
      {u"Banco Bradesco S/A", "bancobradesco"},
      {u"Café Andino Ltda.", "cafeandino"},
      {u"Viña del Valle SpA", "vinadelvalle"},
      {u"Servicios Andinos S.A.C.", "serviciosandinos"},
      // Nordic countries
      {u"Volvo AB (publ)", "volvo"},
      {u"A.P. Møller - Mærsk A/S", "apmollermaersk"},
      {u"Equinor ASA", "equinor"},
      {u"Nokia Oyj", "nokia"},
      {u"Ålands Fiske Ab", "alandsfiske"},
      {u"Norðurljós ehf.", "nordurljos"},
      {u"Dansk Design ApS", "danskdesign"},
      // Central and Eastern Europe
      {u"Łódzkie Zakłady Sp. z o.o.", "lodzkiezaklady"},
      {u"Škoda Auto a.s.", "skodaauto"},
      {u"Tatra Strojárne s.r.o.", "tatrastrojarne"},
      {u"Dunai Malom Kft.", "dunaimalom"},
      {u"Carpați Construct S.R.L.", "carpaticonstruct"},
      {u"Jadran Ribe d.o.o.", "jadranribe"},
      {u"Tallinna Sadam AS", "tallinnasadam"},
      {u"ПАО Газпром", "газпром"},
      {u"ООО «Ромашка»", "ромашка"},
      {u"ТОВ Київ Хліб", "киівхліб"},  // accents removed: ї -> і
      // Greece
      {u"Τράπεζα Πειραιώς Α.Ε.", "τραπεζαπειραιωσ"},
      {u"Olympia Trading A.E.", "olympiatrading"},
      // Japan, China, Korea
      {u"Toyota Motor Corporation", "toyotamotor"},
      {u"Kabushiki Kaisha Toshiba", "toshiba"},
      {u"トヨタ自動車株式会社", "トヨタ自動車"},
      {u"株式会社日立製作所", "日立製作所"},
      {u"(株)トヨタ", "トヨタ"},
      {u"Shenzhen Bright Electronics Co., Ltd.", "shenzhenbrightelectronics"},
      {u"中国银行股份有限公司", "中国银行"},
      {u"台灣積體電路製造股份有限公司", "台灣積體電路製造"},
      {u"삼성전자 주식회사", "삼성전자"},
      {u"(주)카카오", "카카오"},
      // India and South-East Asia
      {u"Tata Consultancy Services Limited", "tataconsultancyservices"},
      {u"Sharma Textiles Pvt. Ltd.", "sharmatextiles"},
      {u"Lion City Logistics Pte. Ltd.", "lioncitylogistics"},
      {u"Petronas Dagangan Berhad", "petronasdagangan"},
      {u"Kedai Maju Sdn. Bhd.", "kedaimaju"},
      {u"PT Bank Mandiri (Persero) Tbk", "bankmandiri"},
      {u"Siam Rice Co., Ltd.", "siamrice"},
      {u"Công ty Cổ phần Sữa Việt Nam", "suavietnam"},
      {u"บริษัท ปตท. จำกัด (มหาชน)", "ปตท"},
      // Australia, New Zealand
      {u"BHP Group Pty Ltd", "bhpgroup"},
      {u"Kiwi Orchards Limited", "kiwiorchards"},
      {u"Red Hill Gold NL", "redhillgold"},
  });
}

TEST(AccountKeyCountries, DoesNotMergeDifferentCompaniesThatShareWords) {
  const std::vector<std::pair<std::u16string_view, std::u16string_view>> pairs = {
      {u"American Express", u"American Airlines"},
      {u"General Motors Company", u"General Mills, Inc."},
      {u"Delta Air Lines, Inc.", u"Delta Electronics, Inc."},
      {u"Deutsche Bank AG", u"Deutsche Telekom AG"},
      {u"Bank of America", u"Bank of China"},
      {u"Banco Santander", u"Banco Sabadell"},
      {u"Mitsubishi Corporation", u"Mitsubishi Electric Corporation"},
      {u"Tata Motors Limited", u"Tata Steel Limited"},
      {u"Air France", u"Air Canada"},
      {u"Samsung Electronics", u"Samsung SDS"},
      {u"Johnson & Johnson", u"Johnson Controls"},
      {u"Ford Motor Company", u"Ford Foundation"},
      {u"Royal Dutch Shell", u"Royal Bank of Canada"},
      {u"Société Générale", u"Société Marseillaise de Crédit"},
      {u"Coca-Cola Company", u"Coca-Cola Europacific Partners"},
      {u"ABC Supplies", u"Supplies Inc."},
      {u"Alpha Bank", u"Alphabet Inc."},
      {u"Orange S.A.", u"Orange County Bank"},
      {u"AG Barr plc", u"Barr Ltd"},
      {u"A.G. Barr p.l.c.", u"Barr Limited"},
      {u"KG Mobility", u"Mobility Inc."},
      {u"The Company Store", u"Store Inc."},
      {u"SAS Institute Inc.", u"Institute Ltd"},
      {u"AB Bank", u"Bank AG"},
      {u"PT Bank Tbk", u"The Bank"},
      {u"NV Energy", u"Energy Corp."},
  };
  for (const auto& [a, b] : pairs) {
    SCOPED_TRACE(key(a) + " / " + key(b));
    EXPECT_FALSE(key(a).empty());
    EXPECT_FALSE(key(b).empty());
    EXPECT_NE(key(a), key(b));
  }
}

TEST(AccountKeyCountries, MergesSpellingsOfOneCompany) {
  const std::vector<std::vector<std::u16string_view>> groups = {
      {u"Siemens AG", u"Siemens Aktiengesellschaft", u"SIEMENS", u"siemens.com", u"info@siemens.de",
       u"https://www.siemens.com/global/en.html"},
      {u"Nestlé S.A.", u"Nestle SA", u"NESTLÉ", u"nestle.com"},
      {u"The Coca-Cola Company", u"Coca Cola Co.", u"coca-cola.com", u"COCA-COLA"},
      {u"Maersk A/S", u"Mærsk", u"MAERSK A/S", u"maersk.com"},
      {u"McDonald's Corporation", u"McDonalds Corp", u"mcdonalds.com"},
      {u"Amazon.com, Inc.", u"Amazon", u"amazon.co.uk", u"jeff@amazon.com"},
      {u"The Body Shop", u"the-body-shop.com", u"Body Shop Ltd"},
      {u"JPMorgan Chase", u"J.P. Morgan Chase & Co.", u"JP Morgan Chase"},
      {u"Nordea Bank Abp", u"Nordea Bank", u"NORDEA BANK ABP"},
  };
  for (const auto& group : groups) {
    const std::string first = key(group.front());
    SCOPED_TRACE(first);
    EXPECT_FALSE(first.empty());
    for (const std::u16string_view name : group) {
      EXPECT_EQ(key(name), first);
    }
  }
}

// ---------------------------------------------------------------------------
// Domains, URLs and e-mail addresses
// ---------------------------------------------------------------------------

TEST(AccountKeyDomain, GivesTheLabelLeftOfThePublicSuffix) {
  expectKeys({
      {u"walmart.com", "walmart"},
      {u"www.walmart.com", "walmart"},
      {u"WWW.WALMART.COM", "walmart"},
      {u"stock.walmart.com", "walmart"},
      {u"walmart.com.", "walmart"},
      {u"walmart.com/about?x=1#top", "walmart"},
      {u"tesco.co.uk", "tesco"},
      {u"www.qantas.com.au", "qantas"},
      {u"www.sony.co.jp", "sony"},
      {u"natura.com.br", "natura"},
      {u"www.airnewzealand.co.nz", "airnewzealand"},
      {u"shoprite.co.za", "shoprite"},
      {u"alibaba.com.cn", "alibaba"},
      {u"infosys.co.in", "infosys"},
      {u"dbs.com.sg", "dbs"},
      {u"siemens.de", "siemens"},
      {u"volvo.se", "volvo"},
      {u"acme.io", "acme"},
      {u"coca-cola.com", "cocacola"},
      {u"acme-inc.com", "acme"},
      {u"müller.de", "muller"},
  });
  EXPECT_EQ(formOf(u"tesco.co.uk"), AccountForm::Domain);
}

TEST(AccountKeyDomain, ReadsUrls) {
  expectKeys({
      {u"https://www.stock.walmart.com/x", "walmart"},
      {u"http://walmart.com", "walmart"},
      {u"HTTPS://WWW.WALMART.COM/", "walmart"},
      {u"https://shop.walmart.com:8443/cart", "walmart"},
      {u"https://user:pw@www.walmart.com/", "walmart"},
      {u"https://walmart.com?q=1", "walmart"},
      {u"ftp://files.tesco.co.uk/a.txt", "tesco"},
      {u"https://acme.internal/", "acme"},  // an unknown suffix still counts after "://"
      {u"http://localhost/", ""},
      {u"http://10.0.0.1/x", ""},
      {u"http://[2001:db8::1]/", ""},
      {u"https://co.uk/", ""},
  });
  EXPECT_EQ(formOf(u"https://www.walmart.com"), AccountForm::Url);
  EXPECT_EQ(formOf(u"http://10.0.0.1/x"), AccountForm::Url);
}

TEST(AccountKeyDomain, ReadsEmailAddresses) {
  expectKeys({
      {u"jane@walmart.com", "walmart"},
      {u"Jane.Doe@Walmart.COM", "walmart"},
      {u"jane@uk.tesco.co.uk", "tesco"},
      {u"Jane Doe <jane@walmart.com>", "walmart"},
      {u"\"Doe, Jane\" <jane@walmart.com>", "walmart"},
      {u"mailto:jane@walmart.com", "walmart"},
      {u"MAILTO:jane@walmart.com?subject=hi", "walmart"},
  });
  EXPECT_EQ(formOf(u"jane@walmart.com"), AccountForm::Email);
}

TEST(AccountKeyDomain, GivesAnEmptyKeyForEveryListedFreeMailProvider) {
  for (const std::u16string_view mail :
       {u"a@gmail.com",       u"a@googlemail.com", u"a@yahoo.com",  u"a@yahoo.co.uk",
        u"a@yahoo.fr",        u"a@hotmail.com",    u"a@hotmail.de", u"a@outlook.com",
        u"a@live.com",        u"a@msn.com",        u"a@aol.com",    u"a@icloud.com",
        u"a@me.com",          u"a@gmx.de",         u"a@gmx.net",    u"a@web.de",
        u"a@mail.ru",         u"a@yandex.ru",      u"a@proton.me",  u"a@protonmail.com",
        u"a@qq.com",          u"a@163.com",        u"a@GMAIL.COM",  u"Jane <jane@gmail.com>",
        u"mailto:a@gmail.com"}) {
    SCOPED_TRACE(std::string(mail.begin(), mail.end()));
    EXPECT_EQ(key(mail), "");
    EXPECT_EQ(formOf(mail), AccountForm::FreeMail);
  }
  // Only e-mail addresses: the provider's own domain or name is a company.
  EXPECT_EQ(key(u"gmail.com"), "gmail");
  EXPECT_EQ(key(u"Yahoo! Inc."), "yahoo");
  EXPECT_EQ(key(u"https://www.yahoo.com/"), "yahoo");
}

TEST(AccountKeyDomain, ReadsNamesWithDotsAsNames) {
  expectKeys({
      {u"S.A.", "sa"},
      {u"Acme Inc.", "acme"},
      {u"A/S", "as"},
      {u"S.p.A.", "spa"},
      {u"E.ON", "eon"},
      {u"J.P.Morgan", "jpmorgan"},
      {u"Dr.Oetker", "droetker"},
      {u"Co.Ltd", "co"},  // a name: "co ltd", then "ltd" dropped
      {u"Acme.Inc", "acme"},
      {u"S.Com.", "scom"},                 // not the domain "s.com"
      {u"acme.internal", "acmeinternal"},  // no known suffix, no "://" or "@"
      {u"Acme@Home", "acmehome"},          // "@" without a domain after it
      {u"jane @ walmart.com", "janewalmart"},
  });
  EXPECT_EQ(formOf(u"S.A."), AccountForm::Name);
  EXPECT_EQ(formOf(u"Acme Inc."), AccountForm::Name);
}

TEST(AccountKeyDomain, GivesAnEmptyKeyForAPublicSuffixAlone) {
  EXPECT_EQ(key(u"co.uk"), "");
  EXPECT_EQ(key(u"jane@co.uk"), "");
}

// ---------------------------------------------------------------------------
// Empty, long, binary-looking and non-Latin input
// ---------------------------------------------------------------------------

TEST(AccountKeyInput, GivesAnEmptyKeyForEmptyAndBlankText) {
  for (const std::u16string_view text :
       {u"", u" ", u"   ", u"\t\r\n", u"\u00A0", u"\u3000", u"\u2003\u2009", u"---", u"...", u"'''",
        u"()", u"\u200B", u"\uFEFF"}) {
    EXPECT_EQ(key(text), "");
    EXPECT_EQ(formOf(text), AccountForm::Blank);
  }
  EXPECT_EQ(key(u"  Acme Inc.  "), "acme");
}

TEST(AccountKeyInput, KeysVeryLongTextQuicklyAndBoundedly) {
  const auto started = std::chrono::steady_clock::now();
  const std::u16string letters(100000, u'a');
  const std::string k = key(letters);
  EXPECT_EQ(k, std::string(kMaxAccountTextUnits, 'a'));

  std::u16string words;
  while (words.size() < 100000) {
    words += u"Acme Ltd ";
  }
  EXPECT_FALSE(key(words).empty());

  std::u16string accents = u"a";
  accents.append(99999, u'\u0301');  // combining acute accents
  EXPECT_EQ(key(accents), "a");

  EXPECT_EQ(key(std::u16string(100000, u'.')), "");
  EXPECT_EQ(key(std::u16string(100000, u'@')), "");
  EXPECT_EQ(key(std::u16string(100000, u'&')).size(), 3 * kMaxAccountTextUnits);  // "and"s
  EXPECT_EQ(key(u"https://www.walmart.com/" + std::u16string(100000, u'x')), "walmart");
  EXPECT_FALSE(key(std::u16string(100000, u'한')).empty());
  EXPECT_FALSE(key(std::u16string(100000, u'\uFDFA')).empty());  // longest decomposition
  const auto elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_LT(elapsed, std::chrono::seconds(2));
}

TEST(AccountKeyInput, ReadsOnlyTheFirstThousandUnits) {
  std::u16string name = u"Acme" + std::u16string(2000, u' ') + u"Zeta";
  EXPECT_EQ(key(name), "acme");
  std::u16string pair(kMaxAccountTextUnits - 1, u'a');
  pair += u"\U0001F600";  // a surrogate pair across the cut is not split
  EXPECT_TRUE(isValidUtf8(key(pair)));
}

// Text with one raw UTF-16 code unit between two parts (for lone surrogates).
std::u16string withUnit(std::u16string_view before, char16_t unit, std::u16string_view after) {
  std::u16string text(before);
  text.push_back(unit);
  text.append(after);
  return text;
}

TEST(AccountKeyInput, SurvivesBinaryLookingText) {
  const std::u16string nul(3, u'\0');
  const std::vector<std::u16string> texts = {
      withUnit(u"Acme", 0xD800, u"Inc"),  // unpaired high surrogate
      withUnit(u"Acme", 0xDC00, u"Inc"),  // unpaired low surrogate
      withUnit(u"", 0xDBFF, u""),
      withUnit(u"", 0xDC00, u"\U0001F600"),  // a low surrogate before a pair
      u"Acme\uFFFD\uFFFD",
      u"\uFFFF\uFFFE",
      u"\uE000\uF8FF",  // private use
      u"Acme\u0007\u001B[31mInc",
      nul + u"Acme" + nul,
      u"\u202EAcme\u202C",  // bidi overrides
  };
  for (const std::u16string& text : texts) {
    const std::string k = key(text);
    EXPECT_TRUE(isValidUtf8(k));
    EXPECT_EQ(k.find(' '), std::string::npos);
  }
  EXPECT_EQ(key(withUnit(u"Acme", 0xD800, u"Inc")), "acme");  // read as a space
  EXPECT_EQ(key(withUnit(u"Acme", 0xDBFF, u"")), "acme");
  EXPECT_EQ(key(u"\u202EAcme\u202C"), "acme");
  EXPECT_EQ(key(nul + u"Acme" + nul), "acme");
}

TEST(AccountKeyInput, NeverFailsOnRandomText) {
  std::mt19937 random(20240601);
  std::uniform_int_distribution<int> length(0, 120);
  std::uniform_int_distribution<int> kind(0, 9);
  std::uniform_int_distribution<int> unit(0, 0xFFFF);
  std::uniform_int_distribution<int> ascii(0, 0x7F);
  for (int round = 0; round < 20000; ++round) {
    std::u16string text;
    const int n = length(random);
    for (int i = 0; i < n; ++i) {
      text.push_back(static_cast<char16_t>(kind(random) < 6 ? ascii(random) : unit(random)));
    }
    const AccountKey result = analyseAccount(text);
    ASSERT_TRUE(isValidUtf8(result.key));
    ASSERT_EQ(result.key.find(' '), std::string::npos);
    if (result.form == AccountForm::Name) {
      ASSERT_FALSE(result.key.empty());
      ASSERT_EQ(key(toUtf16(result.key)), result.key);  // a key is its own key
    }
    if (result.form == AccountForm::Blank || result.form == AccountForm::FreeMail) {
      ASSERT_TRUE(result.key.empty());
    }
  }
}

TEST(AccountKeyInput, IsAFixedPointOnNamesMadeOfFormsAndGenericWords) {
  // Random names from the words where the rules meet: forms written first or last, forms
  // written without a space, generic words, "the", initials, ordinary words.
  const std::vector<std::u16string_view> words = {
      u"AB",   u"A B",      u"Oy",     u"PT",    u"SIA",   u"ООО",     u"Kabushiki Kaisha",
      u"AG",   u"KG",       u"SAS",    u"Inc.",  u"Ltd",   u"plc",     u"Co.",
      u"Tbk",  u"A/S",      u"Bank",   u"Group", u"Store", u"Company", u"the",
      u"The",  u"A",        u"C",      u"Volvo", u"Barr",  u"Acme",    u"株式会社",
      u"公司", u"주식회사", u"トヨタ", u"บริษัท",  u"จำกัด",  u"Holding", u"Services"};
  const std::vector<std::u16string_view> separators = {u" ", u" ", u", ", u". ", u"-", u""};
  std::mt19937 random(20240607);
  std::uniform_int_distribution<std::size_t> count(1, 5);
  std::uniform_int_distribution<std::size_t> word(0, words.size() - 1);
  std::uniform_int_distribution<std::size_t> separator(0, separators.size() - 1);
  for (int round = 0; round < 20000; ++round) {
    std::u16string text;
    const std::size_t n = count(random);
    for (std::size_t i = 0; i < n; ++i) {
      if (i > 0) {
        text += separators[separator(random)];
      }
      text += words[word(random)];
    }
    const std::string k = key(text);
    ASSERT_FALSE(k.empty()) << toUtf8(text);
    ASSERT_EQ(key(toUtf16(k)), k) << toUtf8(text);
  }
}

TEST(AccountKeyInput, KeepsNonLatinNamesNonEmptyAfterCaseFolding) {
  expectKeys({
      {u"阿里巴巴集团", "阿里巴巴集团"},      // Chinese
      {u"ソニーグループ", "ソニーグループ"},  // Japanese katakana
      {u"ｿﾆｰｸﾞﾙｰﾌﾟ", "ソニーグループ"},       // half-width katakana
      {u"Газпром", "газпром"},                // Cyrillic
      {u"ГАЗПРОМ", "газпром"},
      {u"Ελληνικά Πετρέλαια", "ελληνικαπετρελαια"},  // Greek: case and tonos
      {u"ΕΛΛΗΝΙΚΑ ΠΕΤΡΕΛΑΙΑ", "ελληνικαπετρελαια"},
      {u"أرامكو السعودية", "ارامكوالسعودية"},                 // Arabic: hamza and spaces
      {u"טבע תעשיות פרמצבטיות בע\"מ", "טבעתעשיותפרמצבטיות"},  // Hebrew
      {u"현대자동차", "현대자동차"},                          // Korean, composed again
      {u"ไทยเบฟเวอเรจ", "ไทยเบฟเวอเรจ"},                      // Thai marks kept
      {u"हिन्दुस्तान यूनिलीवर", "हिन्दुस्तानयूनिलीवर"},               // Devanagari marks kept
  });
  // The vowel marks of Thai and Devanagari are letters there: they keep names apart.
  EXPECT_NE(key(u"कमल"), key(u"कमाल"));
  EXPECT_NE(key(u"กา"), key(u"ก"));
  // Japanese voicing marks too: ガス (gas) is not カス.
  EXPECT_NE(key(u"ガス"), key(u"カス"));
}

TEST(AccountKeyInput, IsAFixedPointOnItsOwnKeys) {
  for (const std::u16string_view name :
       {u"The Coca-Cola Company", u"Société Générale S.A.", u"トヨタ自動車株式会社",
        u"삼성전자 주식회사", u"हिन्दुस्तान यूनिलीवर", u"Τράπεζα Πειραιώς Α.Ε.", u"Limited",
        u"jane@walmart.com", u"Ørsted A/S", u"A B C Supplies", u"AG Barr plc", u"The Company Store",
        u"PT Bank Tbk", u"株式会社 Bank", u"公司 テスト"}) {
    const std::string k = key(name);
    EXPECT_EQ(key(toUtf16(k)), k);
  }
}

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

TEST(AccountKeyCell, KeysTextNumbersAndEmptyCells) {
  const std::u16string text = u"Acme GmbH";
  EXPECT_EQ(accountKey(Cell::ofText(text)), "acme");
  EXPECT_EQ(accountKey(Cell::ofNumber(4711)), "4711");
  EXPECT_EQ(accountKey(Cell::ofNumber(-12)), "12");
  EXPECT_EQ(accountKey(Cell::ofNumber(1.5)), "15");  // as the text "1.5" reads
  EXPECT_EQ(accountKey(Cell::ofNumber(1e20)), "1e20");
  EXPECT_EQ(accountKey(Cell::empty()), "");
}

TEST(AccountKeyCell, ExplainsAnErrorValue) {
  EXPECT_EQ(inputErrorOf([] { return accountKey(Cell::ofError()); }),
            "The name is an error value, but an account must be a name, a domain, a URL or "
            "an e-mail address.");
  EXPECT_EQ(inputErrorOf([] { return accountKey(Cell::ofError(), "entry 3 of ours"); }),
            "Entry 3 of ours is an error value, but an account must be a name, a domain, a "
            "URL or an e-mail address.");
}

TEST(AccountKeyCell, ReusesTheOutputBuffer) {
  std::string out = "previous";
  EXPECT_EQ(accountKeyInto(u"Acme Ltd", out), AccountForm::Name);
  EXPECT_EQ(out, "acme");
  EXPECT_EQ(accountKeyInto(u"", out), AccountForm::Blank);
  EXPECT_EQ(out, "");
}

TEST(AccountKeyCell, NamesEveryForm) {
  EXPECT_EQ(accountFormWord(AccountForm::Name), "name");
  EXPECT_EQ(accountFormWord(AccountForm::Domain), "domain");
  EXPECT_EQ(accountFormWord(AccountForm::Url), "URL");
  EXPECT_EQ(accountFormWord(AccountForm::Email), "e-mail address");
  EXPECT_EQ(accountFormWord(AccountForm::FreeMail), "e-mail address at a free-mail provider");
  EXPECT_EQ(accountFormWord(AccountForm::Blank), "blank");
}

}  // namespace
}  // namespace alliance
