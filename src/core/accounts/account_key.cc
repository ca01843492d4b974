#include "core/accounts/account_key.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>

#include "core/accounts/domains.h"
#include "core/accounts/fold.h"
#include "core/accounts/host_text.h"
#include "core/accounts/legal_forms.h"
#include "core/input_error.h"
#include "core/text.h"

namespace alliance {

namespace {

using accounts_detail::capped;
using accounts_detail::domainHost;
using accounts_detail::emailHost;
using accounts_detail::HostLabel;
using accounts_detail::HostUse;
using accounts_detail::isSpaceUnit;
using accounts_detail::LegalForms;
using accounts_detail::trim;
using accounts_detail::urlHost;
using accounts_detail::WordFolder;

// ---------------------------------------------------------------------------
// Names: words -> key
// ---------------------------------------------------------------------------

struct Window {
  std::size_t begin = 0;  // offsets into the words string
  std::size_t end = 0;
  std::size_t words = 0;
};

constexpr std::size_t kJoinBuffer = 96;

// The longest legal form written first made of the first j words (1 <= j < words, so one
// word always stays). Returns the number of bytes to drop (words and the space after
// them), or 0; also 0 when the form would leave one generic word alone ("AB Bank").
std::size_t formAtStart(std::string_view text, const Window& w, const LegalForms& forms) {
  std::array<char, kJoinBuffer> joined{};
  std::size_t length = 0;
  std::size_t pos = w.begin;
  std::size_t best = 0;
  std::size_t bestWords = 0;
  bool allSingle = true;
  const std::size_t maxLength = std::min(forms.maxJoinedLength(), joined.size());
  for (std::size_t j = 1; j < w.words; ++j) {
    const std::size_t space = text.find(' ', pos);
    const std::string_view word = text.substr(pos, space - pos);
    if (length + word.size() > maxLength) {
      break;
    }
    std::memcpy(joined.data() + length, word.data(), word.size());
    length += word.size();
    allSingle = allSingle && accounts_detail::isSingleCodePoint(word);
    const std::uint8_t flags = forms.lookup(std::string_view(joined.data(), length));
    if ((flags & LegalForms::kFirstForm) != 0) {
      bool initialsRun = false;
      if (j >= 2 && allSingle) {
        // "A B Volvo" drops "A B", but "A B C Supplies" keeps its initials.
        const std::size_t nextEnd = std::min(text.find(' ', space + 1), w.end);
        initialsRun =
            accounts_detail::isSingleCodePoint(text.substr(space + 1, nextEnd - space - 1));
      }
      if (!initialsRun) {
        best = space + 1 - w.begin;
        bestWords = j;
      }
    }
    if ((flags & LegalForms::kFirstPrefix) == 0) {
      break;
    }
    pos = space + 1;
  }
  if (best > 0 && bestWords + 1 == w.words &&
      forms.isGeneric(text.substr(w.begin + best, w.end - w.begin - best))) {
    return 0;
  }
  return best;
}

// The same at the end: the number of bytes to drop (the space before and the words).
std::size_t formAtEnd(std::string_view text, const Window& w, const LegalForms& forms) {
  std::array<char, kJoinBuffer> joined{};
  std::size_t start = joined.size();
  std::size_t end = w.end;  // end of the next word to add, going left
  std::size_t best = 0;
  bool allSingle = true;
  const std::size_t maxLength = std::min(forms.maxJoinedLength(), joined.size());
  for (std::size_t j = 1; j < w.words; ++j) {
    const std::size_t space = text.rfind(' ', end - 1);  // exists: j < words
    const std::string_view word = text.substr(space + 1, end - space - 1);
    if (joined.size() - start + word.size() > maxLength) {
      break;
    }
    start -= word.size();
    std::memcpy(joined.data() + start, word.data(), word.size());
    allSingle = allSingle && accounts_detail::isSingleCodePoint(word);
    const std::uint8_t flags =
        forms.lookup(std::string_view(joined.data() + start, joined.size() - start));
    if ((flags & LegalForms::kForm) != 0) {
      bool initialsRun = false;
      if (j >= 2 && allSingle) {
        const std::size_t before = space > w.begin ? text.rfind(' ', space - 1) : std::string::npos;
        const std::size_t prevBegin =
            (before == std::string::npos || before < w.begin) ? w.begin : before + 1;
        initialsRun = accounts_detail::isSingleCodePoint(text.substr(prevBegin, space - prevBegin));
      }
      if (!initialsRun) {
        best = w.end - space;
      }
    }
    if ((flags & LegalForms::kSuffix) == 0) {
      break;
    }
    end = space;
  }
  return best;
}

// Drops the longest legal form at the end of the words; false when there is none.
bool dropFormAtEnd(const std::string& text, Window& w, const LegalForms& forms) {
  if (w.words < 2) {
    return false;
  }
  const std::size_t cut = formAtEnd(text, w, forms);
  if (cut == 0) {
    return false;
  }
  w.words -=
      static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(w.end - cut),
                                          text.begin() + static_cast<std::ptrdiff_t>(w.end), ' '));
  w.end -= cut;
  return true;
}

