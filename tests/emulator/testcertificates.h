#pragma once

// A fresh test certificate authority and a server certificate it signed (for 127.0.0.1 and
// localhost by default), made at test time by tests/data/tls/make-test-ca.sh with openssl.
// Test-only: the keys live in the caller's temporary directory and go with it.
//
//     QTemporaryDir dir;
//     const TestCertificates certs = TestCertificates::generate(dir.path());
//     QVERIFY2(certs.isValid(), qPrintable(certs.error));
//     emulator.listenTls(QHostAddress::LocalHost, 0, certs.serverCertificate, certs.serverKey);
//     // a client trusts certs.ca (or reads certs.caPath as its CA bundle)

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#ifndef DEPLOYDECK_TEST_DATA
#error "testcertificates.h needs DEPLOYDECK_TEST_DATA (set by deploydeck_add_test)"
#endif

struct TestCertificates
{
    QSslCertificate ca;
    QSslCertificate serverCertificate;
    QSslKey serverKey;
    QString caPath; // PEM: what a per-host CA bundle setting points at
    QString serverCertificatePath;
    QString serverKeyPath;
    QString error; // why generate() failed

    bool isValid() const
    {
        return error.isEmpty() && !ca.isNull() && !serverCertificate.isNull() &&
               !serverKey.isNull();
    }

    // Each call makes a different CA: a second one is the "untrusted" authority.
    static TestCertificates
    generate(const QString &directory,
             const QString &subjectAltNames = QStringLiteral("IP:127.0.0.1,DNS:localhost"))
    {
        TestCertificates certs;
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(QStringLiteral("/bin/sh"),
                      {QStringLiteral(DEPLOYDECK_TEST_DATA "/tls/make-test-ca.sh"), directory,
                       subjectAltNames});
        if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit ||
            openssl.exitCode() != 0) {
            certs.error = QStringLiteral("make-test-ca.sh failed (is openssl installed? "
                                         "scripts/bootstrap installs it): ") +
                          QString::fromLocal8Bit(openssl.readAll()) + openssl.errorString();
            return certs;
        }
        const auto read = [&](const QString &name) {
            QFile file(directory + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly))
                certs.error = QStringLiteral("cannot read ") + file.fileName();
            return file.readAll();
        };
        certs.caPath = directory + QStringLiteral("/ca.pem");
        certs.serverCertificatePath = directory + QStringLiteral("/server.pem");
        certs.serverKeyPath = directory + QStringLiteral("/server.key");
        certs.ca = QSslCertificate(read(QStringLiteral("ca.pem")), QSsl::Pem);
        certs.serverCertificate = QSslCertificate(read(QStringLiteral("server.pem")), QSsl::Pem);
        certs.serverKey = QSslKey(read(QStringLiteral("server.key")), QSsl::Ec, QSsl::Pem);
        if (certs.error.isEmpty() && !certs.isValid())
            certs.error = QStringLiteral("openssl's output did not load into QSslCertificate or "
                                         "QSslKey");
        return certs;
    }
};
