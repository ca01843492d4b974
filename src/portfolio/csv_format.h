// How a .csv list or portfolio is written, guessed from its first bytes the way a
// person would: the separator a spreadsheet wrote (comma, or semicolon where the
// comma is the decimal mark, or tab), and the encoding (UTF-8, else Windows-1252,
// what spreadsheets on Windows save). The office's text import then reads it with
// exactly these options instead of guessing from the machine's locale.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace alliance::portfolio {

enum class CsvEncoding { Utf8, Windows1252 };

struct CsvFormat {
  char separator = ',';
  CsvEncoding encoding = CsvEncoding::Utf8;
};

// `head`: the file's first bytes (a few kilobytes are enough); a multi-byte
// character cut at its end still counts as UTF-8.
[[nodiscard]] CsvFormat sniffCsv(std::string_view head);

// The FilterOptions of the office's "Text - txt - csv (StarCalc)" import:
// separator, text delimiter ("), character set, first line.
[[nodiscard]] std::string csvFilterOptions(const CsvFormat& format);

// The rows of a CSV text so far (line ends outside quotes), counted in pieces so
// that a file of any size is read once, in constant memory.
class CsvRowCounter {
 public:
  void add(std::string_view chunk);
  // The rows of everything added: a last line without a line end counts.
  [[nodiscard]] std::size_t rows() const { return rows_ + (open_ ? 1 : 0); }

 private:
  std::size_t rows_ = 0;
  bool quoted_ = false;
  bool open_ = false;  // a row has started and not ended yet
};

// The most rows a sheet holds (LibreOffice 7.4 and 25.2 alike): a longer file
// would be cut by the import, so it is refused instead.
inline constexpr std::size_t kMaxSheetRows = 1'048'576;

}  // namespace alliance::portfolio
