#include "core/accounts/domains.h"

#include <array>
#include <cstddef>
#include <string>
#include <unordered_set>

#include "core/accounts/fold.h"
#include "core/text.h"

namespace alliance::accounts_detail {

namespace {

#include "core/accounts/domains.inc"

using NameSet = std::unordered_set<std::string_view>;

template <std::size_t N>
void addAll(NameSet& set, const std::string_view (&names)[N]) {
  set.insert(std::begin(names), std::end(names));
}

struct DomainTables {
  NameSet tlds;           // country and generic TLDs
  NameSet inNameTlds;     // TLDs that mark a domain word inside a name
  NameSet multiSuffixes;  // co.uk, com.au, ...
  NameSet freeMailDomains;
  NameSet freeMailLabels;

  DomainTables() {
    addAll(tlds, kCountryTlds);
    addAll(tlds, kGenericTlds);
    addAll(inNameTlds, kInNameTlds);
    addAll(inNameTlds, kCountryTlds);
    addAll(multiSuffixes, kMultiPartSuffixes);
    addAll(freeMailDomains, kFreeMailDomains);
    addAll(freeMailLabels, kFreeMailLabels);
  }
};

const DomainTables& tables() {
  static const DomainTables t;
  return t;
}

// More labels than any real host name has (RFC 1035 allows 127 in 253 characters).
constexpr std::size_t kMaxLabels = 128;

bool isAsciiAlnum(char16_t c) {
  return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool validLabel(std::u16string_view label, HostUse use) {
  if (label.empty()) {
    return false;
  }
  for (const char16_t c : label) {
    if (isSpaceUnit(c)) {
      return false;
    }
    if (use != HostUse::Explicit && c < 0x80 && !isAsciiAlnum(c) && c != u'-') {
      return false;
    }
  }
  return true;
}

bool allDigits(std::u16string_view label) {
  for (const char16_t c : label) {
    if (c < u'0' || c > u'9') {
      return false;
    }
  }
  return true;
}

// A label as lower-case UTF-8 (ASCII letters lowered; others as they are).
void appendLower(std::string& out, std::u16string_view label) {
  for (std::size_t i = 0; i < label.size(); ++i) {
    char16_t c = label[i];
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
    char32_t cp = c;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < label.size() && label[i + 1] >= 0xDC00 &&
        label[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((static_cast<char32_t>(c) - 0xD800) << 10) + (label[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      cp = 0xFFFD;
    }
    appendUtf8(out, cp);
  }
}

}  // namespace

std::optional<HostLabel> registrableLabel(std::u16string_view host, HostUse use) {
  if (!host.empty() && host.back() == u'.') {
    host.remove_suffix(1);  // a fully qualified name: "walmart.com."
  }
  std::array<std::u16string_view, kMaxLabels> labels;
  std::size_t count = 0;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = host.find(u'.', start);
    const std::u16string_view label = host.substr(
        start, dot == std::u16string_view::npos ? std::u16string_view::npos : dot - start);
    if (count == kMaxLabels || !validLabel(label, use)) {
      return std::nullopt;
    }
    labels[count++] = label;
    if (dot == std::u16string_view::npos) {
      break;
    }
    start = dot + 1;
  }
  if (use != HostUse::Explicit && count < 2) {
    return std::nullopt;
  }
  bool ip = true;
  for (std::size_t i = 0; i < count; ++i) {
    ip = ip && allDigits(labels[i]);
  }
  if (ip) {
    return use == HostUse::Explicit ? std::optional<HostLabel>(HostLabel{}) : std::nullopt;
  }

  const DomainTables& t = tables();
  std::string last;
  appendLower(last, labels[count - 1]);
  std::size_t suffixLabels = 0;
  std::string suffix;
  if (count >= 2) {
    appendLower(suffix, labels[count - 2]);
    suffix.push_back('.');
    suffix.append(last);
    if (t.multiSuffixes.contains(suffix)) {
      suffixLabels = 2;
    }
  }
  if (suffixLabels == 0) {
    suffix = last;
    const bool known = use == HostUse::InName ? t.inNameTlds.contains(last) : t.tlds.contains(last);
    if (!known && use != HostUse::Explicit) {
      return std::nullopt;
    }
    suffixLabels = 1;
  }
  if (count <= suffixLabels) {
    return HostLabel{};  // only a public suffix: "co.uk"
  }
  HostLabel result;
  result.label = labels[count - suffixLabels - 1];
  if (use != HostUse::Explicit && result.label.size() < 2) {
    return std::nullopt;  // "S.Com." (a Spanish legal form) is no domain; x.com needs "://"
  }
  std::string lowerLabel;
  appendLower(lowerLabel, result.label);
  std::string registrable = lowerLabel;
  registrable.push_back('.');
  registrable.append(suffix);
  result.freeMail =
      t.freeMailDomains.contains(registrable) || t.freeMailLabels.contains(lowerLabel);
  return result;
}

}  // namespace alliance::accounts_detail
