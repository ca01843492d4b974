// Shared by the libFuzzer targets: turning fuzzed bytes into the cells the core
// reads, and checks that stop the run (abort) when a property does not hold.
//
// Grid format (fuzz_metrics, fuzz_programme), readable so that seeds can be written
// by hand and mutations stay meaningful: lines are rows, '\t' separates cells.
//   ""          an empty cell
//   "#"         an error value (#DIV/0!, #N/A, ...)
//   "=<number>" a number, std::from_chars syntax: "=4.5", "=-0", "=1e308", "=inf", "=nan"
//   anything    text; UTF-8, invalid bytes become unpaired surrogates, so the core
//               also sees the UTF-16 that no valid UTF-8 can give
#pragma once

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell.h"

namespace alliance::fuzz {

// Stops the run with a message when a property of the core does not hold:
// libFuzzer saves the input as a crash.
inline void require(bool condition, const char* property, std::string_view detail = {}) {
  if (!condition) {
    std::fprintf(stderr, "PROPERTY VIOLATED: %s\n%.*s\n", property, static_cast<int>(detail.size()),
                 detail.data());
    std::abort();
  }
}

// The bytes taken in pairs (little-endian) as UTF-16 code units of any value.
inline std::u16string utf16FromBytes(const std::uint8_t* data, std::size_t size) {
  std::u16string text(size / 2, u'\0');
  for (std::size_t i = 0; i < text.size(); ++i) {
    text[i] = static_cast<char16_t>(data[2 * i] | (data[2 * i + 1] << 8));
  }
  return text;
}

// UTF-8 to UTF-16; each byte of an invalid sequence becomes an unpaired low
// surrogate (0xDC80 + byte), as Python's surrogateescape does.
inline std::u16string decodeLoose(std::string_view bytes) {
  std::u16string out;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t n = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
      n = 1;
      cp = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
      cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
      cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
      cp = lead & 0x07u;
    }
    bool ok = n > 0 && i + n <= bytes.size();
    for (std::size_t k = 1; ok && k < n; ++k) {
      const auto next = static_cast<unsigned char>(bytes[i + k]);
      ok = (next & 0xC0) == 0x80;
      cp = (cp << 6) | (next & 0x3Fu);
    }
    if (!ok) {
      out.push_back(static_cast<char16_t>(0xDC80 + lead));
      ++i;
      continue;
    }
    i += n;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

inline bool isValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    if (lead < 0x80) {
      n = 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      n = 3;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      n = 4;
    } else {
      return false;
    }
    if (i + n > text.size()) {
      return false;
    }
    for (std::size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
        return false;
      }
    }
    if (n == 3) {  // no encoded surrogates
      const auto second = static_cast<unsigned char>(text[i + 1]);
      if (lead == 0xED && second >= 0xA0) {
        return false;
      }
    }
    i += n;
  }
  return true;
}

// An account key: valid UTF-8, only lower-case ASCII letters, digits and non-ASCII.
inline void requireAccountKey(const std::string& key, const char* what) {
  require(isValidUtf8(key), what, key);
  for (const char c : key) {
    const auto u = static_cast<unsigned char>(c);
    require(u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'), what, key);
  }
}

// A grid of cells read from the format above. Owns the texts its cells view.
class FuzzGrid {
 public:
  static constexpr std::size_t kMaxCells = 4096;

  FuzzGrid(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    std::vector<std::vector<std::string_view>> rows;
    std::size_t start = 0;
    while (start <= input.size()) {
      std::size_t end = input.find('\n', start);
      if (end == std::string_view::npos) {
        end = input.size();
      }
      std::vector<std::string_view> row;
      const std::string_view line = input.substr(start, end - start);
      std::size_t cellStart = 0;
      while (cellStart <= line.size()) {
        std::size_t cellEnd = line.find('\t', cellStart);
        if (cellEnd == std::string_view::npos) {
          cellEnd = line.size();
        }
        row.push_back(line.substr(cellStart, cellEnd - cellStart));
        cellStart = cellEnd + 1;
      }
      rows.push_back(std::move(row));
      start = end + 1;
    }
    rows_ = rows.size();
    for (const auto& row : rows) {
      cols_ = std::max(cols_, row.size());
    }
    if (rows_ * cols_ > kMaxCells) {
      rows_ = kMaxCells / cols_;
      if (rows_ == 0) {
        rows_ = 1;
        cols_ = kMaxCells;
      }
    }
    cells_.reserve(rows_ * cols_);
    for (std::size_t r = 0; r < rows_; ++r) {
      for (std::size_t c = 0; c < cols_; ++c) {
        cells_.push_back(c < rows[r].size() ? parseCell(rows[r][c]) : Cell::empty());
      }
    }
  }

  FuzzGrid(const FuzzGrid&) = delete;
  FuzzGrid& operator=(const FuzzGrid&) = delete;
  FuzzGrid(FuzzGrid&&) = delete;
  FuzzGrid& operator=(FuzzGrid&&) = delete;
  ~FuzzGrid() = default;

  [[nodiscard]] std::size_t rows() const { return rows_; }
  [[nodiscard]] std::size_t cols() const { return cols_; }
  [[nodiscard]] CellGrid grid() const { return CellGrid{cells_, rows_, cols_}; }
  // Row r as a 1 x cols range.
  [[nodiscard]] CellGrid row(std::size_t r) const {
    return CellGrid{std::span<const Cell>(cells_).subspan(r * cols_, cols_), 1, cols_};
  }
  // Column c as a rows x 1 range (copied: columns are not contiguous).
  [[nodiscard]] CellGrid column(std::size_t c) {
    auto& store = columns_.emplace_back();
    for (std::size_t r = 0; r < rows_; ++r) {
      store.push_back(cells_[r * cols_ + c]);
    }
    return CellGrid{store, rows_, 1};
  }
  [[nodiscard]] std::span<const Cell> cells() const { return cells_; }

 private:
  Cell parseCell(std::string_view text) {
    if (text.empty()) {
      return Cell::empty();
    }
    if (text == "#") {
      return Cell::ofError();
    }
    if (text.front() == '=') {
      double value = 0.0;
      const char* first = text.data() + 1;
      const char* last = text.data() + text.size();
      const auto [end, error] = std::from_chars(first, last, value);
      if (error == std::errc() && end == last) {
        return Cell::ofNumber(value);
      }
      if (error == std::errc::result_out_of_range) {
        const std::string copy(text.substr(1));  // strtod gives +-HUGE_VAL or 0 as C does
        return Cell::ofNumber(std::strtod(copy.c_str(), nullptr));
      }
    }
    texts_.push_back(decodeLoose(text));
    return Cell::ofText(texts_.back());
  }

  std::size_t rows_ = 0;
  std::size_t cols_ = 0;
  std::deque<std::u16string> texts_;  // stable addresses for the cells' views
  std::vector<Cell> cells_;
  std::deque<std::vector<Cell>> columns_;
};

// Paragraphs the core writes itself (no user text in them): valid UTF-8, no number a
// person cannot read ("inf", "nan", the result of rounding an overflow), and no
// negative number (none of their numbers can be below 0; "-0.0" is a finding too).
inline void requireReadableText(std::string_view text, const char* what) {
  require(isValidUtf8(text), what, text);
  for (const std::string_view bad :
       {" inf", " nan", "-inf", "-nan", "9223372036854775807", "9223372036854775808"}) {
    require(text.find(bad) == std::string_view::npos, what, text);
  }
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    require(!(text[i] == '-' && text[i + 1] >= '0' && text[i + 1] <= '9'),
            "a negative number in a text", text);
  }
}

}  // namespace alliance::fuzz
