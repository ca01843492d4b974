// The table of legal forms dropped from company names (contract section 5), and the
// lookup the account keys use. The table itself is data: legal_forms.inc.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace alliance {

// One spelling of a legal form, as written in company names.
struct LegalFormEntry {
  // Where a form is written (bits of `places`). Every form is dropped at the end of a name.
  enum Place : std::uint8_t {
    kLast = 0,      // only after the name: "Acme GmbH"
    kFirst = 1,     // also before it, where the country writes it first: "AB Volvo"
    kAttached = 2,  // also without a space at the end, and with kFirst at the start (CJK, Thai)
  };

  std::string_view regions;      // where it is used: ISO 3166 codes or a group, for review
  std::u16string_view spelling;  // "GmbH", "S.A. de C.V.", "株式会社"
  std::uint8_t places = kLast;   // Place bits

  [[nodiscard]] constexpr bool writtenFirst() const { return (places & kFirst) != 0; }
  [[nodiscard]] constexpr bool attached() const { return (places & kAttached) != 0; }
};

// The reviewed table, in the order of legal_forms.inc.
[[nodiscard]] std::span<const LegalFormEntry> legalFormEntries();

// Words a legal form written first is never dropped in front of when they would be left
// alone ("AB Bank", "PT Bank" keep their form: "Bank" alone names no company).
[[nodiscard]] std::span<const std::u16string_view> genericWords();

namespace accounts_detail {

// A form's letters: the spelling folded like a name, with the spaces removed
// ("S.A. de C.V." -> "sadecv").
[[nodiscard]] std::string legalFormLetters(std::u16string_view spelling);

// A form also dropped when written without a space (CJK, Thai), by its letters.
struct AttachedForm {
  std::string letters;
  bool writtenFirst = false;  // also dropped from the start of the first word
};

// The normalised table: each form's letters with the spaces removed ("S.A. de C.V." ->
// "sadecv"), so that a run of words matches whatever spaces and dots it was written with.
// Forms with the same letters share their flags: a form is written first when any
// country writes those letters first.
class LegalForms {
 public:
  enum Flag : std::uint8_t {
    kForm = 1,         // the joined letters of a form: dropped at the end
    kSuffix = 2,       // the end of a longer form: keep adding words before it
    kFirstForm = 4,    // the joined letters of a form written first: dropped at the start
    kFirstPrefix = 8,  // the start of a longer form written first: keep adding words after it
  };

  LegalForms();

  // Flags of a joined run of words; 0 when it is neither a form nor part of one.
  [[nodiscard]] std::uint8_t lookup(std::string_view joined) const;
  // Forms also dropped when written without a space, longest first.
  [[nodiscard]] std::span<const AttachedForm> attached() const { return attached_; }
  // The longest joined form in bytes: longer runs never match.
  [[nodiscard]] std::size_t maxJoinedLength() const { return maxJoinedLength_; }
  // True when a folded word is one of genericWords().
  [[nodiscard]] bool isGeneric(std::string_view word) const;

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t offset = 0;
    std::uint16_t length = 0;
    std::uint8_t flags = 0;
  };
  void add(std::string_view text, std::uint8_t flags);

  std::string arena_;
  std::vector<Slot> slots_;  // open addressing, power-of-two size
  std::vector<AttachedForm> attached_;
  std::vector<std::string> generic_;  // folded, sorted
  std::size_t maxJoinedLength_ = 0;
};

// The normalised table, built once on first use (thread-safe).
[[nodiscard]] const LegalForms& legalForms();

}  // namespace accounts_detail
}  // namespace alliance
