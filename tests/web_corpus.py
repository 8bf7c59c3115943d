"""Articles the web tests ingest: written for these tests, three months of Russia-China and
India-Pakistan news, one page that carries a script tag in its text."""

from __future__ import annotations

ARTICLES = {
    "ru-cn-march.txt": ("2024-03-06", """Russia and China plan joint naval patrols

MOSCOW, March 6 (Reuters) - Russian Defence Minister Sergei Shoigu met Chinese Defence Minister Dong Jun in Moscow on Tuesday, and the two countries agreed to hold joint naval patrols in the Pacific next year.

"Our fleets will work side by side," Shoigu said.

Chinese President Xi Jinping praised Russia for its support on Taiwan.
"""),
    "ru-cn-may.txt": ("2024-05-16", """Putin visits Beijing

BEIJING, May 16 (AP) - Russian President Vladimir Putin visited Beijing on Thursday for talks with Chinese President Xi Jinping.

The two leaders signed a joint statement on deepening their strategic partnership.

Xi said that China would continue to cooperate with Russia on energy.
"""),
    "in-pk.txt": ("2024-04-10", """India accuses Pakistan over border attack

NEW DELHI, April 10 (Reuters) - India accused Pakistan on Wednesday of shelling villages along the Line of Control.

Pakistan rejected the accusation and called for talks.
"""),
    "script.html": ("2024-06-02", """<html><head><title>Envoys meet in Geneva</title></head><body><article>
<h1>Envoys meet in Geneva</h1>
<p>The foreign ministers of Iran and France met in Geneva on Sunday to discuss the nuclear file, officials said.</p>
<p>A reader comment pasted into the page read: &lt;script&gt;window.__pwned = 1; alert("pwned")&lt;/script&gt; and nothing more.</p>
<p>Both sides agreed to meet again next month in Vienna, the French ministry said in a statement.</p>
</article></body></html>"""),
}