// Drops the longest legal form written first at the start of the words; false when there
// is none.
bool dropFormAtStart(const std::string& text, Window& w, const LegalForms& forms) {
  if (w.words < 2) {
    return false;
  }
  const std::size_t cut = formAtStart(text, w, forms);
  if (cut == 0) {
    return false;
  }
  w.words -= static_cast<std::size_t>(
      std::count(text.begin() + static_cast<std::ptrdiff_t>(w.begin),
                 text.begin() + static_cast<std::ptrdiff_t>(w.begin + cut), ' '));
  w.begin += cut;
  return true;
}

// A form written without a space at the end of the last word ("トヨタ自動車株式会社").
bool dropAttachedAtEnd(const std::string& text, Window& w, const LegalForms& forms) {
  if (static_cast<unsigned char>(text[w.end - 1]) < 0x80) {
    return false;
  }
  const std::size_t lastBegin = w.words == 1 ? w.begin : text.rfind(' ', w.end - 1) + 1;
  const auto last = std::string_view(text).substr(lastBegin, w.end - lastBegin);
  for (const accounts_detail::AttachedForm& form : forms.attached()) {
    if (last.size() > form.letters.size() && last.ends_with(form.letters)) {
      w.end -= form.letters.size();
      return true;
    }
  }
  return false;
}

// A form written first and without a space at the start of the first word
// ("株式会社日立製作所"), unless it would leave one generic word alone, as formAtStart.
bool dropAttachedAtStart(const std::string& text, Window& w, const LegalForms& forms) {
  if (static_cast<unsigned char>(text[w.begin]) < 0x80) {
    return false;
  }
  const std::size_t firstEnd = std::min(text.find(' ', w.begin), w.end);
  const auto first = std::string_view(text).substr(w.begin, firstEnd - w.begin);
  for (const accounts_detail::AttachedForm& form : forms.attached()) {
    if (!form.writtenFirst || first.size() <= form.letters.size() ||
        !first.starts_with(form.letters)) {
      continue;
    }
    const std::string_view rest = first.substr(form.letters.size());
    if (accounts_detail::startsWithContinuation(rest)) {
      continue;  // the form's last character is part of the name's first
    }
    if (w.words == 1 && forms.isGeneric(rest)) {
      return false;
    }
    w.begin += form.letters.size();
    return true;
  }
  return false;
}

// Turns the words in text[begin..] into the key of a name, in place: a leading "the"
// dropped, legal forms dropped at the end and, where they are written first, at the start
// until none is left (never the last word), then the spaces removed. The end is done
// first, so that the start sees what will be left ("PT Bank Tbk" is "PT Bank" by then,
// and keeps its form in front of the lone generic word).
void wordsToKey(std::string& text, std::size_t begin, bool compose) {
  Window w{begin, text.size(), 0};
  if (w.begin == w.end) {
    return;
  }
  w.words = 1 + static_cast<std::size_t>(
                    std::count(text.begin() + static_cast<std::ptrdiff_t>(begin), text.end(), ' '));
  if (w.words >= 2 && std::string_view(text).substr(w.begin, 4) == "the ") {
    w.begin += 4;
    --w.words;
  }
  const LegalForms& forms = accounts_detail::legalForms();
  while (dropFormAtEnd(text, w, forms) || dropAttachedAtEnd(text, w, forms) ||
         dropFormAtStart(text, w, forms) || dropAttachedAtStart(text, w, forms)) {
  }
  std::size_t out = begin;
  for (std::size_t i = w.begin; i < w.end; ++i) {
    if (text[i] != ' ') {
      text[out++] = text[i];
    }
  }
  text.resize(out);
  if (compose) {
    accounts_detail::composeNfc(text, begin);
  }
}

// Characters around a domain word inside a name: "(amazon.com)", "Amazon.com,".
bool isWordPunctuation(char16_t c) {
  return c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'(' || c == u')' ||
         c == u'[' || c == u']' || c == u'"' || c == u'\'' || c == u'.' || c == u'\u201C' ||
         c == u'\u201D' || c == u'\u2019';
}

