#include "repositorybox.h"

#include <QEvent>

namespace {
constexpr int maxRecentRepositories = 10;
}

RepositoryBox::RepositoryBox(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("repositoryBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(16);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString name = itemData(index).toString();
        if (name.isEmpty()) {
            rebuild(); // back to the current one while the dialog is up
            Q_EMIT addRepositoryRequested();
            return;
        }
        if (const auto repository = RepositoryId::parse(name))
            Q_EMIT repositoryChosen(*repository);
    });
    rebuild();
}

QStringList RepositoryBox::recentRepositories() const
{
    return m_demo ? m_savedRecent : m_recent;
}

void RepositoryBox::setRecentRepositories(const QStringList &repositories)
{
    (m_demo ? m_savedRecent : m_recent) = repositories.mid(0, maxRecentRepositories);
    rebuild();
}

void RepositoryBox::setCurrentRepository(const RepositoryId &repository)
{
    for (int i = int(m_recent.size()) - 1; i >= 0; --i) {
        if (RepositoryId::parse(m_recent.at(i)) == std::optional(repository))
            m_recent.removeAt(i);
    }
    m_recent.prepend(repository.fullName());
    while (m_recent.size() > maxRecentRepositories)
        m_recent.removeLast();
    m_hasCurrent = true;
    rebuild();
}

void RepositoryBox::setDemoRepositories(bool demo, const QStringList &repositories)
{
    if (demo && !m_demo) {
        m_savedRecent = m_recent;
        m_recent = repositories;
    } else if (!demo && m_demo) {
        m_recent = m_savedRecent;
    }
    m_demo = demo;
    rebuild();
}

void RepositoryBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QComboBox::changeEvent(event);
}

void RepositoryBox::rebuild()
{
    const QSignalBlocker blocker(this);
    clear();
    for (const QString &name : std::as_const(m_recent))
        addItem(name, name);
    if (!m_recent.isEmpty())
        insertSeparator(count());
    addItem(tr("Add Repository…"));
    setCurrentIndex(m_hasCurrent ? 0 : -1);
    if (!m_hasCurrent)
        setPlaceholderText(tr("No repository"));
}
