// Conversions between the office's UTF-16 strings and URLs and our UTF-8
// strings and paths.
#pragma once

#include <osl/file.hxx>
#include <rtl/ustring.hxx>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace alliance::support {

inline std::string toUtf8(const rtl::OUString& text) {
  const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
  return {utf8.getStr(), static_cast<std::size_t>(utf8.getLength())};
}

inline rtl::OUString fromUtf8(std::string_view text) {
  return {text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8};
}

// sal_Unicode is not char16_t in the 7.4 SDK, but has the same representation.
inline std::u16string_view u16(const rtl::OUString& text) {
  return {reinterpret_cast<const char16_t*>(text.getStr()),
          static_cast<std::size_t>(text.getLength())};
}

inline rtl::OUString fromU16(std::u16string_view text) {
  return {reinterpret_cast<const sal_Unicode*>(text.data()), static_cast<sal_Int32>(text.size())};
}

// A file URL for an absolute path, escaped as the office expects it.
inline std::optional<rtl::OUString> fileUrl(const std::filesystem::path& path) {
  rtl::OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(fromUtf8(path.string()), url) !=
      osl::FileBase::E_None) {
    return std::nullopt;
  }
  return url;
}

// The local path of a file URL; nullopt for a URL that names no local file.
inline std::optional<std::filesystem::path> systemPath(const rtl::OUString& url) {
  rtl::OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(url, path) != osl::FileBase::E_None) {
    return std::nullopt;
  }
  return std::filesystem::path(toUtf8(path));
}

}  // namespace alliance::support
