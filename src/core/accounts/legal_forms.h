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
  std::string_view regions;      // where it is used: ISO 3166 codes or a group, for review
  std::u16string_view spelling;  // "GmbH", "S.A. de C.V.", "株式会社"
  bool attached = false;         // also dropped when written without a space (CJK, Thai)
};

// The reviewed table, in the order of legal_forms.inc.
[[nodiscard]] std::span<const LegalFormEntry> legalFormEntries();

namespace accounts_detail {

// The normalised table: each form's letters with the spaces removed ("S.A. de C.V." ->
// "sadecv"), so that a run of words matches whatever spaces and dots it was written with.
class LegalForms {
 public:
  enum Flag : std::uint8_t {
    kForm = 1,    // the joined letters of a form
    kPrefix = 2,  // the start of a longer form: keep adding words after it
    kSuffix = 4,  // the end of a longer form: keep adding words before it
  };

  LegalForms();

  // Flags of a joined run of words; 0 when it is neither a form nor part of one.
  [[nodiscard]] std::uint8_t lookup(std::string_view joined) const;
  // Forms also dropped when written without a space, longest first.
  [[nodiscard]] std::span<const std::string> attached() const { return attached_; }
  // The longest joined form in bytes: longer runs never match.
  [[nodiscard]] std::size_t maxJoinedLength() const { return maxJoinedLength_; }

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
  std::vector<std::string> attached_;
  std::size_t maxJoinedLength_ = 0;
};

// The normalised table, built once on first use (thread-safe).
[[nodiscard]] const LegalForms& legalForms();

}  // namespace accounts_detail
}  // namespace alliance
