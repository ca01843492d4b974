// Helpers shared by the account mapping tests.
#pragma once

#include <gtest/gtest.h>

#include <deque>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/cell.h"
#include "core/input_error.h"

namespace alliance::test {

// A list of cells that owns its texts (Cell only views them).
class CellList {
 public:
  CellList() = default;
  CellList(std::initializer_list<std::u16string_view> texts) {
    for (const std::u16string_view t : texts) {
      text(t);
    }
  }
  CellList& text(std::u16string_view t) {
    cells_.push_back(Cell::ofText(texts_.emplace_back(t)));
    return *this;
  }
  CellList& number(double v) {
    cells_.push_back(Cell::ofNumber(v));
    return *this;
  }
  CellList& empty() {
    cells_.push_back(Cell::empty());
    return *this;
  }
  CellList& error() {
    cells_.push_back(Cell::ofError());
    return *this;
  }
  [[nodiscard]] const std::vector<Cell>& cells() const { return cells_; }
  [[nodiscard]] std::size_t size() const { return cells_.size(); }

 private:
  std::deque<std::u16string> texts_;  // stable addresses
  std::vector<Cell> cells_;
};

// The sentence of the InputError f throws; a test failure when it throws nothing else.
template <class F>
std::string inputErrorOf(F&& f) {
  try {
    static_cast<void>(f());
  } catch (const InputError& e) {
    return e.what();
  } catch (const std::exception& e) {
    ADD_FAILURE() << "expected InputError, got another exception: " << e.what();
    return {};
  }
  ADD_FAILURE() << "expected InputError, nothing was thrown";
  return {};
}

// True when `text` is well-formed UTF-8.
inline bool isValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t n = 0;
    if (lead < 0x80) {
      n = 1;
    } else if ((lead & 0xE0) == 0xC0 && lead >= 0xC2) {
      n = 2;
    } else if ((lead & 0xF0) == 0xE0) {
      n = 3;
    } else if ((lead & 0xF8) == 0xF0 && lead <= 0xF4) {
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
    i += n;
  }
  return true;
}

// UTF-8 to UTF-16 for tests that build input from UTF-8 keys (valid input only).
inline std::u16string toUtf16(std::string_view text) {
  std::u16string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    char32_t cp = 0;
    std::size_t n = 1;
    if (lead < 0x80) {
      cp = lead;
    } else if ((lead & 0xE0) == 0xC0) {
      cp = lead & 0x1Fu;
      n = 2;
    } else if ((lead & 0xF0) == 0xE0) {
      cp = lead & 0x0Fu;
      n = 3;
    } else {
      cp = lead & 0x07u;
      n = 4;
    }
    for (std::size_t k = 1; k < n && i + k < text.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
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

}  // namespace alliance::test
