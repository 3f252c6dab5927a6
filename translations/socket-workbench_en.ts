<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>swb::app::CommandLine</name>
    <message>
        <source>Socket Workbench: start TCP servers and clients, send text or bytes, and watch every byte.</source>
        <translation>Socket Workbench: start TCP servers and clients, send text or bytes, and watch every byte.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Open the built-in lesson ID and start its servers.</source>
        <translation>Open the built-in lesson ID and start its servers.</translation>
    </message>
    <message>
        <source>Print the lesson IDs and titles and exit.</source>
        <translation>Print the lesson IDs and titles and exit.</translation>
    </message>
    <message>
        <source>Quit by itself after SECONDS (for demos and scripts).</source>
        <translation>Quit by itself after SECONDS (for demos and scripts).</translation>
    </message>
    <message>
        <source>Run socket-workbench --help for the options.</source>
        <translation>Run socket-workbench --help for the options.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;: use zh_CN or en.</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--quit-after needs a whole number of seconds, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give at most one workspace file, not %1.</source>
        <translation>Give at most one workspace file, not %1.</translation>
    </message>
    <message>
        <source>Record all traffic to FILE (.jsonl or .csv) as it happens, from the start.</source>
        <translation>Record all traffic to FILE (.jsonl or .csv) as it happens, from the start.</translation>
    </message>
    <message>
        <source>Zoom the whole interface to PERCENT (100 to 300), e.g. 200 on a projector.</source>
        <translation>Zoom the whole interface to PERCENT (100 to 300), e.g. 200 on a projector.</translation>
    </message>
    <message>
        <source>A workspace file to open, or a traffic file (.jsonl) to open read-only.</source>
        <translation>A workspace file to open, or a traffic file (.jsonl) to open read-only.</translation>
    </message>
    <message>
        <source>--zoom needs a whole percentage from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--zoom needs a whole percentage from %1 to %2, not &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::app::HelpTopics</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Getting started</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open a lesson&lt;/b&gt; from the start page or the Lessons menu. It starts the servers its exercise needs, on the ports of the notes, and the lesson pane on the right says what to do; its self-check ticks off what has happened.</source>
        <translation>&lt;b&gt;Open a lesson&lt;/b&gt; from the start page or the Lessons menu. It starts the servers its exercise needs, on the ports of the notes, and the lesson pane on the right says what to do; its self-check ticks off what has happened.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panels&lt;/b&gt; are servers and clients: TCP, UDP, local sockets and HTTP (Panels menu). Start a server, connect a client, type in the send box and press Send.</source>
        <translation>&lt;b&gt;Panels&lt;/b&gt; are servers and clients: TCP, UDP, local sockets and HTTP (Panels menu). Start a server, connect a client, type in the send box and press Send.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The traffic table&lt;/b&gt; in the middle lists every event of every panel: connections, bytes sent and received, errors. View ▸ Show the sequence diagram draws the same events over time; a panel&apos;s “Why?” button opens the error coach.</source>
        <translation>&lt;b&gt;The traffic table&lt;/b&gt; in the middle lists every event of every panel: connections, bytes sent and received, errors. View ▸ Show the sequence diagram draws the same events over time; a panel&apos;s “Why?” button opens the error coach.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep your work&lt;/b&gt;: File ▸ Save workspace as keeps the panels and their settings; File ▸ Record traffic to disk keeps every byte; a session that ends unexpectedly is recovered at the next start.</source>
        <translation>&lt;b&gt;Keep your work&lt;/b&gt;: File ▸ Save workspace as keeps the panels and their settings; File ▸ Record traffic to disk keeps every byte; a session that ends unexpectedly is recovered at the next start.</translation>
    </message>
    <message>
        <source>&lt;b&gt;In class&lt;/b&gt;: the View menu zooms, switches themes and starts presentation mode for a projector; F9 collapses the lesson pane to the window&apos;s edge to give the panels its width.</source>
        <translation>&lt;b&gt;In class&lt;/b&gt;: the View menu zooms, switches themes and starts presentation mode for a projector; F9 collapses the lesson pane to the window&apos;s edge to give the panels its width.</translation>
    </message>
    <message>
        <source>Socket Workbench shows what sockets do, byte by byte, while you learn socket programming.</source>
        <translation>Socket Workbench shows what sockets do, byte by byte, while you learn socket programming.</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>Help ▸ Keyboard shortcuts lists every shortcut.</translation>
    </message>
    <message>
        <source>Menu command</source>
        <translation>Menu command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>swb::app::LanguageManager</name>
    <message>
        <source>Socket Workbench</source>
        <translation>Socket Workbench</translation>
    </message>
</context>
<context>
    <name>swb::app::LessonSideBar</name>
    <message>
        <source>Collapse the lesson pane to the si&amp;de</source>
        <translation>Collapse the lesson pane to the si&amp;de</translation>
    </message>
    <message>
        <source>Collapse the lesson pane to a bar at the right edge, giving its width to the panels (%1)</source>
        <translation>Collapse the lesson pane to a bar at the right edge, giving its width to the panels (%1)</translation>
    </message>
    <message>
        <source>%1 — click to show the lesson pane again</source>
        <translation>%1 — click to show the lesson pane again</translation>
    </message>
</context>
<context>
    <name>swb::app::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>&amp;New workspace</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>&amp;Save workspace as…</source>
        <translation>&amp;Save workspace as…</translation>
    </message>
    <message>
        <source>&amp;Export traffic…</source>
        <translation>&amp;Export traffic…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>Add TCP &amp;server</source>
        <translation>Add TCP &amp;server</translation>
    </message>
    <message>
        <source>Add TCP &amp;client</source>
        <translation>Add TCP &amp;client</translation>
    </message>
    <message>
        <source>&amp;Rename panel…</source>
        <translation>&amp;Rename panel…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Clear traffic</source>
        <translation>&amp;Clear traffic</translation>
    </message>
    <message>
        <source>&amp;Pause auto-scroll</source>
        <translation>&amp;Pause auto-scroll</translation>
    </message>
    <message>
        <source>C&amp;opy selected rows</source>
        <translation>C&amp;opy selected rows</translation>
    </message>
    <message>
        <source>Show &amp;lesson pane</source>
        <translation>Show &amp;lesson pane</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Socket Workbench</source>
        <translation>&amp;About Socket Workbench</translation>
    </message>
    <message>
        <source>Show as &amp;Python…</source>
        <translation>Show as &amp;Python…</translation>
    </message>
    <message>
        <source>Show the se&amp;quence diagram</source>
        <translation>Show the se&amp;quence diagram</translation>
    </message>
    <message>
        <source>E&amp;xport the sequence diagram…</source>
        <translation>E&amp;xport the sequence diagram…</translation>
    </message>
    <message>
        <source>Show the &amp;error coach</source>
        <translation>Show the &amp;error coach</translation>
    </message>
    <message>
        <source>&amp;Well-known ports</source>
        <translation>&amp;Well-known ports</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Actual size (100%)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>P&amp;resentation mode</translation>
    </message>
    <message>
        <source>Save a scree&amp;nshot…</source>
        <translation>Save a scree&amp;nshot…</translation>
    </message>
    <message>
        <source>Open &amp;traffic file…</source>
        <translation>Open &amp;traffic file…</translation>
    </message>
    <message>
        <source>Open recorded or exported traffic (.jsonl) as a read-only session</source>
        <translation>Open recorded or exported traffic (.jsonl) as a read-only session</translation>
    </message>
    <message>
        <source>&amp;Record traffic to disk…</source>
        <translation>&amp;Record traffic to disk…</translation>
    </message>
    <message>
        <source>Write every event to a file as it happens, so that rows leaving the table are not lost</source>
        <translation>Write every event to a file as it happens, so that rows leaving the table are not lost</translation>
    </message>
    <message>
        <source>Add &amp;UDP panel</source>
        <translation>Add &amp;UDP panel</translation>
    </message>
    <message>
        <source>Add local socket s&amp;erver</source>
        <translation>Add local socket s&amp;erver</translation>
    </message>
    <message>
        <source>Add local socket c&amp;lient</source>
        <translation>Add local socket c&amp;lient</translation>
    </message>
    <message>
        <source>Add &amp;HTTP panel</source>
        <translation>Add &amp;HTTP panel</translation>
    </message>
    <message>
        <source>Traffic &amp;memory limit…</source>
        <translation>Traffic &amp;memory limit…</translation>
    </message>
    <message>
        <source>Reset la&amp;yout</source>
        <translation>Reset la&amp;yout</translation>
    </message>
    <message>
        <source>Place the panels again so that the window fits the screen</source>
        <translation>Place the panels again so that the window fits the screen</translation>
    </message>
    <message>
        <source>New &amp;window</source>
        <translation>New &amp;window</translation>
    </message>
    <message>
        <source>Re&amp;play the current capture…</source>
        <translation>Re&amp;play the current capture…</translation>
    </message>
    <message>
        <source>Rep&amp;lay a traffic file…</source>
        <translation>Rep&amp;lay a traffic file…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>Zoom o&amp;ut</translation>
    </message>
    <message>
        <source>Show w&amp;hen presenting</source>
        <translation>Show w&amp;hen presenting</translation>
    </message>
    <message>
        <source>Copy a &amp;screenshot</source>
        <translation>Copy a &amp;screenshot</translation>
    </message>
    <message>
        <source>Close pa&amp;nel</source>
        <translation>Close pa&amp;nel</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
</context>
<context>
    <name>swb::app::MainWindow</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Cannot open workspace</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Cannot open lesson</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>Cannot save workspace</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Workspaces (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Workspaces (*.json)</translation>
    </message>
    <message>
        <source>About Socket Workbench</source>
        <translation>About Socket Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot record traffic</source>
        <translation>Cannot record traffic</translation>
    </message>
    <message>
        <source>The workspace&apos;s saved layout does not fit this screen, so the panels are placed to fit it.</source>
        <translation>The workspace&apos;s saved layout does not fit this screen, so the panels are placed to fit it.</translation>
    </message>
    <message>
        <source>Workspace layout</source>
        <translation>Workspace layout</translation>
    </message>
</context>
<context>
    <name>swb::app::PanelFactory</name>
    <message>
        <source>TCP server</source>
        <translation>TCP server</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP client</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Local server</translation>
    </message>
    <message>
        <source>Local client</source>
        <translation>Local client</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
</context>
<context>
    <name>swb::app::PanelManager</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>%1 is already used by the panel &quot;%2&quot; in this window (another lesson?). Stop or close that panel, then press Start here.</source>
        <translation>%1 is already used by the panel &quot;%2&quot; in this window (another lesson?). Stop or close that panel, then press Start here.</translation>
    </message>
    <message>
        <source>TCP port %1</source>
        <translation>TCP port %1</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>UDP port %1</translation>
    </message>
    <message>
        <source>The local socket %1</source>
        <translation>The local socket %1</translation>
    </message>
    <message>
        <source>Rename panel</source>
        <translation>Rename panel</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>%1 is already used by the panel &quot;%2&quot; in another window (another lesson?). Stop or close that panel, then press Start here.</source>
        <translation>%1 is already used by the panel &quot;%2&quot; in another window (another lesson?). Stop or close that panel, then press Start here.</translation>
    </message>
</context>
<context>
    <name>swb::app::PresentationMode</name>
    <message>
        <source>Traffic table</source>
        <translation>Traffic table</translation>
    </message>
    <message>
        <source>%1 / %2 — %3: next panels</source>
        <translation>%1 / %2 — %3: next panels</translation>
    </message>
</context>
<context>
    <name>swb::app::SessionRecovery</name>
    <message>
        <source>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again.</source>
        <translation>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again.</translation>
    </message>
    <message>
        <source>A session that ended unexpectedly left its workspace in %1. Start Socket Workbench without a workspace or lesson to recover it, or open that file.</source>
        <translation>A session that ended unexpectedly left its workspace in %1. Start Socket Workbench without a workspace or lesson to recover it, or open that file.</translation>
    </message>
    <message>
        <source>Cannot create %1: the workspace will not be autosaved.</source>
        <translation>Cannot create %1: the workspace will not be autosaved.</translation>
    </message>
    <message>
        <source>Cannot autosave the workspace to %1: %2.</source>
        <translation>Cannot autosave the workspace to %1: %2.</translation>
    </message>
    <message>
        <source>Workspace recovered</source>
        <translation>Workspace recovered</translation>
    </message>
    <message>
        <source>Workspace not recovered</source>
        <translation>Workspace not recovered</translation>
    </message>
    <message>
        <source>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again. The traffic it was recording, up to the last write to disk, is in %1 (File ▸ Open traffic file).</source>
        <translation>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again. The traffic it was recording, up to the last write to disk, is in %1 (File ▸ Open traffic file).</translation>
    </message>
</context>
<context>
    <name>swb::app::TeachingTools</name>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequence diagram</translation>
    </message>
    <message>
        <source>Error coach</source>
        <translation>Error coach</translation>
    </message>
    <message>
        <source>Click into a panel first: Show as Python shows that panel.</source>
        <translation>Click into a panel first: Show as Python shows that panel.</translation>
    </message>
    <message>
        <source>Screenshot of the window copied (%1 × %2).</source>
        <translation>Screenshot of the window copied (%1 × %2).</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>Save a screenshot</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot write the image &quot;%1&quot;.</source>
        <translation>Cannot write the image &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::app::TrafficTools</name>
    <message>
        <source>Recording traffic failed</source>
        <translation>Recording traffic failed</translation>
    </message>
    <message>
        <source>Traffic recorded to %1</source>
        <translation>Traffic recorded to %1</translation>
    </message>
    <message>
        <source>Record traffic to disk</source>
        <translation>Record traffic to disk</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot record traffic</source>
        <translation>Cannot record traffic</translation>
    </message>
    <message>
        <source>Cannot open traffic file</source>
        <translation>Cannot open traffic file</translation>
    </message>
    <message>
        <source>Open traffic file</source>
        <translation>Open traffic file</translation>
    </message>
    <message>
        <source>Traffic files (*.jsonl);;All files (*)</source>
        <translation>Traffic files (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Traffic memory limit</source>
        <translation>Traffic memory limit</translation>
    </message>
    <message>
        <source>Memory for the traffic table, in MiB (payloads and rows). When it is full the oldest rows leave the table; a recording to disk keeps them.</source>
        <translation>Memory for the traffic table, in MiB (payloads and rows). When it is full the oldest rows leave the table; a recording to disk keeps them.</translation>
    </message>
    <message>
        <source>● Recording traffic to %1</source>
        <translation>● Recording traffic to %1</translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>Export traffic</translation>
    </message>
    <message>
        <source>Cannot export traffic</source>
        <translation>Cannot export traffic</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>Saved %n event to %1</numerusform>
            <numerusform>Saved %n events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::app::WorkspaceChoiceDialog</name>
    <message>
        <source>Open lesson</source>
        <translation>Open lesson</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>This window already has panels open. Where should the lesson &quot;%1&quot; open?</source>
        <translation>This window already has panels open. Where should the lesson &quot;%1&quot; open?</translation>
    </message>
    <message>
        <source>This window already has panels open. Where should the workspace &quot;%1&quot; open?</source>
        <translation>This window already has panels open. Where should the workspace &quot;%1&quot; open?</translation>
    </message>
    <message>
        <source>Replace closes the panels in this window first: their servers stop and free their ports, and the traffic table is emptied. A new window leaves this one as it is, with its own panels and traffic.</source>
        <translation>Replace closes the panels in this window first: their servers stop and free their ports, and the traffic table is emptied. A new window leaves this one as it is, with its own panels and traffic.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>Open in a &amp;new window</source>
        <translation>Open in a &amp;new window</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>swb::app::WorkspaceSwitch</name>
    <message>
        <source>Replacing the open workspace with &quot;%1&quot; (no one to ask in a scripted run).</source>
        <translation>Replacing the open workspace with &quot;%1&quot; (no one to ask in a scripted run).</translation>
    </message>
</context>
<context>
    <name>swb::course::ErrorCoach</name>
    <message>
        <source>Is this port in use?</source>
        <translation>Is this port in use?</translation>
    </message>
    <message>
        <source>Loopback self-test</source>
        <translation>Loopback self-test</translation>
    </message>
    <message>
        <source>Resolve the name</source>
        <translation>Resolve the name</translation>
    </message>
    <message>
        <source>(the port)</source>
        <translation>(the port)</translation>
    </message>
    <message>
        <source>Address already in use (EADDRINUSE, errno 98)</source>
        <translation>Address already in use (EADDRINUSE, errno 98)</translation>
    </message>
    <message>
        <source>Another socket is already bound to %1 port %2: another program, another panel, or the notes&apos; script you started earlier. A server you stopped a moment ago can hold it too: its closed connections wait in TIME_WAIT for about a minute.</source>
        <translation>Another socket is already bound to %1 port %2: another program, another panel, or the notes&apos; script you started earlier. A server you stopped a moment ago can hold it too: its closed connections wait in TIME_WAIT for about a minute.</translation>
    </message>
    <message>
        <source>Stop the other server, or choose another port (0 picks a free one). Set SO_REUSEADDR before bind() so that a restart works during TIME_WAIT. &quot;Is this port in use?&quot; shows which local address holds it; in a terminal: ss -ltnp &apos;sport = :%1&apos;.</source>
        <translation>Stop the other server, or choose another port (0 picks a free one). Set SO_REUSEADDR before bind() so that a restart works during TIME_WAIT. &quot;Is this port in use?&quot; shows which local address holds it; in a terminal: ss -ltnp &apos;sport = :%1&apos;.</translation>
    </message>
    <message>
        <source>Connection refused (ECONNREFUSED)</source>
        <translation>Connection refused (ECONNREFUSED)</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2: the machine answered the connection request with a reset. With TCP the server must be running before the client connects.</source>
        <translation>Nothing listens on %1 port %2: the machine answered the connection request with a reset. With TCP the server must be running before the client connects.</translation>
    </message>
    <message>
        <source>Start the server first and compare the port on both sides. &quot;Is this port in use?&quot; shows whether anything listens there, and on which address.</source>
        <translation>Start the server first and compare the port on both sides. &quot;Is this port in use?&quot; shows whether anything listens there, and on which address.</translation>
    </message>
    <message>
        <source>Network or host unreachable (ENETUNREACH, EHOSTUNREACH)</source>
        <translation>Network or host unreachable (ENETUNREACH, EHOSTUNREACH)</translation>
    </message>
    <message>
        <source>There is no way to %1 from here: the network is down, the address belongs to a network this machine is not on, or a router said the host cannot be reached.</source>
        <translation>There is no way to %1 from here: the network is down, the address belongs to a network this machine is not on, or a router said the host cannot be reached.</translation>
    </message>
    <message>
        <source>Check the address; for this machine use 127.0.0.1. Check the cable or Wi-Fi and try ping %1. The loopback self-test checks this machine&apos;s own networking.</source>
        <translation>Check the address; for this machine use 127.0.0.1. Check the cable or Wi-Fi and try ping %1. The loopback self-test checks this machine&apos;s own networking.</translation>
    </message>
    <message>
        <source>Timed out (ETIMEDOUT)</source>
        <translation>Timed out (ETIMEDOUT)</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 in time: the packets went out but nothing came back. The host may be down, or a firewall drops the packets without a word.</source>
        <translation>No answer from %1 port %2 in time: the packets went out but nothing came back. The host may be down, or a firewall drops the packets without a word.</translation>
    </message>
    <message>
        <source>Check that the host is up and the address is right. A firewall that rejects gives &quot;refused&quot; at once; one that drops silently gives this timeout. The loopback self-test checks this machine&apos;s own networking.</source>
        <translation>Check that the host is up and the address is right. A firewall that rejects gives &quot;refused&quot; at once; one that drops silently gives this timeout. The loopback self-test checks this machine&apos;s own networking.</translation>
    </message>
    <message>
        <source>Connection reset by peer (ECONNRESET)</source>
        <translation>Connection reset by peer (ECONNRESET)</translation>
    </message>
    <message>
        <source>The other side aborted the connection with a reset (RST) instead of a normal close: its program crashed or was killed, or it closed with unread data. The notes&apos; try/except around recv() is for this.</source>
        <translation>The other side aborted the connection with a reset (RST) instead of a normal close: its program crashed or was killed, or it closed with unread data. The notes&apos; try/except around recv() is for this.</translation>
    </message>
    <message>
        <source>The connection is gone; connect again. A server should catch this error for one client and keep serving the others (lesson timestamp-echo).</source>
        <translation>The connection is gone; connect again. A server should catch this error for one client and keep serving the others (lesson timestamp-echo).</translation>
    </message>
    <message>
        <source>Host not found (the name lookup failed)</source>
        <translation>Host not found (the name lookup failed)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be turned into an address: the name is misspelled, or no name server knows it (this machine may have no internet).</source>
        <translation>&quot;%1&quot; could not be turned into an address: the name is misspelled, or no name server knows it (this machine may have no internet).</translation>
    </message>
    <message>
        <source>Check the spelling, or use an IP address such as 127.0.0.1. In a terminal, getent hosts %1 shows what the system finds.</source>
        <translation>Check the spelling, or use an IP address such as 127.0.0.1. In a terminal, getent hosts %1 shows what the system finds.</translation>
    </message>
    <message>
        <source>Permission denied: port %1 is below 1024</source>
        <translation>Permission denied: port %1 is below 1024</translation>
    </message>
    <message>
        <source>On Linux only the administrator (root, or a program given CAP_NET_BIND_SERVICE) may listen on ports 0 to 1023. That is why HTTP&apos;s port 80 needs sudo, and why the lessons use ports from 1024 up.</source>
        <translation>On Linux only the administrator (root, or a program given CAP_NET_BIND_SERVICE) may listen on ports 0 to 1023. That is why HTTP&apos;s port 80 needs sudo, and why the lessons use ports from 1024 up.</translation>
    </message>
    <message>
        <source>Use a port from 1024 up, for example 8080 instead of 80. Do not run the workbench as root for this.</source>
        <translation>Use a port from 1024 up, for example 8080 instead of 80. Do not run the workbench as root for this.</translation>
    </message>
    <message>
        <source>localhost went to ::1, the server listens on 127.0.0.1</source>
        <translation>localhost went to ::1, the server listens on 127.0.0.1</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; has two addresses on most systems: 127.0.0.1 (IPv4) and ::1 (IPv6). A client may try ::1 first, while a server bound to 127.0.0.1 listens on IPv4 only, so the connection to ::1 is refused.</source>
        <translation>&quot;localhost&quot; has two addresses on most systems: 127.0.0.1 (IPv4) and ::1 (IPv6). A client may try ::1 first, while a server bound to 127.0.0.1 listens on IPv4 only, so the connection to ::1 is refused.</translation>
    </message>
    <message>
        <source>Connect to 127.0.0.1 instead of localhost, or let the server listen on :: (IPv6, and on Linux IPv4 too). &quot;Resolve the name&quot; shows what localhost means here; &quot;Is this port in use?&quot; shows the server&apos;s addresses.</source>
        <translation>Connect to 127.0.0.1 instead of localhost, or let the server listen on :: (IPv6, and on Linux IPv4 too). &quot;Resolve the name&quot; shows what localhost means here; &quot;Is this port in use?&quot; shows the server&apos;s addresses.</translation>
    </message>
    <message>
        <source>0.0.0.0 or 127.0.0.1?</source>
        <translation>0.0.0.0 or 127.0.0.1?</translation>
    </message>
    <message>
        <source>A server bound to 127.0.0.1 takes connections to 127.0.0.1 only, from this machine: a connection to another address of the machine (%1) is refused. 0.0.0.0 means every address of this machine, so other machines can connect too.</source>
        <translation>A server bound to 127.0.0.1 takes connections to 127.0.0.1 only, from this machine: a connection to another address of the machine (%1) is refused. 0.0.0.0 means every address of this machine, so other machines can connect too.</translation>
    </message>
    <message>
        <source>Connect to 127.0.0.1; or, to be reachable at %1 and from other machines, let the server listen on 0.0.0.0, knowing that the whole network can then connect. &quot;Is this port in use?&quot; shows the address the server listens on.</source>
        <translation>Connect to 127.0.0.1; or, to be reachable at %1 and from other machines, let the server listen on 0.0.0.0, knowing that the whole network can then connect. &quot;Is this port in use?&quot; shows the address the server listens on.</translation>
    </message>
    <message>
        <source>No answer at all (dropped silently)</source>
        <translation>No answer at all (dropped silently)</translation>
    </message>
    <message>
        <source>Nothing came back and no error either: a firewall, or a UDP port that nobody reads, drops the packets without telling anyone. UDP never says whether a datagram arrived: a lost one looks exactly like an ignored one.</source>
        <translation>Nothing came back and no error either: a firewall, or a UDP port that nobody reads, drops the packets without telling anyone. UDP never says whether a datagram arrived: a lost one looks exactly like an ignored one.</translation>
    </message>
    <message>
        <source>Check that the server runs on the right port (&quot;Is this port in use?&quot;). For UDP, connect() the socket to the target: an ICMP &quot;port unreachable&quot; then comes back as &quot;connection refused&quot;. Check the firewall rules: sudo nft list ruleset.</source>
        <translation>Check that the server runs on the right port (&quot;Is this port in use?&quot;). For UDP, connect() the socket to the target: an ICMP &quot;port unreachable&quot; then comes back as &quot;connection refused&quot;. Check the firewall rules: sudo nft list ruleset.</translation>
    </message>
    <message>
        <source>Permission denied sending to a broadcast address</source>
        <translation>Permission denied sending to a broadcast address</translation>
    </message>
    <message>
        <source>Sending to a broadcast address such as 255.255.255.255 or 192.168.1.255 needs the SO_BROADCAST option, so that no program floods the network by accident. Without it, sendto() fails with EACCES.</source>
        <translation>Sending to a broadcast address such as 255.255.255.255 or 192.168.1.255 needs the SO_BROADCAST option, so that no program floods the network by accident. Without it, sendto() fails with EACCES.</translation>
    </message>
    <message>
        <source>Turn on the UDP panel&apos;s broadcast option; in Python: sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1) before sendto().</source>
        <translation>Turn on the UDP panel&apos;s broadcast option; in Python: sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1) before sendto().</translation>
    </message>
    <message>
        <source>Cannot assign requested address (EADDRNOTAVAIL)</source>
        <translation>Cannot assign requested address (EADDRNOTAVAIL)</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine, so no socket can be bound to it.</source>
        <translation>%1 is not an address of this machine, so no socket can be bound to it.</translation>
    </message>
    <message>
        <source>Use 127.0.0.1 (this machine only), 0.0.0.0 (every address) or one of this machine&apos;s addresses (ip addr shows them).</source>
        <translation>Use 127.0.0.1 (this machine only), 0.0.0.0 (every address) or one of this machine&apos;s addresses (ip addr shows them).</translation>
    </message>
    <message>
        <source>A socket error</source>
        <translation>A socket error</translation>
    </message>
    <message>
        <source>The message does not match a known situation.</source>
        <translation>The message does not match a known situation.</translation>
    </message>
    <message>
        <source>Read the message above. The loopback self-test checks that this machine&apos;s own networking works; the other situations below may fit.</source>
        <translation>Read the message above. The loopback self-test checks that this machine&apos;s own networking works; the other situations below may fit.</translation>
    </message>
