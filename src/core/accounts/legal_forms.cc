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

// Words that name no company on their own (docs/accounts.md): a form written first stays
// in front of one of them when it is the only word left, so "AB Bank" and "PT Bank" do
// not become the key "bank" of every other bank. Kept short on purpose: words that are
// often all that is left of a name after a form, in English, and bank and group in French,
// Spanish, Portuguese and German. Forms themselves (Company) need no entry: they go from
// the end first.
constexpr std::u16string_view kGenericWords[] = {
    u"Bank",         u"Banco",         u"Banque",      u"Capital",   u"Consulting", u"Energy",
    u"Engineering",  u"Enterprises",   u"Finance",     u"Foods",     u"Global",     u"Group",
    u"Groupe",       u"Grupo",         u"Gruppe",      u"Holding",   u"Holdings",   u"Industries",
    u"Insurance",    u"International", u"Investments", u"Logistics", u"Media",      u"Partners",
    u"Properties",   u"Services",      u"Solutions",   u"Store",     u"Stores",     u"Systems",
    u"Technologies", u"Technology",    u"Trading",     u"Trust",     u"Ventures",
};

std::uint64_t hashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }

}  // namespace

std::span<const LegalFormEntry> legalFormEntries() { return kLegalForms; }

std::span<const std::u16string_view> genericWords() { return kGenericWords; }

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
  for (const std::u16string_view word : kGenericWords) {
    generic_.push_back(legalFormLetters(word));
  }
  std::sort(generic_.begin(), generic_.end());
}

bool LegalForms::isGeneric(std::string_view word) const {
  return std::binary_search(generic_.begin(), generic_.end(), word, std::less<>{});
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
