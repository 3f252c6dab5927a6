// The lessons and icons live in the Qt resources attached to this library.
namespace swb {
int resourcesAnchor = 0;
}