</context>
<context>
    <name>swb::course::LessonCatalog</name>
    <message>
        <source>There is no lesson &quot;%1&quot;. The lessons are: %2.</source>
        <translation>There is no lesson &quot;%1&quot;. The lessons are: %2.</translation>
    </message>
</context>
<context>
    <name>swb::course::LessonCheck</name>
    <message>
        <source>A client connected and the server accepted it</source>
        <translation>A client connected and the server accepted it</translation>
    </message>
    <message>
        <source>A message reached the server (recv)</source>
        <translation>A message reached the server (recv)</translation>
    </message>
    <message>
        <source>The server answered &quot;I can see you.&quot;</source>
        <translation>The server answered &quot;I can see you.&quot;</translation>
    </message>
    <message>
        <source>A datagram arrived at the bound port, with its sender&apos;s address</source>
        <translation>A datagram arrived at the bound port, with its sender&apos;s address</translation>
    </message>
    <message>
        <source>20 datagrams arrived, each with its length</source>
        <translation>20 datagrams arrived, each with its length</translation>
    </message>
    <message>
        <source>The frontend connected to the backend</source>
        <translation>The frontend connected to the backend</translation>
    </message>
    <message>
        <source>Three lines reached the backend (appended to the file)</source>
        <translation>Three lines reached the backend (appended to the file)</translation>
    </message>
    <message>
        <source>Two clients each got an echo starting with &quot;received: &quot;</source>
        <translation>Two clients each got an echo starting with &quot;received: &quot;</translation>
    </message>
    <message>
        <source>Six echoes in all (auto-send every second)</source>
        <translation>Six echoes in all (auto-send every second)</translation>
    </message>
    <message>
        <source>The server received the client&apos;s message</source>
        <translation>The server received the client&apos;s message</translation>
    </message>
    <message>
        <source>The server answered &quot;hi&quot;</source>
        <translation>The server answered &quot;hi&quot;</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>The connection was closed</translation>
    </message>
    <message>
        <source>A connection closed (its end waits in TIME_WAIT)</source>
        <translation>A connection closed (its end waits in TIME_WAIT)</translation>
    </message>
    <message>
        <source>The server started again after stopping</source>
        <translation>The server started again after stopping</translation>
    </message>
    <message>
        <source>The client said something</source>
        <translation>The client said something</translation>
    </message>
    <message>
        <source>The server typed an answer</source>
        <translation>The server typed an answer</translation>
    </message>
    <message>
        <source>Someone sent q and the conversation ended</source>
        <translation>Someone sent q and the conversation ended</translation>
    </message>
    <message>
        <source>A message &quot;name : text&quot; arrived</source>
        <translation>A message &quot;name : text&quot; arrived</translation>
    </message>
    <message>
        <source>The server replied to the sender</source>
        <translation>The server replied to the sender</translation>
    </message>
    <message>
        <source>A time format such as %Y-%m-%d arrived</source>
        <translation>A time format such as %Y-%m-%d arrived</translation>
    </message>
    <message>
        <source>Two answers with the time came back</source>
        <translation>Two answers with the time came back</translation>
    </message>
    <message>
        <source>The greeting 欢迎访问菜鸟教程! arrived</source>
        <translation>The greeting 欢迎访问菜鸟教程! arrived</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>The server closed the connection</translation>
    </message>
    <message>
        <source>Two answers started with [date time]:</source>
        <translation>Two answers started with [date time]:</translation>
    </message>
    <message>
        <source>A second client came and went (the server survived it)</source>
        <translation>A second client came and went (the server survived it)</translation>
    </message>
    <message>
        <source>Welcome! arrived</source>
        <translation>Welcome! arrived</translation>
    </message>
    <message>
        <source>Hello, &lt;message&gt;! came back</source>
        <translation>Hello, &lt;message&gt;! came back</translation>
    </message>
    <message>
        <source>exit ended the connection</source>
        <translation>exit ended the connection</translation>
    </message>
    <message>
        <source>An HTTP response arrived: status line, header, body</source>
        <translation>An HTTP response arrived: status line, header, body</translation>
    </message>
    <message>
        <source>A page was fetched (a response arrived)</source>
        <translation>A page was fetched (a response arrived)</translation>
    </message>
    <message>
        <source>The client connected: laddr and raddr on both sides</source>
        <translation>The client connected: laddr and raddr on both sides</translation>
    </message>
    <message>
        <source>The echo came back</source>
        <translation>The echo came back</translation>
    </message>
    <message>
        <source>A client connected through the socket file</source>
        <translation>A client connected through the socket file</translation>
    </message>
    <message>
        <source>A message went through the socket file</source>
        <translation>A message went through the socket file</translation>
    </message>
    <message>
        <source>A message went from a client to a server</source>
        <translation>A message went from a client to a server</translation>
    </message>
    <message>
        <source>An answer came back</source>
        <translation>An answer came back</translation>
    </message>
</context>
<context>
    <name>swb::course::LoopbackTest</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>no answer within %1 ms</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>cannot listen: %1</translation>
    </message>
    <message>
        <source>%1 port %2: connected, one byte there and back in %3 ms.</source>
        <translation>%1 port %2: connected, one byte there and back in %3 ms.</translation>
    </message>
    <message>
        <source>%1: failed, %2.</source>
        <translation>%1: failed, %2.</translation>
    </message>
    <message>
        <source>IPv6 loopback (::1) is missing: then &quot;localhost&quot; can only mean 127.0.0.1. Not a fault by itself.</source>
        <translation>IPv6 loopback (::1) is missing: then &quot;localhost&quot; can only mean 127.0.0.1. Not a fault by itself.</translation>
    </message>
    <message>
        <source>Loopback works: this machine can talk to itself.</source>
        <translation>Loopback works: this machine can talk to itself.</translation>
    </message>
    <message>
        <source>Loopback does not work: no program on this machine can reach another over 127.0.0.1. Check the firewall rules for the interface lo.</source>
        <translation>Loopback does not work: no program on this machine can reach another over 127.0.0.1. Check the firewall rules for the interface lo.</translation>
    </message>
</context>
<context>
    <name>swb::course::PortCheck</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>every IPv4 address of this machine: other machines can connect</source>
        <translation>every IPv4 address of this machine: other machines can connect</translation>
    </message>
    <message>
        <source>every address, IPv6 and (on Linux, usually) IPv4 too: other machines can connect</source>
        <translation>every address, IPv6 and (on Linux, usually) IPv4 too: other machines can connect</translation>
    </message>
    <message>
        <source>this machine only, IPv4 (127.0.0.1): not ::1, not the network address</source>
        <translation>this machine only, IPv4 (127.0.0.1): not ::1, not the network address</translation>
    </message>
    <message>
        <source>this machine only, IPv6 (::1): not 127.0.0.1</source>
        <translation>this machine only, IPv6 (::1): not 127.0.0.1</translation>
    </message>
    <message>
        <source>this machine only</source>
        <translation>this machine only</translation>
    </message>
    <message>
        <source>only connections to this address</source>
        <translation>only connections to this address</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 (TCP or UDP).</source>
        <translation>Nothing listens on port %1 (TCP or UDP).</translation>
    </message>
    <message>
        <source>%1 %2 port %3: %4</source>
        <translation>%1 %2 port %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) open on this port.</source>
        <translation>
            <numerusform>%n connection open on this port.</numerusform>
            <numerusform>%n connections open on this port.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old connection(s) in TIME_WAIT: a new bind() without SO_REUSEADDR fails until they are gone (about a minute).</source>
        <translation>
            <numerusform>%n old connection in TIME_WAIT: a new bind() without SO_REUSEADDR fails until it is gone (about a minute).</numerusform>
            <numerusform>%n old connections in TIME_WAIT: a new bind() without SO_REUSEADDR fails until they are gone (about a minute).</numerusform>
        </translation>
    </message>
    <message>
        <source>Which programs use port %1</source>
        <translation>Which programs use port %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>swb::course::PythonGenerator</name>
    <message>
        <source>There is no Python version of the panel &quot;%1&quot; (type %2) yet.</source>
        <translation>There is no Python version of the panel &quot;%1&quot; (type %2) yet.</translation>
    </message>
    <message>
        <source>%1: what this panel does, as a Python script in the style of the notes.
Generated by Socket Workbench from the panel&apos;s current settings.
Run it with: python3 %2   (stop it with Ctrl+C)</source>
        <translation>%1: what this panel does, as a Python script in the style of the notes.
Generated by Socket Workbench from the panel&apos;s current settings.
Run it with: python3 %2   (stop it with Ctrl+C)</translation>
    </message>
    <message>
        <source>recv() returned b&apos;&apos;: the client closed the connection.</source>
        <translation>recv() returned b&apos;&apos;: the client closed the connection.</translation>
    </message>
    <message>
        <source>A client that vanishes (reset) ends only its own connection.</source>
        <translation>A client that vanishes (reset) ends only its own connection.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR before bind(): the server can restart at once, even while old connections wait in TIME_WAIT.</source>
        <translation>SO_REUSEADDR before bind(): the server can restart at once, even while old connections wait in TIME_WAIT.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is off: a restart within a minute of closing a connection may fail with &quot;Address already in use&quot;.</source>
        <translation>SO_REUSEADDR is off: a restart within a minute of closing a connection may fail with &quot;Address already in use&quot;.</translation>
    </message>
    <message>
        <source>AF_UNIX: the address is a file path. A file left by an old server is removed first.</source>
        <translation>AF_UNIX: the address is a file path. A file left by an old server is removed first.</translation>
    </message>
    <message>
        <source>accept() waits for the next client and returns a new socket for it.</source>
        <translation>accept() waits for the next client and returns a new socket for it.</translation>
    </message>
    <message>
        <source>One thread per client, so that clients do not wait for each other.</source>
        <translation>One thread per client, so that clients do not wait for each other.</translation>
    </message>
    <message>
        <source>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;): the close word is compared without the line ending.</source>
        <translation>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;): the close word is compared without the line ending.</translation>
    </message>
    <message>
        <source>print(sock) shows fd, family, type, laddr and raddr (lesson socket-anatomy).</source>
        <translation>print(sock) shows fd, family, type, laddr and raddr (lesson socket-anatomy).</translation>
    </message>
    <message>
        <source>Print whatever the server sends, while the main thread reads your lines.</source>
        <translation>Print whatever the server sends, while the main thread reads your lines.</translation>
    </message>
    <message>
        <source>IPv6 group %1: join it with IPV6_JOIN_GROUP.</source>
        <translation>IPv6 group %1: join it with IPV6_JOIN_GROUP.</translation>
    </message>
    <message>
        <source>Join the multicast groups (IGMP), with TTL %1.</source>
        <translation>Join the multicast groups (IGMP), with TTL %1.</translation>
    </message>
    <message>
        <source>SOCK_DGRAM is UDP: no connection, each sendto() is one datagram.</source>
        <translation>SOCK_DGRAM is UDP: no connection, each sendto() is one datagram.</translation>
    </message>
    <message>
        <source>SO_REUSEADDR before bind(), as the panel&apos;s &quot;share address&quot; option.</source>
        <translation>SO_REUSEADDR before bind(), as the panel&apos;s &quot;share address&quot; option.</translation>
    </message>
    <message>
        <source>SO_BROADCAST: without it, sending to a broadcast address fails with &quot;Permission denied&quot;.</source>
        <translation>SO_BROADCAST: without it, sending to a broadcast address fails with &quot;Permission denied&quot;.</translation>
    </message>
    <message>
        <source>connect() on UDP: only the target&apos;s datagrams arrive, and &quot;port unreachable&quot; comes back as ConnectionRefusedError.</source>
        <translation>connect() on UDP: only the target&apos;s datagrams arrive, and &quot;port unreachable&quot; comes back as ConnectionRefusedError.</translation>
    </message>
    <message>
        <source>recvfrom() returns one datagram and the sender&apos;s address; a datagram longer than the buffer is cut off.</source>
        <translation>recvfrom() returns one datagram and the sender&apos;s address; a datagram longer than the buffer is cut off.</translation>
    </message>
    <message>
        <source>This panel neither binds nor has a target: set one of them to receive or to send.</source>
        <translation>This panel neither binds nor has a target: set one of them to receive or to send.</translation>
    </message>
    <message>
        <source>Save the body, as the notes save the page.</source>
        <translation>Save the body, as the notes save the page.</translation>
    </message>
    <message>
        <source>recv() until the server closes the connection (Connection: close).</source>
        <translation>recv() until the server closes the connection (Connection: close).</translation>
    </message>
    <message>
        <source>The header ends at the first empty line: split there.</source>
        <translation>The header ends at the first empty line: split there.</translation>
    </message>
    <message>
        <source>urllib.request comes with Python; it follows redirects by itself.</source>
        <translation>urllib.request comes with Python; it follows redirects by itself.</translation>
    </message>
    <message>
        <source>Certificate errors are ignored, as in the panel: never do this with real data.</source>
        <translation>Certificate errors are ignored, as in the panel: never do this with real data.</translation>
    </message>
    <message>
        <source>The same with the requests package (pip install requests), as in the notes:</source>
        <translation>The same with the requests package (pip install requests), as in the notes:</translation>
    </message>
