#include "core/accounts/host_text.h"

#include <algorithm>

#include "core/accounts/account_key.h"

namespace alliance::accounts_detail {

namespace {

constexpr std::u16string_view kSchemeSeparator = u"://";

}  // namespace

std::u16string_view trim(std::u16string_view text) { return trimWhere(text, isSpaceUnit); }

bool hasSpace(std::u16string_view text) {
  return std::any_of(text.begin(), text.end(), isSpaceUnit);
}

std::u16string_view capped(std::u16string_view text) {
  if (text.size() <= kMaxAccountTextUnits) {
    return text;
  }
  std::size_t cut = kMaxAccountTextUnits;
  if (text[cut - 1] >= 0xD800 && text[cut - 1] <= 0xDBFF) {
    --cut;
  }
  return text.substr(0, cut);
}

namespace {

bool startsWithIgnoringCase(std::u16string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char16_t c = text[i];
    if (c >= u'A' && c <= u'Z') {
      c = static_cast<char16_t>(c - u'A' + u'a');
    }
    if (c != static_cast<unsigned char>(prefix[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace

// The host of a URL: after "://", without user, port, path, query or fragment.
// nullopt when the text before "://" is not a scheme.
std::optional<std::u16string_view> urlHost(std::u16string_view text) {
  const std::size_t sep = text.find(kSchemeSeparator);
  if (sep == std::u16string_view::npos || sep == 0) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < sep; ++i) {
    const char16_t c = text[i];
    const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    const bool other = (c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.';
    if (!(letter || (i > 0 && other))) {
      return std::nullopt;
    }
  }
  std::u16string_view rest = text.substr(sep + kSchemeSeparator.size());
  const std::size_t end = rest.find_first_of(u"/?#\\ \t");
  rest = rest.substr(0, end);
  if (const std::size_t at = rest.rfind(u'@'); at != std::u16string_view::npos) {
    rest.remove_prefix(at + 1);  // user:password@
  }
  if (!rest.empty() && rest.front() == u'[') {
    return std::u16string_view{};  // an IPv6 address names no company
  }
  if (const std::size_t colon = rest.find(u':'); colon != std::u16string_view::npos) {
    rest = rest.substr(0, colon);  // :port
  }
  return rest;
}

// The host of an e-mail address: "jane@walmart.com", "mailto:jane@walmart.com" or
// "Jane Doe <jane@walmart.com>". nullopt when the text is no e-mail address.
std::optional<std::u16string_view> emailHost(std::u16string_view text) {
  const std::size_t open = text.rfind(u'<');
  if (open != std::u16string_view::npos) {
    const std::size_t close = text.find(u'>', open);
    if (close == std::u16string_view::npos) {
      return std::nullopt;
    }
    text = trim(text.substr(open + 1, close - open - 1));
  }
  if (startsWithIgnoringCase(text, "mailto:")) {
    text.remove_prefix(7);
    text = text.substr(0, text.find(u'?'));
  }
  const std::size_t at = text.rfind(u'@');
  if (at == std::u16string_view::npos || at == 0 || hasSpace(text)) {
    return std::nullopt;
  }
  const std::u16string_view host = text.substr(at + 1);
  if (host.find(u'.') == std::u16string_view::npos) {
    return std::nullopt;  // "Acme@Home" is a name
  }
  return host;
}

// A whole cell without spaces that is a host name with a known suffix, optionally
// followed by a port and a path: "tesco.co.uk", "www.walmart.com/about".
std::optional<std::u16string_view> domainHost(std::u16string_view text) {
  if (text.find(u'.') == std::u16string_view::npos || hasSpace(text)) {
    return std::nullopt;
  }
  return text.substr(0, text.find_first_of(u"/?#:"));
}

}  // namespace alliance::accounts_detail
