#pragma once

// Every net/platform test runs against both implementations where the build
// has both: the Linux one and the portable fallback. A -DSWB_PORTABLE=ON build
// has only the fallback, so only its row.

#include <QTest>

#include <memory>
#include <utility>

namespace swb::tests {

#ifdef SWB_PORTABLE
constexpr bool portableBuild = true;
#else
constexpr bool portableBuild = false;
#endif

// The data rows: "portable" always, "linux" where it is compiled.
inline void platformRows()
{
    QTest::addColumn<bool>("portable");
    QTest::newRow("portable") << true;
    if (!portableBuild)
        QTest::newRow("linux") << false;
}

// The implementation a row asks for. Linux is only named in a portable build,
// never constructed, so its missing object code is never needed.
template <class Interface, class Portable, class Linux, class... Args>
std::unique_ptr<Interface> makeImplementation(bool portable, Args &&...args)
{
#ifdef SWB_PORTABLE
    Q_UNUSED(portable)
    return std::make_unique<Portable>(std::forward<Args>(args)...);
#else
    if (portable)
        return std::make_unique<Portable>(std::forward<Args>(args)...);
    return std::make_unique<Linux>(std::forward<Args>(args)...);
#endif
}

} // namespace swb::tests