</context>
<context>
    <name>swb::course::PythonParts</name>
    <message>
        <source>{data} is the message without its line ending; a line-based peer (nc) gets its line ending back.</source>
        <translation>{data} is the message without its line ending; a line-based peer (nc) gets its line ending back.</translation>
    </message>
    <message>
        <source>The message is a time format such as %Y-%m-%d %H:%M:%S: answer the local time written in it, like the notes&apos; udp-time server.</source>
        <translation>The message is a time format such as %Y-%m-%d %H:%M:%S: answer the local time written in it, like the notes&apos; udp-time server.</translation>
    </message>
    <message>
        <source>seconds to wait before each reply</source>
        <translation>seconds to wait before each reply</translation>
    </message>
    <message>
        <source>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;), as the panel compares and answers messages without their line ending.</source>
        <translation>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;), as the panel compares and answers messages without their line ending.</translation>
    </message>
    <message>
        <source>Append the bytes to the file and close it at once, so nothing is lost.</source>
        <translation>Append the bytes to the file and close it at once, so nothing is lost.</translation>
    </message>
    <message>
        <source>No automatic reply: type the answer, like the notes&apos; chat server.</source>
        <translation>No automatic reply: type the answer, like the notes&apos; chat server.</translation>
    </message>
    <message>
        <source>Close right after the greeting (the notes&apos; welcome server).</source>
        <translation>Close right after the greeting (the notes&apos; welcome server).</translation>
    </message>
    <message>
        <source>One reply, then close the connection.</source>
        <translation>One reply, then close the connection.</translation>
    </message>
    <message>
        <source>Send every %1 s until you press Ctrl+C, like the panel&apos;s auto-send.</source>
        <translation>Send every %1 s until you press Ctrl+C, like the panel&apos;s auto-send.</translation>
    </message>
    <message>
        <source>seconds between messages</source>
        <translation>seconds between messages</translation>
    </message>
    <message>
        <source>The send box&apos;s {time} {date} {counter} tokens, filled in for each message.</source>
        <translation>The send box&apos;s {time} {date} {counter} tokens, filled in for each message.</translation>
    </message>
    <message>
        <source>Type a line and press Enter to send it; an empty line ends.</source>
        <translation>Type a line and press Enter to send it; an empty line ends.</translation>
    </message>
    <message>
        <source>seconds to wait for an answer before giving up</source>
        <translation>seconds to wait for an answer before giving up</translation>
    </message>
</context>
<context>
    <name>swb::course::WorkspaceFile</name>
    <message>
        <source>panel %1</source>
        <translation>panel %1</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use UTF-8, GBK, GB18030 or Latin-1)</source>
        <translation>unknown encoding &quot;%1&quot; (use UTF-8, GBK, GB18030 or Latin-1)</translation>
    </message>
    <message>
        <source>panel %1: %2</source>
        <translation>panel %1: %2</translation>
    </message>
    <message>
        <source>panel %1, send</source>
        <translation>panel %1, send</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot; (use text, escapes or hex)</source>
        <translation>unknown mode &quot;%1&quot; (use text, escapes or hex)</translation>
    </message>
    <message>
        <source>unknown line ending &quot;%1&quot; (use none, lf or crlf)</source>
        <translation>unknown line ending &quot;%1&quot; (use none, lf or crlf)</translation>
    </message>
    <message>
        <source>This is not a valid JSON file: %1 at byte %2.</source>
        <translation>This is not a valid JSON file: %1 at byte %2.</translation>
    </message>
    <message>
        <source>This is not a Socket Workbench workspace: the top level is not an object.</source>
        <translation>This is not a Socket Workbench workspace: the top level is not an object.</translation>
    </message>
    <message>
        <source>This is not a Socket Workbench workspace: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>This is not a Socket Workbench workspace: &quot;format&quot; must be &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The workspace has no &quot;version&quot;; add &quot;version&quot;: %1.</source>
        <translation>The workspace has no &quot;version&quot;; add &quot;version&quot;: %1.</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported; this version of the app reads version %2.</source>
        <translation>Workspace version %1 is not supported; this version of the app reads version %2.</translation>
    </message>
    <message>
        <source>&quot;panels&quot; must be a list [ ... ].</source>
        <translation>&quot;panels&quot; must be a list [ ... ].</translation>
    </message>
    <message>
        <source>panel %1 is not an object { ... }.</source>
        <translation>panel %1 is not an object { ... }.</translation>
    </message>
    <message>
        <source>The workspace has problems, so nothing was changed:
%1</source>
        <translation>The workspace has problems, so nothing was changed:
%1</translation>
    </message>
    <message>
        <source>Cannot save the workspace to &quot;%1&quot;: %2.</source>
        <translation>Cannot save the workspace to &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>unknown panel type &quot;%1&quot; (use tcp-server, tcp-client, udp, local-server, local-client or http)</source>
        <translation>unknown panel type &quot;%1&quot; (use tcp-server, tcp-client, udp, local-server, local-client or http)</translation>
    </message>
    <message>
        <source>panel %1, udp</source>
        <translation>panel %1, udp</translation>
    </message>
    <message>
        <source>a local socket needs a path</source>
        <translation>a local socket needs a path</translation>
    </message>
    <message>
        <source>expected a list of group addresses</source>
        <translation>expected a list of group addresses</translation>
    </message>
    <message>
        <source>unknown HTTP mode &quot;%1&quot; (use fetch or raw)</source>
        <translation>unknown HTTP mode &quot;%1&quot; (use fetch or raw)</translation>
    </message>
    <message>
        <source>unknown HTTP method &quot;%1&quot; (use GET, HEAD, POST, PUT or DELETE)</source>
        <translation>unknown HTTP method &quot;%1&quot; (use GET, HEAD, POST, PUT or DELETE)</translation>
    </message>
    <message>
        <source>expected [&quot;name&quot;, &quot;value&quot;] pairs</source>
        <translation>expected [&quot;name&quot;, &quot;value&quot;] pairs</translation>
    </message>
    <message>
        <source>expected a list of [&quot;name&quot;, &quot;value&quot;] pairs</source>
        <translation>expected a list of [&quot;name&quot;, &quot;value&quot;] pairs</translation>
    </message>
    <message>
        <source>The workspace&apos;s saved window layout (&quot;layout&quot;) is damaged, so the panels are placed to fit the screen instead.</source>
        <translation>The workspace&apos;s saved window layout (&quot;layout&quot;) is damaged, so the panels are placed to fit the screen instead.</translation>
    </message>
    <message>
        <source>The workspace asks for %1 panels, over the limit of %2 panels per workspace.</source>
        <translation>The workspace asks for %1 panels, over the limit of %2 panels per workspace.</translation>
    </message>
    <message>
        <source>panel %1: &quot;%2&quot; is longer than the limit of %3 characters per field.</source>
        <translation>panel %1: &quot;%2&quot; is longer than the limit of %3 characters per field.</translation>
    </message>
    <message>
        <source>a workspace</source>
        <translation>a workspace</translation>
    </message>
    <message>
        <source>expected a name, or a name per language</source>
        <translation>expected a name, or a name per language</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::models::ConnectionListModel</name>
    <message>
        <source>Peer (raddr)</source>
        <translation>Peer (raddr)</translation>
    </message>
    <message>
        <source>Local (laddr)</source>
        <translation>Local (laddr)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>Bytes in</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>Bytes out</translation>
    </message>
</context>
<context>
    <name>swb::models::ConversationModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>#%1–#%2 (%n event(s))</source>
        <translation>
            <numerusform>#%1–#%2 (%n event)</numerusform>
            <numerusform>#%1–#%2 (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplete)</translation>
    </message>
    <message>
        <source>The stream ended before this message was complete.</source>
        <translation>The stream ended before this message was complete.</translation>
    </message>
    <message numerus="yes">
        <source>This message arrived in %n separate event(s).</source>
        <translation>
            <numerusform>This message arrived in %n separate event.</numerusform>
            <numerusform>This message arrived in %n separate events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>swb::models::TrafficModel</name>
    <message>
        <source>listen</source>
        <translation>listen</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accept</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>← recv</source>
        <translation>← recv</translation>
    </message>
    <message>
        <source>→ send</source>
        <translation>→ send</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>reset (RST)</source>
        <translation>reset (RST)</translation>
    </message>
</context>
<context>
    <name>swb::models::TrafficReader</name>
    <message>
        <source>&quot;%1&quot; is a CSV file; only JSON Lines (.jsonl) traffic files can be opened.</source>
        <translation>&quot;%1&quot; is a CSV file; only JSON Lines (.jsonl) traffic files can be opened.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is not a traffic event: %3</source>
        <translation>Line %1 of &quot;%2&quot; is not a traffic event: %3</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2).</source>
        <translation>not valid JSON (%1 at character %2).</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>not a JSON object.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>the field &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>&quot;seq&quot; is not a number.</source>
        <translation>&quot;seq&quot; is not a number.</translation>
    </message>
    <message>
        <source>&quot;time&quot; is not an ISO 8601 time: &quot;%1&quot;.</source>
        <translation>&quot;time&quot; is not an ISO 8601 time: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;.</source>
        <translation>unknown protocol &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;.</source>
        <translation>unknown kind &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not base64.</source>
        <translation>&quot;data&quot; is not base64.</translation>
    </message>
    <message>
        <source>&quot;bytes&quot; says %1 but &quot;data&quot; holds %2 bytes.</source>
        <translation>&quot;bytes&quot; says %1 but &quot;data&quot; holds %2 bytes.</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>a traffic file</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is longer than the limit of %3 MiB per line; reading stopped there.</source>
        <translation>Line %1 of &quot;%2&quot; is longer than the limit of %3 MiB per line; reading stopped there.</translation>
    </message>
    <message>
        <source>(other panels)</source>
        <translation>(other panels)</translation>
    </message>
    <message>
        <source>The file names more than %1 panels; the events of the others (%2) are shown under &quot;%3&quot;.</source>
        <translation>The file names more than %1 panels; the events of the others (%2) are shown under &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>swb::models::UdpPeerModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sender (addr)</source>
        <translation>Sender (addr)</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>Datagrams</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Sent to it</source>
        <translation>Sent to it</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>swb::net::AppendFile</name>
    <message>
        <source>The append file &quot;%1&quot; is not open.</source>
        <translation>The append file &quot;%1&quot; is not open.</translation>
    </message>
    <message>
        <source>Writing to &quot;%1&quot; failed: %2. The received bytes are still in the traffic table.</source>
        <translation>Writing to &quot;%1&quot; failed: %2. The received bytes are still in the traffic table.</translation>
    </message>
    <message>
        <source>an append file</source>
        <translation>an append file</translation>
    </message>
    <message>
        <source>%1 Choose a regular file in a folder you may write to.</source>
        <translation>%1 Choose a regular file in a folder you may write to.</translation>
    </message>
</context>
<context>
    <name>swb::net::BodySpool</name>
    <message>
        <source>Cannot write the response to a temporary file (%1): %2</source>
        <translation>Cannot write the response to a temporary file (%1): %2</translation>
    </message>
    <message>
        <source>Cannot write the response to the temporary file %1: %2 (is the disk full?)</source>
        <translation>Cannot write the response to the temporary file %1: %2 (is the disk full?)</translation>
    </message>
    <message>
        <source>Stopped after %1 bytes of the response: the temporary folder %2 has only %3 MiB free, less than the %4 MiB kept free, so the response is not written to it any more.</source>
        <translation>Stopped after %1 bytes of the response: the temporary folder %2 has only %3 MiB free, less than the %4 MiB kept free, so the response is not written to it any more.</translation>
    </message>
    <message>
        <source>Stopped after %1 bytes: the response body is larger than %2 MiB, the limit for one response (a server sending without end?).</source>
        <translation>Stopped after %1 bytes: the response body is larger than %2 MiB, the limit for one response (a server sending without end?).</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the response could not be read back.</source>
        <translation>Cannot write &quot;%1&quot;: the response could not be read back.</translation>
    </message>
</context>
<context>
    <name>swb::net::CharsetDetector</name>
    <message>
        <source>from the Content-Type header (charset=%1)</source>
        <translation>from the Content-Type header (charset=%1)</translation>
    </message>
    <message>
        <source>the header&apos;s charset &quot;%1&quot; is unknown; </source>
        <translation>the header&apos;s charset &quot;%1&quot; is unknown; </translation>
    </message>
    <message>
        <source>from &lt;meta charset&gt; in the page (%1); the header names no charset</source>
        <translation>from &lt;meta charset&gt; in the page (%1); the header names no charset</translation>
    </message>
    <message>
        <source>from the byte order mark (BOM) at the start of the body</source>
        <translation>from the byte order mark (BOM) at the start of the body</translation>
    </message>
    <message>
        <source>guessed: only ASCII bytes, read as UTF-8</source>
        <translation>guessed: only ASCII bytes, read as UTF-8</translation>
    </message>
    <message>
        <source>guessed: valid UTF-8</source>
        <translation>guessed: valid UTF-8</translation>
    </message>
    <message>
        <source>guessed: not UTF-8, but decodes as GB18030 (GBK) without errors</source>
        <translation>guessed: not UTF-8, but decodes as GB18030 (GBK) without errors</translation>
    </message>
    <message>
        <source>guessed: neither UTF-8 nor GB18030; shown as Latin-1, one character per byte</source>
        <translation>guessed: neither UTF-8 nor GB18030; shown as Latin-1, one character per byte</translation>
    </message>
</context>
<context>
    <name>swb::net::ContentDecodeStream</name>
    <message numerus="yes">
        <source>%1 bytes after the end of the %2 data were ignored.</source>
        <translation>
            <numerusform>%1 byte after the end of the %2 data was ignored.</numerusform>
            <numerusform>%1 bytes after the end of the %2 data were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 data is broken at byte offset %2 of %3 (zlib: %4); the body is kept as received.</source>
        <translation>The %1 data is broken at byte offset %2 of %3 (zlib: %4); the body is kept as received.</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>the body</translation>
    </message>
    <message>
        <source>the data inside it</source>
        <translation>the data inside it</translation>
    </message>
    <message>
        <source>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is kept as received.</source>
        <translation>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is kept as received.</translation>
    </message>
    <message>
        <source>Decoding stopped: the %1 body of %2 bytes decodes to more than %3 MiB, the limit for a decoded body (a decompression bomb?). The body is kept as received.</source>
        <translation>Decoding stopped: the %1 body of %2 bytes decodes to more than %3 MiB, the limit for a decoded body (a decompression bomb?). The body is kept as received.</translation>
    </message>
    <message>
        <source>Decoding stopped: %1 received bytes already decoded to %2 bytes, more than %3 times as many, the limit for the expansion of a compressed body (a decompression bomb?). The body is kept as received.</source>
        <translation>Decoding stopped: %1 received bytes already decoded to %2 bytes, more than %3 times as many, the limit for the expansion of a compressed body (a decompression bomb?). The body is kept as received.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 data ends early: its end marker never came; %2 bytes were decoded. The body is kept as received.</source>
        <translation>
            <numerusform>The %1 data ends early: its end marker never came; %2 byte was decoded. The body is kept as received.</numerusform>
            <numerusform>The %1 data ends early: its end marker never came; %2 bytes were decoded. The body is kept as received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::net::ContentDecoder</name>
    <message>
        <source>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is shown as received.</source>
        <translation>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is shown as received.</translation>
    </message>
    <message>
        <source>The %1 data is broken at byte offset %2 of the body (zlib: %3); %4 bytes were decoded before it.</source>
        <translation>The %1 data is broken at byte offset %2 of the body (zlib: %3); %4 bytes were decoded before it.</translation>
    </message>
    <message>
        <source>The %1 data ends early: its end marker never came after byte offset %2 of the body; %3 bytes were decoded.</source>
        <translation>The %1 data ends early: its end marker never came after byte offset %2 of the body; %3 bytes were decoded.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes after the end of the %2 data were ignored.</source>
        <translation>
            <numerusform>%1 byte after the end of the %2 data was ignored.</numerusform>
            <numerusform>%1 bytes after the end of the %2 data were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding stopped at %1 bytes, the limit for a decoded body.</source>
        <translation>Decoding stopped at %1 bytes, the limit for a decoded body.</translation>
    </message>
