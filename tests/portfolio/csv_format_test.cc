// Guessing a .csv file's separator and encoding as a person would, and counting
// its rows without reading it into memory.
#include "portfolio/csv_format.h"

#include <gtest/gtest.h>

#include <string>

namespace alliance::portfolio {
namespace {

TEST(SniffCsv, CommasInUtf8) {
  const CsvFormat f = sniffCsv("Account,Region\nSociété Générale,EMEA\n");
  EXPECT_EQ(f.separator, ',');
  EXPECT_EQ(f.encoding, CsvEncoding::Utf8);
  EXPECT_EQ(csvFilterOptions(f), "44,34,76,1");
}

TEST(SniffCsv, SemicolonsAsAGermanSpreadsheetWritesThem) {
  // The decimal comma inside a field does not make it a comma file.
  const CsvFormat f = sniffCsv("Kunde;Umsatz\nMüller GmbH;1,5\n");
  EXPECT_EQ(f.separator, ';');
  EXPECT_EQ(csvFilterOptions(f), "59,34,76,1");
}

TEST(SniffCsv, Tabs) { EXPECT_EQ(sniffCsv("Account\tOwner\nAcme\tJo\n").separator, '\t'); }

TEST(SniffCsv, SeparatorsInsideQuotesDoNotCount) {
  EXPECT_EQ(sniffCsv("\"Acme, Inc; Ltd\",x\n").separator, ',');
  EXPECT_EQ(sniffCsv("\"Barr, A.G.\";\"Store, Inc.\";z\n").separator, ';');
}

TEST(SniffCsv, AOneColumnListIsCommaSeparated) {
  EXPECT_EQ(sniffCsv("Account\nAcme\nGlobex\n").separator, ',');
  EXPECT_EQ(sniffCsv("").separator, ',');
}

TEST(SniffCsv, TheFirstLineWithASeparatorDecides) {
  EXPECT_EQ(sniffCsv("\n\nA;B\nC,D,E,F\n").separator, ';');
}

TEST(SniffCsv, Windows1252WhenNotUtf8) {
  const CsvFormat f = sniffCsv("Kunde\nM\xFCller GmbH\n");  // ü in Windows-1252
  EXPECT_EQ(f.encoding, CsvEncoding::Windows1252);
  EXPECT_EQ(csvFilterOptions(f), "44,34,1,1");
}

TEST(SniffCsv, AByteOrderMarkMeansUtf8) {
  EXPECT_EQ(sniffCsv("\xEF\xBB\xBF"
                     "Kunde;Ort\nM\xC3\xBCller;Köln\n")
                .encoding,
            CsvEncoding::Utf8);
  EXPECT_EQ(sniffCsv("\xEF\xBB\xBF"
                     "Kunde;Ort\n")
                .separator,
            ';');
}

TEST(SniffCsv, ACharacterCutAtTheSamplesEndIsStillUtf8) {
  EXPECT_EQ(sniffCsv("Account\nM\xC3").encoding, CsvEncoding::Utf8);
  EXPECT_EQ(sniffCsv("Account\n\xE6\x97").encoding, CsvEncoding::Utf8);
  EXPECT_EQ(sniffCsv("Account\n\xC3(x").encoding, CsvEncoding::Windows1252);
}

TEST(CsvRowCounter, CountsLinesAndALastLineWithoutItsEnd) {
  CsvRowCounter rows;
  rows.add("a\nb\r\nc");
  EXPECT_EQ(rows.rows(), 3U);
  rows.add("\n");
  EXPECT_EQ(rows.rows(), 3U);
}

TEST(CsvRowCounter, ALineBreakInQuotesIsPartOfTheRow) {
  CsvRowCounter rows;
  rows.add("\"Acme\nNorth\",1\nGlobex,2\n");
  EXPECT_EQ(rows.rows(), 2U);
}

TEST(CsvRowCounter, PiecesGiveWhatTheWholeGives) {
  const std::string text = "x,\"a\nb\"\ny\nz";
  CsvRowCounter whole;
  whole.add(text);
  CsvRowCounter pieces;
  for (const char c : text) {
    pieces.add(std::string_view(&c, 1));
  }
  EXPECT_EQ(pieces.rows(), whole.rows());
  EXPECT_EQ(whole.rows(), 3U);
}

}  // namespace
}  // namespace alliance::portfolio
