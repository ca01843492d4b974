#include "core/accounts/legal_forms.h"

#include <algorithm>
#include <array>
#include <functional>

#include "core/accounts/fold.h"

namespace alliance {

namespace {

constexpr LegalFormEntry kLegalForms[] = {
#include "core/accounts/legal_forms.inc"
};

std::uint64_t hashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }

// A form's letters: the entry folded like a name, with the spaces removed.
std::string joinedLetters(std::u16string_view spelling) {
  std::string words;
  accounts_detail::WordFolder folder(words);
  folder.fold(spelling);
  std::erase(words, ' ');
  return words;
}

}  // namespace

std::span<const LegalFormEntry> legalFormEntries() { return kLegalForms; }

namespace accounts_detail {

LegalForms::LegalForms() {
  std::vector<std::string> forms;
  forms.reserve(std::size(kLegalForms));
  for (const LegalFormEntry& entry : kLegalForms) {
    std::string joined = joinedLetters(entry.spelling);
    if (joined.empty()) {
      continue;  // cannot happen for a reviewed entry; the tests check it
    }
    if (entry.attached) {
      attached_.push_back(joined);
    }
    forms.push_back(std::move(joined));
  }
  std::size_t capacity = 64;
  std::size_t entries = 0;
  for (const std::string& form : forms) {
    entries += 2 * form.size() + 1;
  }
  while (capacity < 2 * entries) {
    capacity *= 2;
  }
  slots_.resize(capacity);
  for (const std::string& form : forms) {
    maxJoinedLength_ = std::max(maxJoinedLength_, form.size());
    add(form, kForm);
    for (std::size_t n = 1; n < form.size(); ++n) {
      add(std::string_view(form).substr(0, n), kPrefix);
      add(std::string_view(form).substr(form.size() - n), kSuffix);
    }
  }
  std::sort(attached_.begin(), attached_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  attached_.erase(std::unique(attached_.begin(), attached_.end()), attached_.end());
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