</context>
<context>
    <name>swb::net::CountText</name>
    <message numerus="yes">
        <source>%1 bytes</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 message</numerusform>
            <numerusform>%1 messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 events</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::net::HttpConnection</name>
    <message>
        <source>closed: a new exchange was started</source>
        <translation>closed: a new exchange was started</translation>
    </message>
    <message>
        <source>HTTPS is not available: Qt found no TLS library (OpenSSL) on this machine.</source>
        <translation>HTTPS is not available: Qt found no TLS library (OpenSSL) on this machine.</translation>
    </message>
    <message>
        <source>looking up %1 (DNS)</source>
        <translation>looking up %1 (DNS)</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; was not found (%2). Check the spelling; without internet only local names such as localhost or 127.0.0.1 resolve.</source>
        <translation>Host &quot;%1&quot; was not found (%2). Check the spelling; without internet only local names such as localhost or 127.0.0.1 resolve.</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>connected to %1 in %2 ms</translation>
    </message>
    <message>
        <source>TLS handshake done in %1 ms: %2, %3</source>
        <translation>TLS handshake done in %1 ms: %2, %3</translation>
    </message>
    <message>
        <source>certificate errors ignored, as asked: %1</source>
        <translation>certificate errors ignored, as asked: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1. Nothing was sent. If this is your own test server with a self-signed certificate, turn on &quot;ignore certificate errors&quot; and try again; never do that for a server you do not control.</source>
        <translation>The server&apos;s certificate was not accepted: %1. Nothing was sent. If this is your own test server with a self-signed certificate, turn on &quot;ignore certificate errors&quot; and try again; never do that for a server you do not control.</translation>
    </message>
    <message>
        <source>reusing the open connection (keep-alive) for request %1</source>
        <translation>reusing the open connection (keep-alive) for request %1</translation>
    </message>
    <message>
        <source>closed: over 1 MiB arrived after the response without a request</source>
        <translation>closed: over 1 MiB arrived after the response without a request</translation>
    </message>
    <message>
        <source>The response cannot be read: %1</source>
        <translation>The response cannot be read: %1</translation>
    </message>
    <message>
        <source>interim response: %1</source>
        <translation>interim response: %1</translation>
    </message>
    <message numerus="yes">
        <source>response complete: %1, %2 body bytes in %3 ms</source>
        <translation>
            <numerusform>response complete: %1, %2 body byte in %3 ms</numerusform>
            <numerusform>response complete: %1, %2 body bytes in %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>closed after the response</source>
        <translation>closed after the response</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>closed by the server</translation>
    </message>
    <message>
        <source>The server closed the connection without sending a response.</source>
        <translation>The server closed the connection without sending a response.</translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete: %1</source>
        <translation>The server closed the connection before the response was complete: %1</translation>
    </message>
    <message>
        <source>looking up the name</source>
        <translation>looking up the name</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>in the TLS handshake</source>
        <translation>in the TLS handshake</translation>
    </message>
    <message>
        <source>waiting for the first response byte (did the request end with an empty line, \r\n\r\n?)</source>
        <translation>waiting for the first response byte (did the request end with an empty line, \r\n\r\n?)</translation>
    </message>
    <message>
        <source>receiving: no byte for a while, and the response is not complete</source>
        <translation>receiving: no byte for a while, and the response is not complete</translation>
    </message>
    <message>
        <source>No progress from %1 for %2 s: %3.</source>
        <translation>No progress from %1 for %2 s: %3.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <source>closed by the user</source>
        <translation>closed by the user</translation>
    </message>
    <message>
        <source>Content-Length: %1</source>
        <translation>Content-Length: %1</translation>
    </message>
    <message>
        <source>after the last chunk</source>
        <translation>after the last chunk</translation>
    </message>
    <message>
        <source>no body expected</source>
        <translation>no body expected</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived after the end of the response (%2), on a connection kept open, without a request: the body is longer than the header says, or the server sent more than one response.</source>
        <translation>
            <numerusform>%1 byte arrived after the end of the response (%2), on a connection kept open, without a request: the body is longer than the header says, or the server sent more than one response.</numerusform>
            <numerusform>%1 bytes arrived after the end of the response (%2), on a connection kept open, without a request: the body is longer than the header says, or the server sent more than one response.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in all arrived after the end of the response (%2).</source>
        <translation>
            <numerusform>%1 byte in all arrived after the end of the response (%2).</numerusform>
            <numerusform>%1 bytes in all arrived after the end of the response (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the first response byte: the server took the request but has not answered</source>
        <translation>waiting for the first response byte: the server took the request but has not answered</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed: %3. Is there an HTTPS server on that port? A plain http:// server cannot answer https://.</source>
        <translation>The TLS handshake with %1 port %2 failed: %3. Is there an HTTPS server on that port? A plain http:// server cannot answer https://.</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim responses (1xx, such as &quot;100 Continue&quot;) without the real response: it is not answering, so the connection was closed.</source>
        <translation>The server sent more than %1 interim responses (1xx, such as &quot;100 Continue&quot;) without the real response: it is not answering, so the connection was closed.</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpDemoPages</name>
    <message>
        <source>this index of every path</source>
        <translation>this index of every path</translation>
    </message>
    <message>
        <source>a page with a fixed Content-Length</source>
        <translation>a page with a fixed Content-Length</translation>
    </message>
    <message>
        <source>Transfer-Encoding: chunked, five chunks sent apart, with an extension and a trailer</source>
        <translation>Transfer-Encoding: chunked, five chunks sent apart, with an extension and a trailer</translation>
    </message>
    <message>
        <source>Content-Encoding: gzip when the request&apos;s Accept-Encoding allows it</source>
        <translation>Content-Encoding: gzip when the request&apos;s Accept-Encoding allows it</translation>
    </message>
    <message>
        <source>a Chinese page in GBK, charset in the Content-Type header</source>
        <translation>a Chinese page in GBK, charset in the Content-Type header</translation>
    </message>
    <message>
        <source>a Chinese page in GBK, charset only in &lt;meta charset&gt;</source>
        <translation>a Chinese page in GBK, charset only in &lt;meta charset&gt;</translation>
    </message>
    <message>
        <source>301 Moved Permanently to /fixed</source>
        <translation>301 Moved Permanently to /fixed</translation>
    </message>
    <message>
        <source>302 Found, to /chunked</source>
        <translation>302 Found, to /chunked</translation>
    </message>
    <message>
        <source>a large body (50 MB; /large?mb=N up to 1024), streamed</source>
        <translation>a large body (50 MB; /large?mb=N up to 1024), streamed</translation>
    </message>
    <message>
        <source>a slow drip: 20 bytes every 100 ms for 3 s (/drip?seconds=N)</source>
        <translation>a slow drip: 20 bytes every 100 ms for 3 s (/drip?seconds=N)</translation>
    </message>
    <message>
        <source>your raw request, sent back as text/plain</source>
        <translation>your raw request, sent back as text/plain</translation>
    </message>
    <message>
        <source>any other path: 404 Not Found</source>
        <translation>any other path: 404 Not Found</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpDemoSite</name>
    <message>
        <source>closed by the demo server: over %1 bytes sent while a response was still being delivered</source>
        <translation>closed by the demo server: over %1 bytes sent while a response was still being delivered</translation>
    </message>
    <message>
        <source>Bad request from %1: %2</source>
        <translation>Bad request from %1: %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 from %2</translation>
    </message>
    <message>
        <source>Streaming %1 body bytes of %2 to %3; each Send row keeps the first %4 bytes of its %5-byte write.</source>
        <translation>Streaming %1 body bytes of %2 to %3; each Send row keeps the first %4 bytes of its %5-byte write.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 body bytes of %2 to %3 in %4 writes.</source>
        <translation>
            <numerusform>Sent %1 body bytes of %2 to %3 in %4 write.</numerusform>
            <numerusform>Sent %1 body bytes of %2 to %3 in %4 writes.</numerusform>
        </translation>
    </message>
    <message>
        <source>closed by the demo server after the response (Connection: close)</source>
        <translation>closed by the demo server after the response (Connection: close)</translation>
    </message>
    <message>
        <source>%1 sent no complete request for %2 s: closing the connection.</source>
        <translation>%1 sent no complete request for %2 s: closing the connection.</translation>
    </message>
    <message>
        <source>closed by the demo server after %1 s without a request</source>
        <translation>closed by the demo server after %1 s without a request</translation>
    </message>
    <message>
        <source>%1 did not finish its request header within %2 s (a very slow or stalled client, like a &quot;slowloris&quot; attack): closing the connection.</source>
        <translation>%1 did not finish its request header within %2 s (a very slow or stalled client, like a &quot;slowloris&quot; attack): closing the connection.</translation>
    </message>
    <message>
        <source>closed by the demo server: request header not complete after %1 s</source>
        <translation>closed by the demo server: request header not complete after %1 s</translation>
    </message>
    <message>
        <source>%1 has not read the responses for %2 s: closing the connection.</source>
        <translation>%1 has not read the responses for %2 s: closing the connection.</translation>
    </message>
    <message>
        <source>closed by the demo server: responses not read for %1 s</source>
        <translation>closed by the demo server: responses not read for %1 s</translation>
    </message>
    <message>
        <source>%1 connected and sent nothing for %2 s: closing the connection.</source>
        <translation>%1 connected and sent nothing for %2 s: closing the connection.</translation>
    </message>
    <message>
        <source>closed by the demo server: nothing sent within %1 s</source>
        <translation>closed by the demo server: nothing sent within %1 s</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpFetchClient</name>
    <message>
        <source>%1 %2 → %3 %4, redirect to %5</source>
        <translation>%1 %2 → %3 %4, redirect to %5</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1): the server keeps sending the request elsewhere. The chain is listed under Redirects.</source>
        <translation>Too many redirects (more than %1): the server keeps sending the request elsewhere. The chain is listed under Redirects.</translation>
    </message>
    <message>
        <source>The server redirects to %1, which cannot be followed: %2</source>
        <translation>The server redirects to %1, which cannot be followed: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3 %4, %5 bytes, %6 ms</source>
        <translation>
            <numerusform>%1 %2 → %3 %4, %5 byte, %6 ms</numerusform>
            <numerusform>%1 %2 → %3 %4, %5 bytes, %6 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the request was stopped before anything was sent:
%2
If this is your own test server (for example one with a self-signed certificate), press &quot;Continue anyway&quot; on the certificate card to send the request accepting these errors.</source>
        <translation>The certificate of %1 is not trusted, so the request was stopped before anything was sent:
%2
If this is your own test server (for example one with a self-signed certificate), press &quot;Continue anyway&quot; on the certificate card to send the request accepting these errors.</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <source>Content-Encoding: %1 undone: %2 bytes received, %3 bytes of page</source>
        <translation>Content-Encoding: %1 undone: %2 bytes received, %3 bytes of page</translation>
    </message>
    <message>
        <source>Certificate errors were accepted for %1 only: %2 gets the normal checks.</source>
        <translation>Certificate errors were accepted for %1 only: %2 gets the normal checks.</translation>
    </message>
    <message>
        <source>%1 not sent to %2: the redirect leaves %3 for another host, and credentials are only for the host they were typed for.</source>
        <translation>%1 not sent to %2: the redirect leaves %3 for another host, and credentials are only for the host they were typed for.</translation>
    </message>
    <message>
        <source>%1 not sent to %2: the redirect goes from https to plain http, where anyone on the way could read them.</source>
        <translation>%1 not sent to %2: the redirect goes from https to plain http, where anyone on the way could read them.</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpFraming</name>
    <message>
        <source>invalid Content-Length &quot;%1&quot;: expected one decimal number</source>
        <translation>invalid Content-Length &quot;%1&quot;: expected one decimal number</translation>
    </message>
    <message>
        <source>two Content-Length headers disagree: %1 and %2</source>
        <translation>two Content-Length headers disagree: %1 and %2</translation>
    </message>
    <message>
        <source>Transfer coding &quot;%1&quot; is shown as received, not undone.</source>
        <translation>Transfer coding &quot;%1&quot; is shown as received, not undone.</translation>
    </message>
    <message>
        <source>Both Transfer-Encoding: chunked and Content-Length are present; the chunked framing wins and Content-Length is ignored.</source>
        <translation>Both Transfer-Encoding: chunked and Content-Length are present; the chunked framing wins and Content-Length is ignored.</translation>
    </message>
    <message>
        <source>a request whose Transfer-Encoding does not end in chunked has no knowable length</source>
        <translation>a request whose Transfer-Encoding does not end in chunked has no knowable length</translation>
    </message>
    <message>
        <source>the request has both Transfer-Encoding and Content-Length, which is how request smuggling works (RFC 9112 section 6.1): refused, and the connection is closed</source>
        <translation>the request has both Transfer-Encoding and Content-Length, which is how request smuggling works (RFC 9112 section 6.1): refused, and the connection is closed</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpMessageParser</name>
    <message>
        <source>At byte offset %1: %2</source>
        <translation>At byte offset %1: %2</translation>
    </message>
    <message>
        <source>A line ends in a bare LF at byte offset %1; HTTP asks for CR LF (accepted, as most clients do).</source>
        <translation>A line ends in a bare LF at byte offset %1; HTTP asks for CR LF (accepted, as most clients do).</translation>
    </message>
    <message numerus="yes">
        <source>The body is longer than Content-Length by %1 bytes: they arrived after byte offset %2, where the declared body ends.</source>
        <translation>
            <numerusform>The body is longer than Content-Length by %1 byte: it arrived after byte offset %2, where the declared body ends.</numerusform>
            <numerusform>The body is longer than Content-Length by %1 bytes: they arrived after byte offset %2, where the declared body ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived after the end of the message at byte offset %2.</source>
        <translation>
            <numerusform>%1 byte arrived after the end of the message at byte offset %2.</numerusform>
            <numerusform>%1 bytes arrived after the end of the message at byte offset %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation>a chunk-size line longer than %1 bytes</translation>
    </message>
    <message>
        <source>the header section is larger than the limit of %1 bytes and has not ended (no blank line yet)</source>
        <translation>the header section is larger than the limit of %1 bytes and has not ended (no blank line yet)</translation>
    </message>
    <message>
        <source>a CR byte (0x0d) that is not followed by LF</source>
        <translation>a CR byte (0x0d) that is not followed by LF</translation>
    </message>
    <message>
        <source>the first line is empty</source>
        <translation>the first line is empty</translation>
    </message>
    <message numerus="yes">
        <source>the chunk data does not end where its size (%1 bytes) says: expected CR LF, found byte 0x%2</source>
        <translation>
            <numerusform>the chunk data does not end where its size (%1 byte) says: expected CR LF, found byte 0x%2</numerusform>
            <numerusform>the chunk data does not end where its size (%1 bytes) says: expected CR LF, found byte 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the message began</source>
        <translation>the connection closed before the message began</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the first line</source>
        <translation>the connection closed in the middle of the first line</translation>
    </message>
    <message>
        <source>the connection closed in the header section, before the blank line that ends it</source>
        <translation>the connection closed in the header section, before the blank line that ends it</translation>
    </message>
    <message numerus="yes">
        <source>the connection closed after %1 of %2 body bytes: the body is truncated</source>
        <translation>
            <numerusform>the connection closed after %1 of %2 body byte: the body is truncated</numerusform>
            <numerusform>the connection closed after %1 of %2 body bytes: the body is truncated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the connection closed inside the chunked body after %1 body bytes in %2 chunks: the last chunk (size 0) never came</source>
        <translation>
            <numerusform>the connection closed inside the chunked body after %1 body bytes in %2 chunk: the last chunk (size 0) never came</numerusform>
            <numerusform>the connection closed inside the chunked body after %1 body bytes in %2 chunks: the last chunk (size 0) never came</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the trailer section, before the blank line that ends the chunked body</source>
        <translation>the connection closed in the trailer section, before the blank line that ends the chunked body</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpSyntax</name>
    <message>
        <source>expected the HTTP version (HTTP/1.1), found &quot;%1&quot;</source>
        <translation>expected the HTTP version (HTTP/1.1), found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the HTTP version must look like HTTP/1.1, found &quot;%1&quot;</source>
        <translation>the HTTP version must look like HTTP/1.1, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not HTTP/1.x; this parser reads HTTP/1.0 and HTTP/1.1 (HTTP/2 and HTTP/3 are binary protocols)</source>
        <translation>HTTP/%1.%2 is not HTTP/1.x; this parser reads HTTP/1.0 and HTTP/1.1 (HTTP/2 and HTTP/3 are binary protocols)</translation>
    </message>
    <message>
        <source>this does not look like HTTP: the first bytes are &quot;%1&quot;</source>
        <translation>this does not look like HTTP: the first bytes are &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected one space after %1</source>
        <translation>expected one space after %1</translation>
    </message>
    <message>
        <source>the status code must be three digits, found &quot;%1&quot;</source>
        <translation>the status code must be three digits, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status code %1 is below 100</source>
        <translation>status code %1 is below 100</translation>
    </message>
    <message>
        <source>expected a space between the status code and the reason phrase</source>
        <translation>expected a space between the status code and the reason phrase</translation>
    </message>
    <message>
        <source>the request line has no HTTP version at its end (HTTP/0.9 requests are not supported): expected &quot;METHOD target HTTP/1.1&quot;</source>
        <translation>the request line has no HTTP version at its end (HTTP/0.9 requests are not supported): expected &quot;METHOD target HTTP/1.1&quot;</translation>
    </message>
    <message>
        <source>the request target is empty (two spaces after the method)</source>
        <translation>the request target is empty (two spaces after the method)</translation>
    </message>
    <message>
        <source>control byte 0x%1 in the request target</source>
        <translation>control byte 0x%1 in the request target</translation>
    </message>
    <message>
        <source>unexpected bytes after the HTTP version</source>
        <translation>unexpected bytes after the HTTP version</translation>
    </message>
    <message>
        <source>header line without a colon: &quot;%1&quot;</source>
        <translation>header line without a colon: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>header line with an empty name</source>
        <translation>header line with an empty name</translation>
    </message>
    <message>
        <source>white space inside or after a header name (before the colon) is not allowed</source>
        <translation>white space inside or after a header name (before the colon) is not allowed</translation>
    </message>
    <message>
        <source>byte 0x%1 is not allowed in a header name</source>
        <translation>byte 0x%1 is not allowed in a header name</translation>
    </message>
    <message>
        <source>NUL byte in a header value</source>
        <translation>NUL byte in a header value</translation>
    </message>
    <message>
        <source>the first field line begins with white space (a continuation of nothing)</source>
        <translation>the first field line begins with white space (a continuation of nothing)</translation>
    </message>
    <message>
        <source>obsolete line folding (a field line beginning with white space) is not allowed in a request or a trailer</source>
        <translation>obsolete line folding (a field line beginning with white space) is not allowed in a request or a trailer</translation>
    </message>
    <message>
        <source>Obsolete line folding at byte offset %1: the line continues the header &quot;%2&quot; and was joined to it with a space.</source>
        <translation>Obsolete line folding at byte offset %1: the line continues the header &quot;%2&quot; and was joined to it with a space.</translation>
    </message>
    <message>
        <source>more than %1 header or trailer lines</source>
        <translation>more than %1 header or trailer lines</translation>
    </message>
    <message>
        <source>chunk size too large</source>
        <translation>chunk size too large</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;: expected hexadecimal digits</source>
        <translation>invalid chunk size &quot;%1&quot;: expected hexadecimal digits</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;: byte 0x%2 after the hexadecimal digits</source>
        <translation>invalid chunk size &quot;%1&quot;: byte 0x%2 after the hexadecimal digits</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpUrl</name>
    <message>
        <source>Type a URL, for example http://127.0.0.1:8080/ (the built-in demo server).</source>
        <translation>Type a URL, for example http://127.0.0.1:8080/ (the built-in demo server).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: write http://%1 (or https:// for TLS).</source>
        <translation>&quot;%1&quot; has no scheme: write http://%1 (or https:// for TLS).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2. A URL looks like http://127.0.0.1:8080/path.</source>
        <translation>&quot;%1&quot; is not a valid URL: %2. A URL looks like http://127.0.0.1:8080/path.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the scheme &quot;%2&quot;; the HTTP panel speaks only http:// and https://.</source>
        <translation>&quot;%1&quot; uses the scheme &quot;%2&quot;; the HTTP panel speaks only http:// and https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host: write the server&apos;s name or address after %2://, e.g. %2://127.0.0.1:8080/.</source>
        <translation>&quot;%1&quot; has no host: write the server&apos;s name or address after %2://, e.g. %2://127.0.0.1:8080/.</translation>
    </message>
