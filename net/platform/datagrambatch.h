#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <memory>

struct sockaddr_storage;

namespace swb::net {

// Reads the datagrams already waiting on a UDP socket, up to capacity() of
// them, into reused 64 KiB slots. Linux takes the whole batch in one
// recvmmsg() call (LinuxDatagramBatch); elsewhere one recvfrom() per datagram
// (PortableDatagramBatch). Every datagram is read either way: only the number
// of system calls differs.
class DatagramBatch
{
public:
    static constexpr int slotBytes = 65536; // the largest datagram there is

    explicit DatagramBatch(int capacity);
    virtual ~DatagramBatch();
    DatagramBatch(const DatagramBatch &) = delete;
    DatagramBatch &operator=(const DatagramBatch &) = delete;

    // The one this build uses.
    static std::unique_ptr<DatagramBatch> create(int capacity);

    // Without waiting: how many datagrams arrived (0 when none) or -errno.
    virtual int receive(qintptr fd) = 0;

    int capacity() const { return m_capacity; }
    // Datagram i of the last receive(); IPv4-mapped senders come back as IPv4.
    QByteArray bytes(int i) const;
    QHostAddress sender(int i, quint16 *port) const;

protected:
    char *slot(int i) const;
    sockaddr_storage *name(int i) const;
    void setLength(int i, qsizetype length) { m_lengths[size_t(i)] = length; }

private:
    int m_capacity;
    // Only the pages datagrams reach are ever touched.
    std::unique_ptr<char[]> m_data;
    std::unique_ptr<qsizetype[]> m_lengths;
    std::unique_ptr<sockaddr_storage[]> m_names;
};

} // namespace swb::net
