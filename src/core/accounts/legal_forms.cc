#include "core/accounts/legal_forms.h"

#include <algorithm>
#include <array>
#include <functional>

#include "core/accounts/fold.h"

namespace alliance {

namespace {

// The Place bits, as the data writes them.
constexpr std::uint8_t kFirst = LegalFormEntry::kFirst;
constexpr std::uint8_t kAttached = LegalFormEntry::kAttached;

constexpr LegalFormEntry kLegalForms[] = {
#include "core/accounts/legal_forms.inc"
};

std::uint64_t hashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }

}  // namespace

std::span<const LegalFormEntry> legalFormEntries() { return kLegalForms; }

namespace accounts_detail {

std::string legalFormLetters(std::u16string_view spelling) {
  std::string words;
  WordFolder folder(words);
  folder.fold(spelling);
  std::erase(words, ' ');
  return words;
}

LegalForms::LegalForms() {
  struct Form {
    std::string letters;
    bool first = false;
  };
  std::vector<Form> forms;
  forms.reserve(std::size(kLegalForms));
  for (const LegalFormEntry& entry : kLegalForms) {
    std::string letters = legalFormLetters(entry.spelling);
    if (letters.empty()) {
      continue;  // cannot happen for a reviewed entry; the tests check it
    }
    if (entry.attached()) {
      attached_.push_back({letters, entry.writtenFirst()});
    }
    forms.push_back({std::move(letters), entry.writtenFirst()});
  }
  std::size_t capacity = 64;
  std::size_t entries = 0;
  for (const Form& form : forms) {
    entries += 2 * form.letters.size() + 1;
  }
  while (capacity < 2 * entries) {
    capacity *= 2;
  }
  slots_.resize(capacity);
  for (const Form& form : forms) {
    const std::string_view letters = form.letters;
    maxJoinedLength_ = std::max(maxJoinedLength_, letters.size());
    std::uint8_t flags = kForm;
    if (form.first) {
      flags |= kFirstForm;
    }
    add(letters, flags);
    for (std::size_t n = 1; n < letters.size(); ++n) {
      if (form.first) {
        add(letters.substr(0, n), kFirstPrefix);
      }
      add(letters.substr(letters.size() - n), kSuffix);
    }
  }
  // Longest first; a form with the same letters as one written first is written first.
  std::sort(attached_.begin(), attached_.end(), [](const AttachedForm& a, const AttachedForm& b) {
    if (a.letters.size() != b.letters.size()) {
      return a.letters.size() > b.letters.size();
    }
    if (a.letters != b.letters) {
      return a.letters < b.letters;
    }
    return a.writtenFirst && !b.writtenFirst;
  });
  attached_.erase(std::unique(attached_.begin(), attached_.end(),
                              [](const AttachedForm& a, const AttachedForm& b) {
                                return a.letters == b.letters;
                              }),
                  attached_.end());
}

void LegalForms::add(std::string_view text, std::uint8_t flags) {
  const std::uint64_t hash = hashOf(text);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.flags == 0) {
      slot.hash = hash;
      slot.offset = static_cast<std::uint32_t>(arena_.size());
      slot.length = static_cast<std::uint16_t>(text.size());
      slot.flags = flags;
      arena_.append(text);
      return;
    }
    if (slot.hash == hash && std::string_view(arena_).substr(slot.offset, slot.length) == text) {
      slot.flags |= flags;
      return;
    }
  }
}

std::uint8_t LegalForms::lookup(std::string_view joined) const {
  if (joined.empty() || joined.size() > maxJoinedLength_) {
    return 0;
  }
  const std::uint64_t hash = hashOf(joined);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.flags == 0) {
      return 0;
    }
    if (slot.hash == hash && std::string_view(arena_).substr(slot.offset, slot.length) == joined) {
      return slot.flags;
    }
  }
}

const LegalForms& legalForms() {
  static const LegalForms forms;
  return forms;
}

}  // namespace accounts_detail
}  // namespace alliance