</context>
<context>
    <name>swb::net::JsonFields</name>
    <message>
        <source>%1, &quot;%2&quot;: %3</source>
        <translation>%1, &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>expected text</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>expected a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an object { ... }</source>
        <translation>expected an object { ... }</translation>
    </message>
    <message>
        <source>expected text for language &quot;%1&quot;</source>
        <translation>expected text for language &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown reply &quot;%1&quot; (use none, echo, prefix, timestamp, fixed, template, time-format or http-demo)</source>
        <translation>unknown reply &quot;%1&quot; (use none, echo, prefix, timestamp, fixed, template, time-format or http-demo)</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalClientEndpoint</name>
    <message>
        <source>connecting to %1</source>
        <translation>connecting to %1</translation>
    </message>
    <message>
        <source>connected to %1 (AF_UNIX)</source>
        <translation>connected to %1 (AF_UNIX)</translation>
    </message>
    <message>
        <source>connected to %1 (AF_UNIX), served by %2</source>
        <translation>connected to %1 (AF_UNIX), served by %2</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalServerEndpoint</name>
    <message>
        <source>removed the stale socket file %1</source>
        <translation>removed the stale socket file %1</translation>
    </message>
    <message>
        <source>Removed the stale socket file %1.</source>
        <translation>Removed the stale socket file %1.</translation>
    </message>
    <message>
        <source>listening on a socket file, backlog %1, mode 0600 (only you may connect)</source>
        <translation>listening on a socket file, backlog %1, mode 0600 (only you may connect)</translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation>closed because the server stopped</translation>
    </message>
    <message>
        <source>server stopped, socket file removed</source>
        <translation>server stopped, socket file removed</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalSocketPath</name>
    <message>
        <source>Type the path of the socket file, for example %1 ({runtime} is your runtime folder, %2).</source>
        <translation>Type the path of the socket file, for example %1 ({runtime} is your runtime folder, %2).</translation>
    </message>
    <message>
        <source>The path %1 is %2 bytes long, but a local socket path may have at most %3 bytes (the size of sun_path in struct sockaddr_un). Choose a shorter path, for example in %4.</source>
        <translation>The path %1 is %2 bytes long, but a local socket path may have at most %3 bytes (the size of sun_path in struct sockaddr_un). Choose a shorter path, for example in %4.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the socket file %2 cannot be created in it. Create the folder first (mkdir -p %1) or choose another path.</source>
        <translation>The folder %1 does not exist, so the socket file %2 cannot be created in it. Create the folder first (mkdir -p %1) or choose another path.</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket file. The workbench never deletes other files: choose another path.</source>
        <translation>%1 exists and is not a socket file. The workbench never deletes other files: choose another path.</translation>
    </message>
    <message>
        <source>Another program (or another panel) is already listening on %1. Stop it, or choose another path. To see which program it is, run: ss -xlp | grep &apos;%1&apos;</source>
        <translation>Another program (or another panel) is already listening on %1. Stop it, or choose another path. To see which program it is, run: ss -xlp | grep &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The socket file %1 is stale: it exists, but nothing is listening on it. A server that crashed or was killed left it behind, and bind() fails while it is there. Remove it and listen, or choose another path. (In Python: os.unlink(path) before bind().)</source>
        <translation>The socket file %1 is stale: it exists, but nothing is listening on it. A server that crashed or was killed left it behind, and bind() fails while it is there. Remove it and listen, or choose another path. (In Python: os.unlink(path) before bind().)</translation>
    </message>
    <message>
        <source>%1 exists, but you may not use it (it belongs to another user?). Choose another path, for example in your runtime folder %2.</source>
        <translation>%1 exists, but you may not use it (it belongs to another user?). Choose another path, for example in your runtime folder %2.</translation>
    </message>
    <message>
        <source>Cannot check %1: %2.</source>
        <translation>Cannot check %1: %2.</translation>
    </message>
    <message>
        <source>Cannot remove the stale socket file %1: %2. Remove it yourself (rm &apos;%1&apos;) or choose another path.</source>
        <translation>Cannot remove the stale socket file %1: %2. Remove it yourself (rm &apos;%1&apos;) or choose another path.</translation>
    </message>
    <message>
        <source>%1 appeared while the server was starting: another program created it. Press Start again to see what it is.</source>
        <translation>%1 appeared while the server was starting: another program created it. Press Start again to see what it is.</translation>
    </message>
    <message>
        <source>Permission denied: you may not create files in %1. Choose a folder of your own, such as your runtime folder %2.</source>
        <translation>Permission denied: you may not create files in %1. Choose a folder of your own, such as your runtime folder %2.</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. Choose another folder, such as %2.</source>
        <translation>%1 is on a read-only file system. Choose another folder, such as %2.</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Cannot listen on %1: %2.</translation>
    </message>
    <message>
        <source>There is no socket file %1: no server is listening there. Start the server first; it creates the file when it starts listening.</source>
        <translation>There is no socket file %1: no server is listening there. Start the server first; it creates the file when it starts listening.</translation>
    </message>
    <message>
        <source>Connection refused at %1: the socket file exists, but nothing is listening on it. It is probably a stale file left by a server that crashed; start the server again (the workbench&apos;s server offers to remove the stale file).</source>
        <translation>Connection refused at %1: the socket file exists, but nothing is listening on it. It is probably a stale file left by a server that crashed; start the server again (the workbench&apos;s server offers to remove the stale file).</translation>
    </message>
    <message>
        <source>Permission denied for %1: the socket file belongs to another user, or its mode does not let you connect (the workbench&apos;s servers allow only their owner).</source>
        <translation>Permission denied for %1: the socket file belongs to another user, or its mode does not let you connect (the workbench&apos;s servers allow only their owner).</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>The peer closed the connection.</translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open sockets?): %1.</source>
        <translation>The system ran out of resources (too many open sockets?): %1.</translation>
    </message>
    <message>
        <source>Local socket error with %1: %2.</source>
        <translation>Local socket error with %1: %2.</translation>
    </message>
</context>
<context>
    <name>swb::net::PayloadComposer</name>
    <message>
        <source>Not a hex digit: &apos;%1&apos; at position %2.</source>
        <translation>Not a hex digit: &apos;%1&apos; at position %2.</translation>
    </message>
    <message>
        <source>&apos;0x&apos; at position %1 is not followed by hex digits.</source>
        <translation>&apos;0x&apos; at position %1 is not followed by hex digits.</translation>
    </message>
    <message>
        <source>Odd number of hex digits: &apos;%1&apos; at position %2 has no partner; write each byte as two digits.</source>
        <translation>Odd number of hex digits: &apos;%1&apos; at position %2 has no partner; write each byte as two digits.</translation>
    </message>
    <message>
        <source>Lone backslash at the end (position %1). Write \\ for a literal backslash.</source>
        <translation>Lone backslash at the end (position %1). Write \\ for a literal backslash.</translation>
    </message>
    <message>
        <source>\x at position %1 must be followed by exactly two hex digits, e.g. \x0A.</source>
        <translation>\x at position %1 must be followed by exactly two hex digits, e.g. \x0A.</translation>
    </message>
    <message>
        <source>Backslash at position %1 is followed by %2, not an escape letter. Write \\ for a literal backslash.</source>
        <translation>Backslash at position %1 is followed by %2, not an escape letter. Write \\ for a literal backslash.</translation>
    </message>
    <message>
        <source>Unknown escape &apos;\%1&apos; at position %2. Known escapes: \r \n \t \\ \0 \&quot; \&apos; \xNN.</source>
        <translation>Unknown escape &apos;\%1&apos; at position %2. Known escapes: \r \n \t \\ \0 \&quot; \&apos; \xNN.</translation>
    </message>
</context>
<context>
    <name>swb::net::PrivateSaveFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>Cannot write &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>swb::net::RawModeSession</name>
    <message numerus="yes">
        <source>%1 %2 → %3 %4, %5 bytes, %6 ms%7</source>
        <translation>
            <numerusform>%1 %2 → %3 %4, %5 byte, %6 ms%7</numerusform>
            <numerusform>%1 %2 → %3 %4, %5 bytes, %6 ms%7</numerusform>
        </translation>
    </message>
    <message>
        <source> (same connection, reused)</source>
        <translation> (same connection, reused)</translation>
    </message>
</context>
<context>
    <name>swb::net::RawRequest</name>
    <message>
        <source>The request is empty. Start with a request line such as GET / HTTP/1.1\r\n.</source>
        <translation>The request is empty. Start with a request line such as GET / HTTP/1.1\r\n.</translation>
    </message>
</context>
<context>
    <name>swb::net::ReplayLoader</name>
    <message>
        <source>Line %1 of &quot;%2&quot; is not a traffic event: %3</source>
        <translation>Line %1 of &quot;%2&quot; is not a traffic event: %3</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 fields instead of %2</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not an ISO date</source>
        <translation>the time &quot;%1&quot; is not an ISO date</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; or kind &quot;%2&quot;</source>
        <translation>unknown protocol &quot;%1&quot; or kind &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>a traffic file</translation>
    </message>
</context>
<context>
    <name>swb::net::ReplyEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation>Fixed reply</translation>
    </message>
    <message>
        <source>Time format: %1</source>
        <translation>Time format: %1</translation>
    </message>
    <message>
        <source>Invalid time format: %1</source>
        <translation>Invalid time format: %1</translation>
    </message>
</context>
<context>
    <name>swb::net::SafeFile</name>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>Cannot write %1 &quot;%2&quot;: %3.</source>
        <translation>Cannot write %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>Cannot open %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a regular file: it cannot be used as %3.</source>
        <translation>&quot;%1&quot; is %2, not a regular file: it cannot be used as %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for %2: %3 bytes, over the limit of %4 bytes.</source>
        <translation>&quot;%1&quot; is too large for %2: %3 bytes, over the limit of %4 bytes.</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>Cannot create the folder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2.</source>
        <translation>Cannot create the folder &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a folder that belongs to another user</source>
        <translation>a folder that belongs to another user</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, so the app will not use it as its private folder. Someone else may have created it to see or redirect your files: remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>&quot;%1&quot; is %2, so the app will not use it as its private folder. Someone else may have created it to see or redirect your files: remove it, or set XDG_RUNTIME_DIR.</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
</context>
<context>
    <name>swb::net::SocketErrors</name>
    <message>
        <source>Port %1 is below 1024, and only the administrator may use such ports. Choose a port from 1024 up, for example 8001.</source>
        <translation>Port %1 is below 1024, and only the administrator may use such ports. Choose a port from 1024 up, for example 8001.</translation>
    </message>
    <message>
        <source>This machine has no address %1, so nothing can listen on it. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every address of this machine).</source>
        <translation>This machine has no address %1, so nothing can listen on it. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every address of this machine).</translation>
    </message>
    <message>
        <source>Too many open files: the system ran out of socket descriptors. Close some connections and try again.</source>
        <translation>Too many open files: the system ran out of socket descriptors. Close some connections and try again.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>Cannot listen on %1 port %2: %3.</translation>
    </message>
    <message>
        <source>Connection refused by %1 port %2: nothing is listening there. Start the server first; with TCP the server must be running before the client connects.</source>
        <translation>Connection refused by %1 port %2: nothing is listening there. Start the server first; with TCP the server must be running before the client connects.</translation>
    </message>
    <message>
        <source>Note: &quot;localhost&quot; may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</source>
        <translation>Note: &quot;localhost&quot; may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1.</source>
        <translation>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>The peer closed the connection.</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 in time. A firewall may be dropping the packets, or the host is down.</source>
        <translation>No answer from %1 port %2 in time. A firewall may be dropping the packets, or the host is down.</translation>
    </message>
    <message>
        <source>Network error with %1 port %2: %3. The peer may have reset the connection or the network is unreachable.</source>
        <translation>Network error with %1 port %2: %3. The peer may have reset the connection or the network is unreachable.</translation>
    </message>
    <message>
        <source>Permission denied for %1 port %2: %3.</source>
        <translation>Permission denied for %1 port %2: %3.</translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open sockets?): %1.</source>
        <translation>The system ran out of resources (too many open sockets?): %1.</translation>
    </message>
    <message>
        <source>Socket error with %1 port %2: %3.</source>
        <translation>Socket error with %1 port %2: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</source>
        <translation>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</source>
        <translation>&quot;%1&quot; is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp &apos;sport = :%1&apos;. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</source>
        <translation>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp &apos;sport = :%1&apos;. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamClientEndpoint</name>
    <message>
        <source>closed by this client</source>
        <translation>closed by this client</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>closed by the peer</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Disconnected from %1.</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamServerEndpoint</name>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n byte from %1</numerusform>
            <numerusform>%n bytes from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection from %1 closed (%2).</source>
        <translation>Connection from %1 closed (%2).</translation>
    </message>
    <message>
        <source>Connection from %1 closed.</source>
        <translation>Connection from %1 closed.</translation>
    </message>
    <message>
        <source>Accept new connection from %1</source>
        <translation>Accept new connection from %1</translation>
    </message>
    <message>
        <source>closed by the user</source>
        <translation>closed by the user</translation>
    </message>
    <message>
        <source>Cannot accept a new connection on %1: the program has run out of file descriptors (EMFILE, &quot;Too many open files&quot;). New clients wait in the kernel&apos;s queue; connected clients are still served, and the server tries again every second. Close some connections, or raise the limit (ulimit -n) before starting the program.</source>
        <translation>Cannot accept a new connection on %1: the program has run out of file descriptors (EMFILE, &quot;Too many open files&quot;). New clients wait in the kernel&apos;s queue; connected clients are still served, and the server tries again every second. Close some connections, or raise the limit (ulimit -n) before starting the program.</translation>
    </message>
    <message>
        <source>Cannot accept a new connection on %1: %2. Connected clients are still served; the server tries again every second.</source>
        <translation>Cannot accept a new connection on %1: %2. Connected clients are still served; the server tries again every second.</translation>
    </message>
    <message>
        <source>Accepting new connections again.</source>
        <translation>Accepting new connections again.</translation>
    </message>
    <message>
        <source>Connection from %1 was reset by the peer (RST).</source>
        <translation>Connection from %1 was reset by the peer (RST).</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamSession</name>
    <message>
        <source>closed by the server after greeting</source>
        <translation>closed by the server after greeting</translation>
    </message>
    <message>
        <source>closed by the server after sending the close word</source>
        <translation>closed by the server after sending the close word</translation>
    </message>
    <message>
        <source>closed by the server after replying</source>
        <translation>closed by the server after replying</translation>
    </message>
    <message>
        <source>closed by the server: the close word arrived</source>
        <translation>closed by the server: the close word arrived</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>closed by the peer</translation>
    </message>
    <message>
        <source>%1 sends faster than it reads the replies: %2 bytes of replies are waiting, so the server stops reading from it until it has read them (backpressure).</source>
        <translation>%1 sends faster than it reads the replies: %2 bytes of replies are waiting, so the server stops reading from it until it has read them (backpressure).</translation>
    </message>
    <message>
        <source>reset by the peer: RST, not an orderly close</source>
        <translation>reset by the peer: RST, not an orderly close</translation>
    </message>
</context>
<context>
    <name>swb::net::StrftimeFormatter</name>
    <message>
        <source>Lone &apos;%&apos; at the end (position %1); write %% for a literal percent sign.</source>
        <translation>Lone &apos;%&apos; at the end (position %1); write %% for a literal percent sign.</translation>
    </message>
    <message>
        <source>Unknown directive %1 at position %2.</source>
        <translation>Unknown directive %1 at position %2.</translation>
    </message>
    <message>
        <source>Directive %1 at position %2 is wider than %3 characters.</source>
        <translation>Directive %1 at position %2 is wider than %3 characters.</translation>
    </message>
</context>
<context>
    <name>swb::net::SystemErrorText</name>
    <message>
        <source>address already in use</source>
        <translation>address already in use</translation>
    </message>
    <message>
        <source>address not available on this machine</source>
        <translation>address not available on this machine</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operation not permitted</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>connection reset by the peer</source>
        <translation>connection reset by the peer</translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation>connection aborted</translation>
    </message>
    <message>
        <source>broken pipe: the peer has closed the connection</source>
        <translation>broken pipe: the peer has closed the connection</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>connection timed out</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>no route to the host</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>network unreachable</translation>
    </message>
    <message>
        <source>network is down</source>
        <translation>network is down</translation>
    </message>
    <message>
        <source>the socket is not connected</source>
        <translation>the socket is not connected</translation>
    </message>
    <message>
        <source>too many open files in this program</source>
        <translation>too many open files in this program</translation>
    </message>
    <message>
        <source>too many open files in the system</source>
        <translation>too many open files in the system</translation>
    </message>
    <message>
        <source>no buffer space available</source>
        <translation>no buffer space available</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>no such file or directory</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>file name too long</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>no space left on the disk</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>read-only file system</translation>
    </message>
    <message>
        <source>not a socket</source>
        <translation>not a socket</translation>
    </message>
    <message>
        <source>message too long for one datagram</source>
        <translation>message too long for one datagram</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>invalid argument</translation>
    </message>
    <message>
        <source>resource temporarily unavailable: try again</source>
        <translation>resource temporarily unavailable: try again</translation>
    </message>
    <message>
        <source>address family not supported</source>
        <translation>address family not supported</translation>
    </message>
    <message>
        <source>protocol not supported</source>
        <translation>protocol not supported</translation>
    </message>
    <message>
        <source>no such network interface</source>
        <translation>no such network interface</translation>
    </message>
    <message>
        <source>operation not supported on this socket</source>
        <translation>operation not supported on this socket</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>system error %1</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>the peer closed the connection</translation>
    </message>
</context>
<context>
    <name>swb::net::TcpClientEndpoint</name>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>connecting to %1 port %2</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>connected to %1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>Connected to %1 from %2.</translation>
    </message>
</context>
<context>
    <name>swb::net::TcpServerEndpoint</name>
    <message>
        <source>listening, backlog %1, SO_REUSEADDR %2</source>
        <translation>listening, backlog %1, SO_REUSEADDR %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation>closed because the server stopped</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>server stopped</translation>
    </message>
