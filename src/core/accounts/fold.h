// Unicode folding of account text into words (internal to the accounts library).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace alliance::accounts_detail {

// Folds UTF-16 text into words appended to a UTF-8 string: compatibility decomposition
// and full case folding (utf8proc), accents and other diacritics removed, letters with
// strokes and ligatures folded by hand (o for ø, ae for æ, ...), apostrophes dropped,
// "&" read as the word "and", every other character that is not a letter, a digit or a
// kept mark read as a space. Words are separated by one ' ', with none before the first
// or after the last. Several calls append to the same words, each call's text starting
// a new word.
class WordFolder {
 public:
  explicit WordFolder(std::string& out) : out_(out), begin_(out.size()) {}

  void fold(std::u16string_view text);
  // Ends the current word: the next letter starts a new one.
  void separate() { pendingSpace_ = out_.size() > begin_; }
  // True when the words hold code points that NFC may recompose (kept combining marks
  // of scripts such as Thai or Devanagari, Hangul jamo).
  [[nodiscard]] bool needsCompose() const { return needsCompose_; }

 private:
  void foldCodePoint(char32_t cp);
  void foldDecomposed(char32_t cp);
  void foldAscii(char c);
  void startChar() {
    if (pendingSpace_) {
      out_.push_back(' ');
      pendingSpace_ = false;
    }
  }
  void appendWord(std::string_view word) {
    separate();
    startChar();
    out_.append(word);
    separate();
  }

  std::string& out_;
  std::size_t begin_;
  bool pendingSpace_ = false;
  bool needsCompose_ = false;
};

// Replaces out[begin..] (UTF-8) by its NFC form, so that keys in scripts with kept marks
// or Hangul are written as people write them. Leaves the text as it is on failure.
void composeNfc(std::string& out, std::size_t begin);

// True when `word` (UTF-8) is exactly one code point.
[[nodiscard]] bool isSingleCodePoint(std::string_view word);

// True when the UTF-8 text starts with a code point that cannot start a word on its own
// (a combining mark or a Hangul vowel or final consonant jamo).
[[nodiscard]] bool startsWithContinuation(std::string_view text);

}  // namespace alliance::accounts_detail