// Folds a name. A word inside it that is a domain with a common web suffix
// ("Amazon.com, Inc.", "Booking.com B.V.") counts as its label.
void foldName(std::u16string_view text, WordFolder& folder) {
  if (text.find(u'.') == std::u16string_view::npos) {
    folder.fold(text);
    return;
  }
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = pos;
    while (end < text.size() && !isSpaceUnit(text[end])) {
      ++end;
    }
    std::u16string_view chunk = text.substr(pos, end - pos);
    std::u16string_view core = chunk;
    while (!core.empty() && isWordPunctuation(core.front())) {
      core.remove_prefix(1);
    }
    while (!core.empty() && isWordPunctuation(core.back())) {
      core.remove_suffix(1);
    }
    std::optional<HostLabel> host;
    if (core.find(u'.') != std::u16string_view::npos) {
      host = accounts_detail::registrableLabel(core, HostUse::InName);
    }
    if (host && !host->label.empty()) {
      folder.fold(host->label);
    } else {
      folder.fold(chunk);
    }
    pos = end + 1;
  }
}

void keyOfHost(std::u16string_view host, HostUse use, AccountForm form, std::string& out,
               AccountForm& result) {
  const std::optional<HostLabel> label = accounts_detail::registrableLabel(host, use);
  if (!label) {
    return;
  }
  result = form;
  if (label->freeMail && form == AccountForm::Email) {
    result = AccountForm::FreeMail;
    return;
  }
  WordFolder folder(out);
  folder.fold(label->label);
  wordsToKey(out, 0, folder.needsCompose());
}

std::string numberText(double value) {
  if (!std::isfinite(value)) {
    return {};
  }
  if (std::trunc(value) == value && std::fabs(value) < 1e15) {
    return fmt::format("{}", static_cast<long long>(value));
  }
  return formatNumber(value);
}

}  // namespace

AccountForm accountKeyInto(std::u16string_view text, std::string& out) {
  out.clear();
  text = trim(capped(trim(text)));
  if (text.empty()) {
    return AccountForm::Blank;
  }
  AccountForm form = AccountForm::Blank;
  if (const auto host = urlHost(text)) {
    keyOfHost(*host, HostUse::Explicit, AccountForm::Url, out, form);
    return AccountForm::Url;  // a URL whose host names no company has an empty key
  }
  if (text.find(u'@') != std::u16string_view::npos) {
    if (const auto host = emailHost(text)) {
      keyOfHost(*host, HostUse::Explicit, AccountForm::Email, out, form);
      if (form != AccountForm::Blank) {
        return form;
      }
    }
  }
  if (const auto host = domainHost(text)) {
    keyOfHost(*host, HostUse::WholeInput, AccountForm::Domain, out, form);
    if (form != AccountForm::Blank) {
      return form;
    }
  }
  WordFolder folder(out);
  foldName(text, folder);
  wordsToKey(out, 0, folder.needsCompose());
  return out.empty() ? AccountForm::Blank : AccountForm::Name;
}

AccountForm accountKeyInto(const Cell& cell, std::string& out, std::string_view what) {
  switch (cell.kind) {
    case Cell::Kind::Text:
      return accountKeyInto(cell.text, out);
    case Cell::Kind::Number: {
      const std::string digits = numberText(cell.number);
      const std::u16string wide(digits.begin(), digits.end());  // ASCII
      return accountKeyInto(wide, out);
    }
    case Cell::Kind::Error: {
      std::string subject(what);
      if (!subject.empty() && subject.front() >= 'a' && subject.front() <= 'z') {
        subject.front() = static_cast<char>(subject.front() - 'a' + 'A');
      }
      throw InputError(
          fmt::format("{} is an error value, but an account must be a name, a domain, a URL or an "
                      "e-mail address.",
                      subject));
    }
    case Cell::Kind::Empty:
      break;
  }
  out.clear();
  return AccountForm::Blank;
}

std::string accountKey(std::u16string_view text) {
  std::string key;
  accountKeyInto(text, key);
  return key;
}

AccountKey analyseAccount(std::u16string_view text) {
  AccountKey result;
  result.form = accountKeyInto(text, result.key);
  return result;
}

std::string accountKey(const Cell& cell, std::string_view what) {
  std::string key;
  accountKeyInto(cell, key, what);
  return key;
}

std::string_view accountFormWord(AccountForm form) {
  switch (form) {
    case AccountForm::Name:
      return "name";
    case AccountForm::Domain:
      return "domain";
    case AccountForm::Url:
      return "URL";
    case AccountForm::Email:
      return "e-mail address";
    case AccountForm::FreeMail:
      return "e-mail address at a free-mail provider";
    case AccountForm::Blank:
      break;
  }
  return "blank";
}

}  // namespace alliance