</context>
<context>
    <name>swb::net::TlsInfo</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>swb::net::TrafficWriter</name>
    <message>
        <source>Writing the traffic file &quot;%1&quot; failed: %2.</source>
        <translation>Writing the traffic file &quot;%1&quot; failed: %2.</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>a traffic file</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpEndpoint</name>
    <message>
        <source>Bound to %1 (receive buffer %2 KiB).</source>
        <translation>Bound to %1 (receive buffer %2 KiB).</translation>
    </message>
    <message>
        <source>Bound to %1 by the first send, as sendto() does in Python, so replies can come back (receive buffer %2 KiB).</source>
        <translation>Bound to %1 by the first send, as sendto() does in Python, so replies can come back (receive buffer %2 KiB).</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>Closed %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>%n byte from %1</numerusform>
            <numerusform>%n bytes from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n datagram(s) were waiting for it.)</source>
        <translation>
            <numerusform>(%n datagram was waiting for it.)</numerusform>
            <numerusform>(%n datagrams were waiting for it.)</numerusform>
        </translation>
    </message>
    <message>
        <source>connect() to %1: only its datagrams are received now, and an ICMP &quot;port unreachable&quot; from it is reported.</source>
        <translation>connect() to %1: only its datagrams are received now, and an ICMP &quot;port unreachable&quot; from it is reported.</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpMessages</name>
    <message>
        <source>%1 is a broadcast address, and sending to it needs SO_BROADCAST (setsockopt(SOL_SOCKET, SO_BROADCAST, 1)). Tick &quot;Broadcast&quot; and send again.</source>
        <translation>%1 is a broadcast address, and sending to it needs SO_BROADCAST (setsockopt(SOL_SOCKET, SO_BROADCAST, 1)). Tick &quot;Broadcast&quot; and send again.</translation>
    </message>
    <message>
        <source>Permission denied sending to %1 (a firewall rule?).</source>
        <translation>Permission denied sending to %1 (a firewall rule?).</translation>
    </message>
    <message>
        <source>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered an earlier datagram with an ICMP &quot;port unreachable&quot; message.</source>
        <translation>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered an earlier datagram with an ICMP &quot;port unreachable&quot; message.</translation>
    </message>
    <message>
        <source>The system&apos;s send queue is full, so this datagram to %1 was not sent. UDP does not wait: send more slowly, or try again.</source>
        <translation>The system&apos;s send queue is full, so this datagram to %1 was not sent. UDP does not wait: send more slowly, or try again.</translation>
    </message>
    <message>
        <source>The datagram is too large for the way to %1.</source>
        <translation>The datagram is too large for the way to %1.</translation>
    </message>
    <message>
        <source>No route to %1: this machine has no network path there. Check the address; on a machine without network only 127.0.0.1 works.</source>
        <translation>No route to %1: this machine has no network path there. Check the address; on a machine without network only 127.0.0.1 works.</translation>
    </message>
    <message>
        <source>Cannot send from %1 to %2: a socket bound to a loopback address such as 127.0.0.1 can only reach this machine. Bind to 0.0.0.0 to reach others.</source>
        <translation>Cannot send from %1 to %2: a socket bound to a loopback address such as 127.0.0.1 can only reach this machine. Bind to 0.0.0.0 to reach others.</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2.</source>
        <translation>Cannot send to %1: %2.</translation>
    </message>
    <message>
        <source>A UDP datagram over %1 carries at most %2 bytes (65,535 minus the %3 and UDP headers); this one has %4 bytes and was not sent. Split it into several datagrams.</source>
        <translation>A UDP datagram over %1 carries at most %2 bytes (65,535 minus the %3 and UDP headers); this one has %4 bytes and was not sent. Split it into several datagrams.</translation>
    </message>
    <message>
        <source>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered with an ICMP &quot;port unreachable&quot; message.</source>
        <translation>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered with an ICMP &quot;port unreachable&quot; message.</translation>
    </message>
    <message>
        <source>ICMP error about a datagram to %1: %2.</source>
        <translation>ICMP error about a datagram to %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>(%n time)</numerusform>
            <numerusform>(%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>This socket is bound to the IPv4 address %1 and cannot send to the IPv6 address %2. Bind to :: (both families) or use an IPv4 target such as 127.0.0.1.</source>
        <translation>This socket is bound to the IPv4 address %1 and cannot send to the IPv6 address %2. Bind to :: (both families) or use an IPv4 target such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multicast group address. IPv4 groups are 224.0.0.0 to 239.255.255.255 (239.x.y.z for local tests); IPv6 groups start with ff, such as ff02::1:3.</source>
        <translation>&quot;%1&quot; is not a multicast group address. IPv4 groups are 224.0.0.0 to 239.255.255.255 (239.x.y.z for local tests); IPv6 groups start with ff, such as ff02::1:3.</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>the default interface</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3. The interface may have no multicast support or no address; choose another interface, or &quot;lo&quot; for tests on this machine.</source>
        <translation>Cannot join %1 on %2: %3. The interface may have no multicast support or no address; choose another interface, or &quot;lo&quot; for tests on this machine.</translation>
    </message>
    <message>
        <source>Cannot leave %1 on %2: %3.</source>
        <translation>Cannot leave %1 on %2: %3.</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3.</source>
        <translation>Cannot join %1 on %2: %3.</translation>
    </message>
    <message>
        <source>This machine has no network interface &quot;%1&quot;.</source>
        <translation>This machine has no network interface &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Joined %1, but this socket is bound to %2: datagrams sent to the group carry the group&apos;s address, not %2, so they do not reach this socket. Bind to 0.0.0.0 (or ::) to receive them.</source>
        <translation>Joined %1, but this socket is bound to %2: datagrams sent to the group carry the group&apos;s address, not %2, so they do not reach this socket. Bind to 0.0.0.0 (or ::) to receive them.</translation>
    </message>
    <message>
        <source>No target: enter the host and port to send to (the port must not be 0), or choose &quot;selected sender&quot; to reply to someone you heard from.</source>
        <translation>No target: enter the host and port to send to (the port must not be 0), or choose &quot;selected sender&quot; to reply to someone you heard from.</translation>
    </message>
    <message>
        <source>UDP port %1 on %2 is already in use: another program, or another panel, has bound it. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -lunp &apos;sport = :%1&apos;. Two sockets may share a UDP port only if both turn on &quot;share address&quot; (SO_REUSEADDR) before bind().</source>
        <translation>UDP port %1 on %2 is already in use: another program, or another panel, has bound it. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -lunp &apos;sport = :%1&apos;. Two sockets may share a UDP port only if both turn on &quot;share address&quot; (SO_REUSEADDR) before bind().</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1. Nothing was sent.</source>
        <translation>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpMulticast</name>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation>Joined the multicast group %1.</translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation>Left the multicast group %1.</translation>
    </message>
    <message>
        <source>Cannot send multicast through %1: %2.</source>
        <translation>Cannot send multicast through %1: %2.</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>the default interface</translation>
    </message>
    <message>
        <source>Cannot set the multicast TTL to %1: %2.</source>
        <translation>Cannot set the multicast TTL to %1: %2.</translation>
    </message>
    <message>
        <source>Cannot change multicast loopback: %1.</source>
        <translation>Cannot change multicast loopback: %1.</translation>
    </message>
</context>
<context>
    <name>swb::net::UnavailableFeature</name>
    <message>
        <source>%1: not available on this system</source>
        <translation>%1: not available on this system</translation>
    </message>
</context>
<context>
    <name>swb::widgets::BehaviourEditor</name>
    <message>
        <source>Reply:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <source>None (you type the replies)</source>
        <translation>None (you type the replies)</translation>
    </message>
    <message>
        <source>Echo (send back what arrived)</source>
        <translation>Echo (send back what arrived)</translation>
    </message>
    <message>
        <source>Prefix + message</source>
        <translation>Prefix + message</translation>
    </message>
    <message>
        <source>Time stamp + message</source>
        <translation>Time stamp + message</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Fixed text</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>e.g. received: </source>
        <translation>e.g. received: </translation>
    </message>
    <message>
        <source>strftime format, e.g. [%Y-%m-%d %X]:</source>
        <translation>strftime format, e.g. [%Y-%m-%d %X]:</translation>
    </message>
    <message>
        <source>Like Python&apos;s time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</source>
        <translation>Like Python&apos;s time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</translation>
    </message>
    <message>
        <source>e.g. I can see you.  (escapes like \r\n allowed)</source>
        <translation>e.g. I can see you.  (escapes like \r\n allowed)</translation>
    </message>
    <message>
        <source>e.g. Hello, {data}!</source>
        <translation>e.g. Hello, {data}!</translation>
    </message>
    <message>
        <source>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client&apos;s address.</source>
        <translation>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client&apos;s address.</translation>
    </message>
    <message>
        <source>Greet on connect:</source>
        <translation>Greet on connect:</translation>
    </message>
    <message>
        <source>e.g. Welcome!\r\n</source>
        <translation>e.g. Welcome!\r\n</translation>
    </message>
    <message>
        <source>then close the connection</source>
        <translation>then close the connection</translation>
    </message>
    <message>
        <source>Close the connection after the first reply</source>
        <translation>Close the connection after the first reply</translation>
    </message>
    <message>
        <source>Close when a message is:</source>
        <translation>Close when a message is:</translation>
    </message>
    <message>
        <source>e.g. exit or q</source>
        <translation>e.g. exit or q</translation>
    </message>
    <message>
        <source>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes&apos; chat.</source>
        <translation>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes&apos; chat.</translation>
    </message>
    <message>
        <source>Reply delay:</source>
        <translation>Reply delay:</translation>
    </message>
    <message>
        <source>Append received bytes to:</source>
        <translation>Append received bytes to:</translation>
    </message>
    <message>
        <source>file name, e.g. message</source>
        <translation>file name, e.g. message</translation>
    </message>
    <message>
        <source>Every received byte is appended and flushed at once. A relative name is relative to the folder the app was started in.</source>
        <translation>Every received byte is appended and flushed at once. A relative name is relative to the folder the app was started in.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Append received bytes to</source>
        <translation>Append received bytes to</translation>
    </message>
    <message>
        <source>Time in the format received</source>
        <translation>Time in the format received</translation>
    </message>
    <message>
        <source>Each message is a strftime format such as %Y-%m-%d %H:%M:%S; the reply is the current time in that format.</source>
        <translation>Each message is a strftime format such as %Y-%m-%d %H:%M:%S; the reply is the current time in that format.</translation>
    </message>
    <message>
        <source>HTTP demo site</source>
        <translation>HTTP demo site</translation>
    </message>
    <message>
        <source>Answers HTTP/1.1 like a small web server, for classes without internet; point a browser or curl at it. Paths:
%1</source>
        <translation>Answers HTTP/1.1 like a small web server, for classes without internet; point a browser or curl at it. Paths:
%1</translation>
    </message>
    <message>
        <source>Log the length of every message</source>
        <translation>Log the length of every message</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds, after a number</comment>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ByteDetailView</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>How the bytes are decoded into the text on the right</source>
        <translation>How the bytes are decoded into the text on the right</translation>
    </message>
    <message>
        <source>Every byte in hex and ASCII; %1 copies the dump</source>
        <translation>Every byte in hex and ASCII; %1 copies the dump</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>No payload</translation>
    </message>
    <message>
        <source>The payload decoded as text. Control characters are shown as escapes such as \r or \x00; lines longer than %1 characters are broken for display and marked with %2.</source>
        <translation>The payload decoded as text. Control characters are shown as escapes such as \r or \x00; lines longer than %1 characters are broken for display and marked with %2.</translation>
    </message>
    <message>
        <source>Select a row to see its bytes.</source>
        <translation>Select a row to see its bytes.</translation>
    </message>
    <message>
        <source>… (showing the first 4 MiB of %1 bytes; the hex view shows all)</source>
        <translation>… (showing the first 4 MiB of %1 bytes; the hex view shows all)</translation>
    </message>
</context>
<context>
    <name>swb::widgets::CertificateCard</name>
    <message>
        <source>&lt;b&gt;Server certificate&lt;/b&gt;</source>
        <translation>&lt;b&gt;Server certificate&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server certificate&lt;/b&gt;: none yet (only HTTPS has one).</source>
        <translation>&lt;b&gt;Server certificate&lt;/b&gt;: none yet (only HTTPS has one).</translation>
    </message>
    <message>
        <source>%1 (self-signed: it vouches for itself)</source>
        <translation>%1 (self-signed: it vouches for itself)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>valid now</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>EXPIRED</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>NOT YET VALID</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 to %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n certificate: %1</numerusform>
            <numerusform>%n certificates: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not negotiated</source>
        <translation>not negotiated</translation>
    </message>
    <message>
        <source>Certificate errors, accepted because you chose &quot;Continue anyway&quot; (the connection is encrypted, but nobody vouches for who is at the other end):
%1</source>
        <translation>Certificate errors, accepted because you chose &quot;Continue anyway&quot; (the connection is encrypted, but nobody vouches for who is at the other end):
%1</translation>
    </message>
    <message>
        <source>The certificate was not accepted, so the request was not sent:
%1</source>
        <translation>The certificate was not accepted, so the request was not sent:
%1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative names:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chain:</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protocol:</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>Cipher:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Continue anyway (insecure)</source>
        <translation>Continue anyway (insecure)</translation>
    </message>
    <message>
        <source>Ticks &quot;Accept invalid certificates&quot; and sends the request again. Do this only for a server you run yourself, such as a test server with a self-signed certificate.</source>
        <translation>Ticks &quot;Accept invalid certificates&quot; and sends the request again. Do this only for a server you run yourself, such as a test server with a self-signed certificate.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ConnectionInfoView</name>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>looking up the host name</source>
        <translation>looking up the host name</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>bound</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>State: %1 · family %2 · type SOCK_STREAM (TCP) · local (laddr) %3 · remote (raddr) %4</source>
        <translation>State: %1 · family %2 · type SOCK_STREAM (TCP) · local (laddr) %3 · remote (raddr) %4</translation>
    </message>
    <message>
        <source>What print(sock) shows in Python for this connection.</source>
        <translation>What print(sock) shows in Python for this connection.</translation>
    </message>
    <message>
        <source>State: %1 · family AF_UNIX · type SOCK_STREAM · socket file (raddr) %2 · local end (laddr): unnamed, %3</source>
        <translation>State: %1 · family AF_UNIX · type SOCK_STREAM · socket file (raddr) %2 · local end (laddr): unnamed, %3</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ConversationView</name>
    <message>
        <source>%1 (%2): %3 ⇄ %4</source>
        <translation>%1 (%2): %3 ⇄ %4</translation>
    </message>
    <message>
        <source>The bytes that end a message; \r \n \t \xNN are allowed</source>
        <translation>The bytes that end a message; \r \n \t \xNN are allowed</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %Ln byte(s)</source>
        <translation>
            <numerusform>%1 %2, %Ln byte</numerusform>
            <numerusform>%1 %2, %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>No connection or peer yet: conversations appear once a client connects or a datagram arrives.</source>
        <translation>No connection or peer yet: conversations appear once a client connects or a datagram arrives.</translation>
    </message>
    <message numerus="yes">
        <source>— the oldest %1 bytes are not shown</source>
        <translation>
            <numerusform>— the oldest %1 byte is not shown</numerusform>
            <numerusform>— the oldest %1 bytes are not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation>&amp;Conversation:</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Messages:</translation>
    </message>
    <message>
        <source>as received</source>
        <translation>as received</translation>
    </message>
    <message>
        <source>by line (\n)</source>
        <translation>by line (\n)</translation>
    </message>
    <message>
        <source>by delimiter</source>
        <translation>by delimiter</translation>
    </message>
    <message>
        <source>by fixed length</source>
        <translation>by fixed length</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Read the conversation again every second while new traffic arrives</source>
        <translation>Read the conversation again every second while new traffic arrives</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the list of conversations and the chosen one again</source>
        <translation>Read the list of conversations and the chosen one again</translation>
    </message>
    <message>
        <source>&quot;As received&quot; shows each read and write, so you can see where the network merged or split messages; the others put each direction&apos;s stream back together and cut it into messages</source>
        <translation>&quot;As received&quot; shows each read and write, so you can see where the network merged or split messages; the others put each direction&apos;s stream back together and cut it into messages</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: a longer text would make the window slow. The message table lists every message.</source>
        <translation>Showing the first %1 of %2: a longer text would make the window slow. The message table lists every message.</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>The conversation&apos;s bytes in order as one text: sent in blue with →, received in orange on a shaded background with ←. Click a message to see its bytes below.</source>
        <translation>The conversation&apos;s bytes in order as one text: sent in blue with →, received in orange on a shaded background with ←. Click a message to see its bytes below.</translation>
    </message>
    <message>
        <source>Message table</source>
        <translation>Message table</translation>
    </message>
    <message>
        <source>One row per message, as framed above</source>
        <translation>One row per message, as framed above</translation>
    </message>
    <message numerus="yes">
        <source>→ %1 sent (blue), ← %2 received (orange), %Ln message(s)</source>
        <translation>
            <numerusform>→ %1 sent (blue), ← %2 received (orange), %Ln message</numerusform>
            <numerusform>→ %1 sent (blue), ← %2 received (orange), %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::DockTitleBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ErrorCoachPane</name>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation>What to try:</translation>
    </message>
    <message>
        <source>No port to check: the panel uses port 0 (any free port).</source>
        <translation>No port to check: the panel uses port 0 (any free port).</translation>
    </message>
    <message>
        <source>Testing loopback…</source>
        <translation>Testing loopback…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Looking up %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 resolves to, in this order:</source>
        <translation>%1 resolves to, in this order:</translation>
    </message>
    <message>
        <source>  %1 (IPv6)</source>
        <translation>  %1 (IPv6)</translation>
    </message>
    <message>
        <source>  %1 (IPv4)</source>
        <translation>  %1 (IPv4)</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>Situation:</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpBodyView</name>
    <message>
        <source>No body.</source>
        <translation>No body.</translation>
    </message>
    <message>
        <source>Charset %1: chosen by you (found: %2, %3)</source>
        <translation>Charset %1: chosen by you (found: %2, %3)</translation>
    </message>
    <message>
        <source>Charset %1, a guess: %2. Nothing in the response names it; choose another if the text looks wrong.</source>
        <translation>Charset %1, a guess: %2. Nothing in the response names it; choose another if the text looks wrong.</translation>
    </message>
    <message>
        <source>Charset %1: %2</source>
        <translation>Charset %1: %2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes. Save the body to get all of it.</source>
        <translation>Showing the first %1 of %2 bytes. Save the body to get all of it.</translation>
    </message>
    <message>
        <source>Decode as:</source>
        <translation>Decode as:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>The charset comes from the Content-Type header, else from &lt;meta charset&gt; in the page, else from a byte order mark, else it is guessed. Choose another one if the text looks garbled.</source>
        <translation>The charset comes from the Content-Type header, else from &lt;meta charset&gt; in the page, else from a byte order mark, else it is guessed. Choose another one if the text looks garbled.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpChunkView</name>
    <message>
        <source>0x%1: &quot;%2&quot;</source>
        <translation>0x%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>0 (last chunk)</source>
        <translation>0 (last chunk)</translation>
    </message>
    <message>
        <source>0x%1 to 0x%2</source>
        <translation>0x%1 to 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>De-chunked body: %n byte(s) (chunk framing removed)</source>
        <translation>
            <numerusform>De-chunked body: %n byte (chunk framing removed)</numerusform>
            <numerusform>De-chunked body: %n bytes (chunk framing removed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chunk %1: %n byte(s) of data</source>
        <translation>
            <numerusform>Chunk %1: %n byte of data</numerusform>
            <numerusform>Chunk %1: %n bytes of data</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size line (offset: text)</source>
        <translation>Size line (offset: text)</translation>
    </message>
    <message>
        <source>Data bytes</source>
        <translation>Data bytes</translation>
    </message>
    <message>
        <source>Data (offsets)</source>
        <translation>Data (offsets)</translation>
    </message>
    <message>
        <source>This response is not chunked: its body is sent as it is, framed by Content-Length or by the server closing the connection.</source>
        <translation>This response is not chunked: its body is sent as it is, framed by Content-Length or by the server closing the connection.</translation>
    </message>
    <message numerus="yes">
        <source>Transfer-Encoding: chunked. Each chunk is a line with its size in hexadecimal, the data, and CR LF; a chunk of size 0 ends the body. %n chunk(s). Select a chunk to see its data; with no selection the right side shows the body with the framing removed.</source>
        <translation>
            <numerusform>Transfer-Encoding: chunked. Each chunk is a line with its size in hexadecimal, the data, and CR LF; a chunk of size 0 ends the body. %n chunk. Select a chunk to see its data; with no selection the right side shows the body with the framing removed.</numerusform>
            <numerusform>Transfer-Encoding: chunked. Each chunk is a line with its size in hexadecimal, the data, and CR LF; a chunk of size 0 ends the body. %n chunks. Select a chunk to see its data; with no selection the right side shows the body with the framing removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpContentView</name>
    <message>
        <source>No Content-Encoding: the body bytes are the page itself.</source>
        <translation>No Content-Encoding: the body bytes are the page itself.</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 compressed bytes are kept in memory, so only their part is decoded here; save the body as received and decompress it (e.g. gunzip) for all of it.</source>
        <translation>Only the first %1 of %2 compressed bytes are kept in memory, so only their part is decoded here; save the body as received and decompress it (e.g. gunzip) for all of it.</translation>
    </message>
    <message>
        <source>The decoded text is cut at the display limit.</source>
        <translation>The decoded text is cut at the display limit.</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>Decoding stopped: %1</translation>
    </message>
    <message>
        <source>Content-Encoding: %1. Compressed, %2 (left); decoded, %3 (right).</source>
        <translation>Content-Encoding: %1. Compressed, %2 (left); decoded, %3 (right).</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpFetchView</name>
    <message>
        <source>%1. %2 %3 → %4 %5 (%6 ms)</source>
        <translation>%1. %2 %3 → %4 %5 (%6 ms)</translation>
    </message>
    <message>
        <source>, Location: %1</source>
        <translation>, Location: %1</translation>
    </message>
    <message numerus="yes">
        <source>Body: the first %1 of %2 bytes</source>
        <translation>
            <numerusform>Body: the first %1 of %2 byte</numerusform>
            <numerusform>Body: the first %1 of %2 bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no response to save yet.</source>
        <translation>There is no response to save yet.</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Save body</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Request headers</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Request body</translation>
    </message>
    <message>
        <source>The body to send with POST or PUT (sent as UTF-8).</source>
        <translation>The body to send with POST or PUT (sent as UTF-8).</translation>
    </message>
    <message>
        <source>Body (r.text)</source>
        <translation>Body (r.text)</translation>
    </message>
    <message>
        <source>Headers (r.headers)</source>
        <translation>Headers (r.headers)</translation>
    </message>
    <message>
        <source>Redirects (r.history)</source>
        <translation>Redirects (r.history)</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>Save body…</translation>
    </message>
    <message>
        <source>Writes the body to a file, like the notes&apos; open(&apos;gne.html&apos;, &apos;w&apos;).write(r.text).</source>
        <translation>Writes the body to a file, like the notes&apos; open(&apos;gne.html&apos;, &apos;w&apos;).write(r.text).</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (r.ok is %4), %5 bytes, from %6</source>
        <translation>
            <numerusform>%1 %2 %3 (r.ok is %4), %5 byte, from %6</numerusform>
            <numerusform>%1 %2 %3 (r.ok is %4), %5 bytes, from %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>Body: %1</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Saved %1 to %2.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpHeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Extra request headers, one per row, e.g. User-Agent or Accept. The engine adds Host, Connection and Content-Length itself.</source>
        <translation>Extra request headers, one per row, e.g. User-Agent or Accept. The engine adds Host, Connection and Content-Length itself.</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>The connection is no longer open: the server closed it. Press Send to open a new one.</source>
        <translation>The connection is no longer open: the server closed it. Press Send to open a new one.</translation>
    </message>
    <message>
        <source>Sent again on the same connection…</source>
        <translation>Sent again on the same connection…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 bytes in %4 ms.</source>
        <translation>
            <numerusform>%1 %2, %3 byte in %4 ms.</numerusform>
            <numerusform>%1 %2, %3 bytes in %4 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 bytes received in %4 ms.</source>
        <translation>
            <numerusform>%1 %2, %3 byte received in %4 ms.</numerusform>
            <numerusform>%1 %2, %3 bytes received in %4 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch (requests.get)</source>
        <translation>Fetch (requests.get)</translation>
    </message>
    <message>
        <source>Raw (socket)</source>
        <translation>Raw (socket)</translation>
    </message>
    <message>
        <source>Fetch: a finished HTTP client does the work, as requests.get() does. Raw: you type the request bytes and see the exact response bytes, as with socket.send() and recv().</source>
        <translation>Fetch: a finished HTTP client does the work, as requests.get() does. Raw: you type the request bytes and see the exact response bytes, as with socket.send() and recv().</translation>
    </message>
    <message>
        <source>The request method. In raw mode it is the first word of the request text.</source>
        <translation>The request method. In raw mode it is the first word of the request text.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/</source>
        <translation>http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>http:// or https://, a host and an optional port and path. Raw mode connects to this host and port; the request text says the rest.</source>
        <translation>http:// or https://, a host and an optional port and path. Raw mode connects to this host and port; the request text says the rest.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Accept invalid certificates (insecure)</source>
        <translation>Accept invalid certificates (insecure)</translation>
    </message>
    <message>
        <source>Goes on even when the server&apos;s certificate is self-signed, expired or for another name. Anyone in the middle could then read and change the traffic. Only for your own test servers; it turns itself off when the host changes.</source>
        <translation>Goes on even when the server&apos;s certificate is self-signed, expired or for another name. Anyone in the middle could then read and change the traffic. Only for your own test servers; it turns itself off when the host changes.</translation>
    </message>
    <message>
        <source>Give up after (s) without a byte:</source>
        <translation>Give up after (s) without a byte:</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Receiving… %1</source>
        <translation>Receiving… %1</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpPartView</name>
    <message>
        <source>%1: bytes %2 to %3 of %4</source>
        <translation>%1: bytes %2 to %3 of %4</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Request as sent</translation>
    </message>
    <message>
        <source>Whole response as received</source>
        <translation>Whole response as received</translation>
    </message>
    <message>
        <source>Response header (up to the blank line)</source>
        <translation>Response header (up to the blank line)</translation>
    </message>
    <message>
        <source>Body as received</source>
        <translation>Body as received</translation>
    </message>
    <message>
        <source>Body, chunk framing removed</source>
        <translation>Body, chunk framing removed</translation>
    </message>
    <message>
        <source>Body, Content-Encoding undone</source>
        <translation>Body, Content-Encoding undone</translation>
    </message>
    <message>
        <source>From byte:</source>
        <translation>From byte:</translation>
    </message>
    <message>
        <source>Large parts are shown one megabyte at a time; choose where the window starts.</source>
        <translation>Large parts are shown one megabyte at a time; choose where the window starts.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpRawView</name>
    <message>
        <source>Press Send: the exact bytes of the response will appear here.</source>
        <translation>Press Send: the exact bytes of the response will appear here.</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived, but no blank line (\r\n\r\n) ended the header, so there is no header/body boundary.</source>
        <translation>
            <numerusform>%1 byte arrived, but no blank line (\r\n\r\n) ended the header, so there is no header/body boundary.</numerusform>
            <numerusform>%1 bytes arrived, but no blank line (\r\n\r\n) ended the header, so there is no header/body boundary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header ends at byte %1 (0x%2): the blank line starts at byte %3, and res.split(b&apos;\r\n\r\n&apos;, 1) splits there. The body is %4 bytes (bytes %1 to %5).</source>
        <translation>
            <numerusform>The header ends at byte %1 (0x%2): the blank line starts at byte %3, and res.split(b&apos;\r\n\r\n&apos;, 1) splits there. The body is %4 byte (bytes %1 to %5).</numerusform>
            <numerusform>The header ends at byte %1 (0x%2): the blank line starts at byte %3, and res.split(b&apos;\r\n\r\n&apos;, 1) splits there. The body is %4 bytes (bytes %1 to %5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1. Received %2 body bytes: they match (✓); reading ended on Content-Length.</source>
        <translation>
            <numerusform>Content-Length: %1. Received %2 body byte: it matches (✓); reading ended on Content-Length.</numerusform>
            <numerusform>Content-Length: %1. Received %2 body bytes: they match (✓); reading ended on Content-Length.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer-Encoding: chunked, %1 chunks (the size lines count as framing): %2 body bytes after removing the framing. Reading ended on the last chunk (size 0).</source>
        <translation>
            <numerusform>Transfer-Encoding: chunked, %1 chunk (the size lines count as framing): %2 body bytes after removing the framing. Reading ended on the last chunk (size 0).</numerusform>
            <numerusform>Transfer-Encoding: chunked, %1 chunks (the size lines count as framing): %2 body bytes after removing the framing. Reading ended on the last chunk (size 0).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Content-Length and not chunked: the body ends when the server closes the connection, just what the notes&apos; recv() loop waits for. %1 body bytes.</source>
        <translation>
            <numerusform>No Content-Length and not chunked: the body ends when the server closes the connection, just what the notes&apos; recv() loop waits for. %1 body byte.</numerusform>
            <numerusform>No Content-Length and not chunked: the body ends when the server closes the connection, just what the notes&apos; recv() loop waits for. %1 body bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No body: the response to HEAD, and 1xx, 204 and 304 responses, never have one.</source>
        <translation>No body: the response to HEAD, and 1xx, 204 and 304 responses, never have one.</translation>
    </message>
    <message numerus="yes">
        <source>%1 more bytes came after the end of the message (✗).</source>
        <translation>
            <numerusform>%1 more byte came after the end of the message (✗).</numerusform>
            <numerusform>%1 more bytes came after the end of the message (✗).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept the connection open (keep-alive). Send again to reuse it: no DNS lookup, no connect, no TLS.</source>
        <translation>The server kept the connection open (keep-alive). Send again to reuse it: no DNS lookup, no connect, no TLS.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>The connection is closed.</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 → %3 %4, %5 bytes, %6 ms, %7</source>
        <translation>
            <numerusform>#%1 %2 → %3 %4, %5 byte, %6 ms, %7</numerusform>
            <numerusform>#%1 %2 → %3 %4, %5 bytes, %6 ms, %7</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>same connection, reused (keep-alive)</source>
        <translation>same connection, reused (keep-alive)</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>new connection</translation>
    </message>
    <message>
        <source>There is no complete response header yet, so there is nothing to split: send a request first.</source>
        <translation>There is no complete response header yet, so there is nothing to split: send a request first.</translation>
    </message>
    <message>
        <source>The body is larger than the display limit, so only its first part is decoded in memory. Save the body as received instead.</source>
        <translation>The body is larger than the display limit, so only its first part is decoded in memory. Save the body as received instead.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>Send again on this connection</source>
        <translation>Send again on this connection</translation>
    </message>
    <message>
        <source>Bytes, marked</source>
        <translation>Bytes, marked</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <source>Decoded body</source>
        <translation>Decoded body</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Save response…</source>
        <translation>Save response…</translation>
    </message>
    <message>
        <source>Save header…</source>
        <translation>Save header…</translation>
    </message>
    <message>
        <source>Save body as received…</source>
        <translation>Save body as received…</translation>
    </message>
    <message>
        <source>Everything after the blank line, byte for byte: the notes&apos; baidu-index.html.</source>
        <translation>Everything after the blank line, byte for byte: the notes&apos; baidu-index.html.</translation>
    </message>
    <message>
        <source>Save decoded body…</source>
        <translation>Save decoded body…</translation>
    </message>
    <message>
        <source>The body with chunk framing and Content-Encoding undone: the page a browser would show.</source>
        <translation>The body with chunk framing and Content-Encoding undone: the page a browser would show.</translation>
    </message>
    <message>
        <source>Content-Length: %1. Received %2 body bytes, but then %3 bytes arrived after the end of the response (Content-Length: %1) (✗): the body is longer than declared, or the server sent something nobody asked for. They are in the response as received, after byte %4; they are not read as the answer to a next request.</source>
        <translation>Content-Length: %1. Received %2 body bytes, but then %3 bytes arrived after the end of the response (Content-Length: %1) (✗): the body is longer than declared, or the server sent something nobody asked for. They are in the response as received, after byte %4; they are not read as the answer to a next request.</translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1, but %2 body bytes arrived (✗): %3 bytes missing.</source>
        <translation>
            <numerusform>Content-Length: %1, but %2 body bytes arrived (✗): %3 byte missing.</numerusform>
            <numerusform>Content-Length: %1, but %2 body bytes arrived (✗): %3 bytes missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpRequestPane</name>
    <message>
        <source>The request is sent byte for byte: \r\n is CR LF, as in the notes&apos; Python. Line breaks in this editor are only for reading; Enter types \r\n and a line break, Shift+Enter a line break only. {host} becomes the URL&apos;s host and port. The blank line \r\n at the end tells the server the header is over.</source>
        <translation>The request is sent byte for byte: \r\n is CR LF, as in the notes&apos; Python. Line breaks in this editor are only for reading; Enter types \r\n and a line break, Shift+Enter a line break only. {host} becomes the URL&apos;s host and port. The blank line \r\n at the end tells the server the header is over.</translation>
    </message>
    <message>
        <source>\r\n is CR LF; the \r\n alone on the last line is the blank line that ends the header.</source>
        <translation>\r\n is CR LF; the \r\n alone on the last line is the blank line that ends the header.</translation>
    </message>
    <message>
        <source>Show or hide the whole explanation</source>
        <translation>Show or hide the whole explanation</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpResponseView</name>
    <message>
        <source>status line</source>
        <translation>status line</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>header %1</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>blank line</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>chunk %1 size</source>
        <translation>chunk %1 size</translation>
    </message>
    <message>
        <source>chunk %1 data</source>
        <translation>chunk %1 data</translation>
    </message>
    <message>
        <source>chunk %1 end</source>
        <translation>chunk %1 end</translation>
    </message>
    <message>
        <source>last chunk end</source>
        <translation>last chunk end</translation>
    </message>
    <message>
        <source>after the message</source>
        <translation>after the message</translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation>not parsed</translation>
    </message>
    <message>
        <source>… %1 bytes in all; this view shows the first part. The Hex tab shows any part, and Save writes every byte.</source>
        <translation>… %1 bytes in all; this view shows the first part. The Hex tab shows any part, and Save writes every byte.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LessonHtml</name>
    <message>
        <source>Done: everything this lesson asks for has happened.</source>
        <translation>Done: everything this lesson asks for has happened.</translation>
    </message>
    <message>
        <source>Self-check (general)</source>
        <translation>Self-check (general)</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Self-check</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>Watch for</translation>
    </message>
    <message>
        <source>The same in Python (from the notes)</source>
        <translation>The same in Python (from the notes)</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>Well-known ports</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Python modules</source>
        <translation>Python modules</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LessonPane</name>
    <message>
        <source>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</source>
        <translation>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LocalServerPanel</name>
    <message>
        <source>A local socket server listens on a file path instead of a port. Only programs on this machine can connect, and only you: the file gets mode 0600.</source>
        <translation>A local socket server listens on a file path instead of a port. Only programs on this machine can connect, and only you: the file gets mode 0600.</translation>
    </message>
    <message>
        <source>Nothing listens on this socket file any more: it was left behind by a server that stopped without removing it.</source>
        <translation>Nothing listens on this socket file any more: it was left behind by a server that stopped without removing it.</translation>
    </message>
    <message>
        <source>Remove the stale file and listen</source>
        <translation>Remove the stale file and listen</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this path.</source>
        <translation>Listening on %1. Clients connect to this path.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::MulticastBox</name>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>A multicast group address: IPv4 224.0.0.0 to 239.255.255.255 (239.x.y.z stays in your organisation), IPv6 ff00::/8 (ff01:: never leaves this machine, ff02:: stays on the link).</source>
        <translation>A multicast group address: IPv4 224.0.0.0 to 239.255.255.255 (239.x.y.z stays in your organisation), IPv6 ff00::/8 (ff01:: never leaves this machine, ff02:: stays on the link).</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <source>setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, ...): ask the system to deliver the group&apos;s datagrams to this socket.</source>
        <translation>setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, ...): ask the system to deliver the group&apos;s datagrams to this socket.</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>Interface:</translation>
    </message>
    <message>
        <source>(the system&apos;s choice)</source>
        <translation>(the system&apos;s choice)</translation>
    </message>
    <message>
        <source>%1 (not on this machine)</source>
        <translation>%1 (not on this machine)</translation>
    </message>
    <message>
        <source>%1 (loopback)</source>
        <translation>%1 (loopback)</translation>
    </message>
    <message>
        <source>%1 (no multicast)</source>
        <translation>%1 (no multicast)</translation>
    </message>
    <message>
        <source>Where to join the group and send multicast. On a machine without network, choose lo.</source>
        <translation>Where to join the group and send multicast. On a machine without network, choose lo.</translation>
    </message>
    <message>
        <source>TTL / hops:</source>
        <translation>TTL / hops:</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL: how many routers a multicast datagram may cross. 1 keeps it on the local network, 0 on this machine.</source>
        <translation>IP_MULTICAST_TTL: how many routers a multicast datagram may cross. 1 keeps it on the local network, 0 on this machine.</translation>
    </message>
    <message>
        <source>Loopback (hear our own datagrams)</source>
        <translation>Loopback (hear our own datagrams)</translation>
    </message>
    <message>
        <source>IP_MULTICAST_LOOP: datagrams this socket sends to a group are also delivered to members on this machine, itself included.</source>
        <translation>IP_MULTICAST_LOOP: datagrams this socket sends to a group are also delivered to members on this machine, itself included.</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>Joined:</translation>
    </message>
    <message>
        <source>To receive a group&apos;s datagrams, bind to 0.0.0.0 (or ::) and the group&apos;s port, then join. To send to a group, make it the target.</source>
        <translation>To receive a group&apos;s datagrams, bind to 0.0.0.0 (or ::) and the group&apos;s port, then join. To send to a group, make it the target.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>swb::widgets::Panel</name>
    <message>
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>Explain this error and what to try</source>
        <translation>Explain this error and what to try</translation>
    </message>
    <message>
        <source>RX %1 in %2 · TX %3 in %4</source>
        <translation>RX %1 in %2 · TX %3 in %4</translation>
    </message>
</context>
<context>
    <name>swb::widgets::PythonView</name>
    <message>
        <source>Cannot save the script to &quot;%1&quot;: %2.</source>
        <translation>Cannot save the script to &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Save Python script</source>
        <translation>Save Python script</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python scripts (*.py)</translation>
    </message>
    <message>
        <source>%1 as Python</source>
        <translation>%1 as Python</translation>
    </message>
    <message>
        <source>What the panel &quot;%1&quot; does, as a Python script in the style of the notes, made from its current settings. Save it and run python3 %2; it talks to the workbench&apos;s panels and they to it.</source>
        <translation>What the panel &quot;%1&quot; does, as a Python script in the style of the notes, made from its current settings. Save it and run python3 %2; it talks to the workbench&apos;s panels and they to it.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the panel&apos;s settings again</source>
        <translation>Read the panel&apos;s settings again</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ReplayToolbar</name>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open a saved traffic file (.jsonl or .csv) to replay</source>
        <translation>Open a saved traffic file (.jsonl or .csv) to replay</translation>
    </message>
    <message>
        <source>Back to the start (nothing shown)</source>
        <translation>Back to the start (nothing shown)</translation>
    </message>
    <message>
        <source>One event back (Left)</source>
        <translation>One event back (Left)</translation>
    </message>
    <message>
        <source>One event forward (Right)</source>
        <translation>One event forward (Right)</translation>
    </message>
    <message>
        <source>To the end (everything shown)</source>
        <translation>To the end (everything shown)</translation>
    </message>
    <message>
        <source>Drag to any point of the capture</source>
        <translation>Drag to any point of the capture</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ReplayWindow</name>
    <message>
        <source>the current capture</source>
        <translation>the current capture</translation>
    </message>
    <message>
        <source>Replay a traffic file</source>
        <translation>Replay a traffic file</translation>
    </message>
    <message>
        <source>Traffic files (*.jsonl *.csv);;All files (*)</source>
        <translation>Traffic files (*.jsonl *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing to replay yet: open a saved traffic file.</source>
        <translation>Nothing to replay yet: open a saved traffic file.</translation>
    </message>
    <message numerus="yes">
        <source>The end: all %n event(s) shown.</source>
        <translation>
            <numerusform>The end: all %n event shown.</numerusform>
            <numerusform>The end: all %n events shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 %2 on &quot;%3&quot; (%4 → %5)</source>
        <translation>Next: %1 %2 on &quot;%3&quot; (%4 → %5)</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Replay: %1</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequence diagram</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SendBox</name>
    <message>
        <source>Type a message and press Enter. Tokens: {time} {date} {datetime} {counter} {peer}</source>
        <translation>Type a message and press Enter. Tokens: {time} {date} {datetime} {counter} {peer}</translation>
    </message>
    <message>
        <source>Enter sends. Up and Down walk through what you sent before.</source>
        <translation>Enter sends. Up and Down walk through what you sent before.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>As:</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Text with escapes</source>
        <translation>Text with escapes</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>Hex bytes</translation>
    </message>
    <message>
        <source>Text: sent as typed.
Escapes: \r \n \t \\ \xNN are replaced (\xNN is one byte).
Hex: bytes such as 68 65 6c 6c 6f.</source>
        <translation>Text: sent as typed.
Escapes: \r \n \t \\ \xNN are replaced (\xNN is one byte).
Hex: bytes such as 68 65 6c 6c 6f.</translation>
    </message>
    <message>
        <source>Line end:</source>
        <translation>Line end:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Added after each message in text modes. nc and line-based servers want LF; HTTP and Telnet want CRLF.</source>
        <translation>Added after each message in text modes. nc and line-based servers want LF; HTTP and Telnet want CRLF.</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>How text becomes bytes when sending, and bytes become text when showing and replying.</source>
        <translation>How text becomes bytes when sending, and bytes become text when showing and replying.</translation>
    </message>
    <message>
        <source>Auto-send every</source>
        <translation>Auto-send every</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>times:</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>until stopped</translation>
    </message>
    <message>
        <source>Nothing to send: type some text, or choose a line ending.</source>
        <translation>Nothing to send: type some text, or choose a line ending.</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds, after a number</comment>
        <translation> ms</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SequenceDiagram</name>
    <message>
        <source>The conversation appears here as it happens: start a server, connect a client and send something.</source>
        <translation>The conversation appears here as it happens: start a server, connect a client and send something.</translation>
    </message>
    <message>
        <source>Export sequence diagram</source>
        <translation>Export sequence diagram</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG drawing (*.svg);;PNG image (*.png)</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SequencePainter</name>
    <message>
        <source>outside the app</source>
        <translation>outside the app</translation>
    </message>
    <message>
        <source>%1: more</source>
        <translation>%1: more</translation>
    </message>
    <message>
        <source>⇄ %1</source>
        <translation>⇄ %1</translation>
    </message>
    <message>
        <source>more connections</source>
        <translation>more connections</translation>
    </message>
    <message>
        <source>listen %1</source>
        <translation>listen %1</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>accept %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)  %1</source>
        <translation>
            <numerusform>%n byte  %1</numerusform>
            <numerusform>%n bytes  %1</numerusform>
        </translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>close: %1</source>
        <translation>close: %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cannot write the image &quot;%1&quot;.</source>
        <translation>Cannot write the image &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>Sequence diagram</translation>
    </message>
    <message>
        <source>Socket Workbench: the conversation of the traffic table.</source>
        <translation>Socket Workbench: the conversation of the traffic table.</translation>
    </message>
    <message>
        <source>Cannot write the drawing &quot;%1&quot;.</source>
        <translation>Cannot write the drawing &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>reset (RST): %1</source>
        <translation>reset (RST): %1</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SocketPathEdit</name>
    <message>
        <source>Path:</source>
        <translation>Path:</translation>
    </message>
    <message>
        <source>The socket file, as in the notes&apos; bind(path) and connect(path). {runtime} stands for your runtime folder (%1), which only you can read; a path without a folder goes there too.</source>
        <translation>The socket file, as in the notes&apos; bind(path) and connect(path). {runtime} stands for your runtime folder (%1), which only you can read; a path without a folder goes there too.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Socket file: %1</source>
        <translation>Socket file: %1</translation>
    </message>
    <message>
        <source>Socket file</source>
        <translation>Socket file</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
</context>
<context>
    <name>swb::widgets::StartPage</name>
    <message>
        <source>Goal:</source>
        <translation>Goal:</translation>
    </message>
    <message>
        <source>Welcome to Socket Workbench</source>
        <translation>Welcome to Socket Workbench</translation>
    </message>
    <message>
        <source>Nothing is open yet. Start with a lesson, or add a panel and try things on your own. Help ▸ Getting started explains the window.</source>
        <translation>Nothing is open yet. Start with a lesson, or add a panel and try things on your own. Help ▸ Getting started explains the window.</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>Open a lesson</translation>
    </message>
    <message>
        <source>Add a panel</source>
        <translation>Add a panel</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Open a file</translation>
    </message>
</context>
<context>
    <name>swb::widgets::StreamClientPanel</name>
    <message>
        <source>Not connected: press Connect first, then send.</source>
        <translation>Not connected: press Connect first, then send.</translation>
    </message>
    <message>
        <source>Close after sending or receiving:</source>
        <translation>Close after sending or receiving:</translation>
    </message>
    <message>
        <source>e.g. q</source>
        <translation>e.g. q</translation>
    </message>
    <message>
        <source>As in the notes&apos; chat: typing q, or receiving q, ends the conversation.</source>
        <translation>As in the notes&apos; chat: typing q, or receiving q, ends the conversation.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>Disconnected.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::StreamServerPanel</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Disconnect selected</source>
        <translation>Disconnect selected</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>selected client</source>
        <translation>selected client</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>all clients</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>The server is not running and has no clients: start it, wait for a client, then send.</source>
        <translation>The server is not running and has no clients: start it, wait for a client, then send.</translation>
    </message>
    <message>
        <source>No client is connected, so nothing was sent.</source>
        <translation>No client is connected, so nothing was sent.</translation>
    </message>
    <message>
        <source>Select a client in the list first, or choose &quot;all clients&quot;.</source>
        <translation>Select a client in the list first, or choose &quot;all clients&quot;.</translation>
    </message>
    <message>
        <source>Could not send: the connection is closing.</source>
        <translation>Could not send: the connection is closing.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TcpClientPanel</name>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>A host name (localhost), an IPv4 address (127.0.0.1) or an IPv6 address (::1).</source>
        <translation>A host name (localhost), an IPv4 address (127.0.0.1) or an IPv6 address (::1).</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name or address, e.g. 127.0.0.1.</source>
        <translation>Type the server&apos;s host name or address, e.g. 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TcpServerPanel</name>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>127.0.0.1: only this machine can connect (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can connect too.</source>
        <translation>127.0.0.1: only this machine can connect (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can connect too.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system pick a free port.</source>
        <translation>0 to 65535; 0 lets the system pick a free port.</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>Backlog:</translation>
    </message>
    <message>
        <source>listen(backlog): how many finished handshakes may wait for accept().</source>
        <translation>listen(backlog): how many finished handshakes may wait for accept().</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with &quot;address already in use&quot;.</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with &quot;address already in use&quot;.</translation>
    </message>
    <message>
        <source>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</source>
        <translation>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this address and port.</source>
        <translation>Listening on %1. Clients connect to this address and port.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ThroughputChart</name>
    <message>
        <source>Panel %1</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>Bytes per second (sent + received)</source>
        <translation>Bytes per second (sent + received)</translation>
    </message>
    <message>
        <source>Messages per second (sends + receives)</source>
        <translation>Messages per second (sends + receives)</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>bytes/s</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <source>Throughput of the recorded traffic, one point per second.</source>
        <translation>Throughput of the recorded traffic, one point per second.</translation>
    </message>
    <message numerus="yes">
        <source>Each panel&apos;s throughput over the last %n minute(s), one point per second.</source>
        <translation>
            <numerusform>Each panel&apos;s throughput over the last %n minute, one point per second.</numerusform>
            <numerusform>Each panel&apos;s throughput over the last %n minutes, one point per second.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines are drawn for the first %1 panels; %n more are left out.</source>
        <translation>
            <numerusform>Lines are drawn for the first %1 panels; %n more is left out.</numerusform>
            <numerusform>Lines are drawn for the first %1 panels; %n more are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::TimingView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none: connection reused (keep-alive)</source>
        <translation>none: connection reused (keep-alive)</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>none: plain HTTP</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>DNS lookup:</source>
        <translation>DNS lookup:</translation>
    </message>
    <message>
        <source>TCP connect:</source>
        <translation>TCP connect:</translation>
    </message>
    <message>
        <source>TLS handshake:</source>
        <translation>TLS handshake:</translation>
    </message>
    <message>
        <source>Time to first byte:</source>
        <translation>Time to first byte:</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>Download:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>From the moment the request was sent to the first byte of the response: the server&apos;s thinking time plus one round trip.</source>
        <translation>From the moment the request was sent to the first byte of the response: the server&apos;s thinking time plus one round trip.</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>not finished</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficFilterBar</name>
    <message numerus="yes">
        <source>%1 of %2 rows</source>
        <translation>
            <numerusform>%1 of %2 row</numerusform>
            <numerusform>%1 of %2 rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering… %1% — %2</source>
        <translation>Filtering… %1% — %2</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Any kind</translation>
    </message>
    <message>
        <source>Search payloads and messages</source>
        <translation>Search payloads and messages</translation>
    </message>
    <message>
        <source>Text in the payloads (decoded as the preview shows them) and in error and info messages; any case. With “Hex”: bytes such as 68 65 6c</source>
        <translation>Text in the payloads (decoded as the preview shows them) and in error and info messages; any case. With “Hex”: bytes such as 68 65 6c</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Search the payloads for these bytes, written in hex</source>
        <translation>Search the payloads for these bytes, written in hex</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>All panels</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>Any protocol</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Both directions</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <source>Only data received or only data sent</source>
        <translation>Only data received or only data sent</translation>
    </message>
    <message>
        <source>Address contains</source>
        <translation>Address contains</translation>
    </message>
    <message>
        <source>Part of the local or remote address, such as :8001 or ::1</source>
        <translation>Part of the local or remote address, such as :8001 or ::1</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <source>Clear the filter and show every row</source>
        <translation>Clear the filter and show every row</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficPane</name>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Every event of every panel, newest at the bottom</source>
        <translation>Every event of every panel, newest at the bottom</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>One connection&apos;s or peer&apos;s bytes as a stream of messages</source>
        <translation>One connection&apos;s or peer&apos;s bytes as a stream of messages</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>Bytes and messages per second of each panel</source>
        <translation>Bytes and messages per second of each panel</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficSessionWindow</name>
    <message>
        <source>Reading… %1%</source>
        <translation>Reading… %1%</translation>
    </message>
    <message>
        <source>%1 (read-only) — Socket Workbench</source>
        <translation>%1 (read-only) — Socket Workbench</translation>
    </message>
    <message>
        <source>Read-only: traffic recorded in %1. Nothing here is live; no panel runs.</source>
        <translation>Read-only: traffic recorded in %1. Nothing here is live; no panel runs.</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <source>The last line was cut short (the recording did not end normally) and was left out.</source>
        <translation>The last line was cut short (the recording did not end normally) and was left out.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficView</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove all rows from the traffic table</source>
        <translation>Remove all rows from the traffic table</translation>
    </message>
    <message>
        <source>Pause auto-scroll</source>
        <translation>Pause auto-scroll</translation>
    </message>
    <message>
        <source>Keep the table still while new rows arrive; it follows new rows only while scrolled to the bottom</source>
        <translation>Keep the table still while new rows arrive; it follows new rows only while scrolled to the bottom</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (%1)</source>
        <translation>Copy the selected rows as tab-separated text (%1)</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %Ln byte(s)</source>
        <translation>
            <numerusform>#%1 %2 %Ln byte</numerusform>
            <numerusform>#%1 %2 %Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old row(s) dropped to stay within the memory limit</source>
        <translation>
            <numerusform>%Ln old row dropped to stay within the memory limit</numerusform>
            <numerusform>%Ln old rows dropped to stay within the memory limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow this conversation</source>
        <translation>Follow this conversation</translation>
    </message>
    <message>
        <source>Show this row&apos;s connection or peer as one stream in the Conversation tab, with this row&apos;s message selected</source>
        <translation>Show this row&apos;s connection or peer as one stream in the Conversation tab, with this row&apos;s message selected</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpBindRow</name>
    <message>
        <source>Receive on</source>
        <translation>Receive on</translation>
    </message>
    <message>
        <source>bind() to this address and port so that datagrams sent there arrive here (a UDP &quot;server&quot;). Off: the first send binds a free port, as Python&apos;s sendto() does, and replies still come back.</source>
        <translation>bind() to this address and port so that datagrams sent there arrive here (a UDP &quot;server&quot;). Off: the first send binds a free port, as Python&apos;s sendto() does, and replies still come back.</translation>
    </message>
    <message>
        <source>127.0.0.1: only this machine can send here (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can send too; needed to receive broadcast and multicast.</source>
        <translation>127.0.0.1: only this machine can send here (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can send too; needed to receive broadcast and multicast.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system pick a free port.</source>
        <translation>0 to 65535; 0 lets the system pick a free port.</translation>
    </message>
    <message>
        <source>Share address</source>
        <translation>Share address</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): several sockets that all set it may bind the same UDP port (each multicast or broadcast datagram reaches all of them; a unicast one only the last).</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): several sockets that all set it may bind the same UDP port (each multicast or broadcast datagram reaches all of them; a unicast one only the last).</translation>
    </message>
    <message>
        <source>⚠ Reachable from other machines: this address receives on every network interface. Use 127.0.0.1 to keep the socket private.</source>
        <translation>⚠ Reachable from other machines: this address receives on every network interface. Use 127.0.0.1 to keep the socket private.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>Bind</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpBurstBar</name>
    <message>
        <source>Burst:</source>
        <translation>Burst:</translation>
    </message>
    <message>
        <source> datagrams</source>
        <translation> datagrams</translation>
    </message>
    <message>
        <source>How many datagrams to send to the target, one after another, as fast as the system takes them (the notes&apos; client that sends without stopping). The send box text is the payload; {counter} numbers them.</source>
        <translation>How many datagrams to send to the target, one after another, as fast as the system takes them (the notes&apos; client that sends without stopping). The send box text is the payload; {counter} numbers them.</translation>
    </message>
    <message>
        <source>Send as fast as possible</source>
        <translation>Send as fast as possible</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpLogFeed</name>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the traffic table has every datagram.</source>
        <translation>
            <numerusform>… %n more line not shown here; the traffic table has every datagram.</numerusform>
            <numerusform>… %n more lines not shown here; the traffic table has every datagram.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpPanel</name>
    <message numerus="yes">
        <source>Burst stopped: %1 of %2 datagrams sent.</source>
        <translation>
            <numerusform>Burst stopped: %1 of %2 datagram sent.</numerusform>
            <numerusform>Burst stopped: %1 of %2 datagrams sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burst done: %1 of %2 datagrams sent.</source>
        <translation>
            <numerusform>Burst done: %1 of %2 datagram sent.</numerusform>
            <numerusform>Burst done: %1 of %2 datagrams sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Behaviour</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>Multicast</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>Each datagram is one message: the reply goes back to its sender. UDP has no connection, so there is nothing to greet or to close; those options are not shown.</source>
        <translation>Each datagram is one message: the reply goes back to its sender. UDP has no connection, so there is nothing to greet or to close; those options are not shown.</translation>
    </message>
    <message>
        <source>Send box sends to:</source>
        <translation>Send box sends to:</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>the target</translation>
    </message>
    <message>
        <source>the selected sender</source>
        <translation>the selected sender</translation>
    </message>
    <message>
        <source>Reply to the sender selected in the list, like the notes&apos; server answering addr from recvfrom().</source>
        <translation>Reply to the sender selected in the list, like the notes&apos; server answering addr from recvfrom().</translation>
    </message>
    <message>
        <source>Bound to %1. Senders send their datagrams to this address and port.</source>
        <translation>Bound to %1. Senders send their datagrams to this address and port.</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <source>Nobody has sent anything to this socket yet, so there is no sender to answer. Choose &quot;the target&quot;.</source>
        <translation>Nobody has sent anything to this socket yet, so there is no sender to answer. Choose &quot;the target&quot;.</translation>
    </message>
    <message>
        <source>Select a sender in the list first.</source>
        <translation>Select a sender in the list first.</translation>
    </message>
    <message>
        <source>Senders (%1)</source>
        <translation>Senders (%1)</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Senders</translation>
    </message>
    <message>
        <source>No socket yet: Bind to receive, or send and the first datagram binds a free port.</source>
        <translation>No socket yet: Bind to receive, or send and the first datagram binds a free port.</translation>
    </message>
    <message>
        <source>Socket %1 · receive buffer %2 KiB</source>
        <translation>Socket %1 · receive buffer %2 KiB</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>connected to %1</translation>
    </message>
    <message>
        <source>kernel drops: %1</source>
        <translation>kernel drops: %1</translation>
    </message>
    <message>
        <source>Kernel drops: datagrams that arrived while the receive buffer was full, read from /proc/net/udp. UDP does not resend them, and the sender is never told.</source>
        <translation>Kernel drops: datagrams that arrived while the receive buffer was full, read from /proc/net/udp. UDP does not resend them, and the sender is never told.</translation>
    </message>
    <message>
        <source>kernel drops</source>
        <translation>kernel drops</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpTargetRow</name>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Where the send box and bursts send: a host name, an IPv4 or IPv6 address, a broadcast address such as 127.255.255.255 or 255.255.255.255, or a multicast group.</source>
        <translation>Where the send box and bursts send: a host name, an IPv4 or IPv6 address, a broadcast address such as 127.255.255.255 or 255.255.255.255, or a multicast group.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>The target&apos;s port, 1 to 65535.</source>
        <translation>The target&apos;s port, 1 to 65535.</translation>
    </message>
    <message>
        <source>connect() the socket to the target, as sock.connect(addr) does in Python: only the target&apos;s datagrams are received, and an ICMP &quot;port unreachable&quot; from it is reported.</source>
        <translation>connect() the socket to the target, as sock.connect(addr) does in Python: only the target&apos;s datagrams are received, and an ICMP &quot;port unreachable&quot; from it is reported.</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_BROADCAST, 1): without it, the system refuses to send to a broadcast address (permission denied).</source>
        <translation>setsockopt(SOL_SOCKET, SO_BROADCAST, 1): without it, the system refuses to send to a broadcast address (permission denied).</translation>
    </message>
</context>
</TS>
