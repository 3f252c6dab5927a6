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
        <source>When quitting, write the whole traffic log to FILE (.jsonl or .csv).</source>
        <translation>When quitting, write the whole traffic log to FILE (.jsonl or .csv).</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>A workspace file to open.</translation>
    </message>
    <message>
        <source>Run socket-workbench --help for the options.</source>
        <translation>Run socket-workbench --help for the options.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>Unknown language "%1": use zh_CN or en.</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds, not "%1".</source>
        <translation>--quit-after needs a whole number of seconds, not "%1".</translation>
    </message>
    <message>
        <source>Give at most one workspace file, not %1.</source>
        <translation>Give at most one workspace file, not %1.</translation>
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
        <source>&amp;Close panel</source>
        <translation>&amp;Close panel</translation>
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
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Socket Workbench</source>
        <translation>&amp;About Socket Workbench</translation>
    </message>
</context>
<context>
    <name>swb::app::MainWindow</name>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Socket Workbench</source>
        <translation>Socket Workbench</translation>
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
        <source>Export traffic</source>
        <translation>Export traffic</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export traffic</source>
        <translation>Cannot export traffic</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation><numerusform>Saved %n event to %1</numerusform><numerusform>Saved %n events to %1</numerusform></translation>
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
        <source>About Socket Workbench</source>
        <translation>About Socket Workbench</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open panel</source>
        <translation>Cannot open panel</translation>
    </message>
</context>
<context>
    <name>swb::app::PanelManager</name>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>%1 is already used by the panel "%2" in this window (another lesson?). Stop or close that panel, then press Start here.</source>
        <translation>%1 is already used by the panel "%2" in this window (another lesson?). Stop or close that panel, then press Start here.</translation>
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
        <source>The panel "%1" (%2) cannot be opened: this version has no such panel yet.</source>
        <translation>The panel "%1" (%2) cannot be opened: this version has no such panel yet.</translation>
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
</context>
<context>
    <name>swb::net::AppendFile</name>
    <message>
        <source>Cannot open "%1" for appending: %2. Choose a file in a folder you may write to.</source>
        <translation>Cannot open "%1" for appending: %2. Choose a file in a folder you may write to.</translation>
    </message>
    <message>
        <source>The append file "%1" is not open.</source>
        <translation>The append file "%1" is not open.</translation>
    </message>
    <message>
        <source>Writing to "%1" failed: %2. The received bytes are still in the traffic table.</source>
        <translation>Writing to "%1" failed: %2. The received bytes are still in the traffic table.</translation>
    </message>
</context>
<context>
    <name>swb::net::JsonFields</name>
    <message>
        <source>%1, "%2": %3</source>
        <translation>%1, "%2": %3</translation>
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
        <source>expected text for language "%1"</source>
        <translation>expected text for language "%1"</translation>
    </message>
    <message>
        <source>unknown reply "%1" (use none, echo, prefix, timestamp, fixed, template or time-format)</source>
        <translation>unknown reply "%1" (use none, echo, prefix, timestamp, fixed, template or time-format)</translation>
    </message>
</context>
<context>
    <name>swb::net::LessonCatalog</name>
    <message>
        <source>There is no lesson "%1". The lessons are: %2.</source>
        <translation>There is no lesson "%1". The lessons are: %2.</translation>
    </message>
</context>
<context>
    <name>swb::net::PayloadComposer</name>
    <message>
        <source>Not a hex digit: '%1' at position %2.</source>
        <translation>Not a hex digit: '%1' at position %2.</translation>
    </message>
    <message>
        <source>'0x' at position %1 is not followed by hex digits.</source>
        <translation>'0x' at position %1 is not followed by hex digits.</translation>
    </message>
    <message>
        <source>Odd number of hex digits: '%1' at position %2 has no partner; write each byte as two digits.</source>
        <translation>Odd number of hex digits: '%1' at position %2 has no partner; write each byte as two digits.</translation>
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
        <source>Unknown escape '\%1' at position %2. Known escapes: \r \n \t \\ \0 \" \' \xNN.</source>
        <translation>Unknown escape '\%1' at position %2. Known escapes: \r \n \t \\ \0 \" \' \xNN.</translation>
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
        <source>Note: "localhost" may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</source>
        <translation>Note: "localhost" may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</translation>
    </message>
    <message>
        <source>Host not found: "%1". Check the spelling, or use an IP address such as 127.0.0.1.</source>
        <translation>Host not found: "%1". Check the spelling, or use an IP address such as 127.0.0.1.</translation>
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
        <source>"%1" is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</source>
        <translation>"%1" is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</translation>
    </message>
    <message>
        <source>"%1" is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</source>
        <translation>"%1" is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp 'sport = :%1'. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</source>
        <translation>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp 'sport = :%1'. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamServerEndpoint</name>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation><numerusform>%n byte from %1</numerusform><numerusform>%n bytes from %1</numerusform></translation>
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
</context>
<context>
    <name>swb::net::StrftimeFormatter</name>
    <message>
        <source>Lone '%' at the end (position %1); write %% for a literal percent sign.</source>
        <translation>Lone '%' at the end (position %1); write %% for a literal percent sign.</translation>
    </message>
    <message>
        <source>Unknown directive %1 at position %2.</source>
        <translation>Unknown directive %1 at position %2.</translation>
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
    <name>swb::net::TrafficWriter</name>
    <message>
        <source>Cannot write the traffic file "%1": %2.</source>
        <translation>Cannot write the traffic file "%1": %2.</translation>
    </message>
    <message>
        <source>Writing the traffic file "%1" failed: %2.</source>
        <translation>Writing the traffic file "%1" failed: %2.</translation>
    </message>
</context>
<context>
    <name>swb::net::WorkspaceFile</name>
    <message>
        <source>panel %1</source>
        <translation>panel %1</translation>
    </message>
    <message>
        <source>unknown encoding "%1" (use UTF-8, GBK, GB18030 or Latin-1)</source>
        <translation>unknown encoding "%1" (use UTF-8, GBK, GB18030 or Latin-1)</translation>
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
        <source>unknown mode "%1" (use text, escapes or hex)</source>
        <translation>unknown mode "%1" (use text, escapes or hex)</translation>
    </message>
    <message>
        <source>unknown line ending "%1" (use none, lf or crlf)</source>
        <translation>unknown line ending "%1" (use none, lf or crlf)</translation>
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
        <source>This is not a Socket Workbench workspace: "format" must be "%1".</source>
        <translation>This is not a Socket Workbench workspace: "format" must be "%1".</translation>
    </message>
    <message>
        <source>The workspace has no "version"; add "version": %1.</source>
        <translation>The workspace has no "version"; add "version": %1.</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported; this version of the app reads version %2.</source>
        <translation>Workspace version %1 is not supported; this version of the app reads version %2.</translation>
    </message>
    <message>
        <source>"panels" must be a list [ ... ].</source>
        <translation>"panels" must be a list [ ... ].</translation>
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
        <source>Cannot open the workspace "%1": %2.</source>
        <translation>Cannot open the workspace "%1": %2.</translation>
    </message>
    <message>
        <source>"%1" is too large to be a workspace.</source>
        <translation>"%1" is too large to be a workspace.</translation>
    </message>
    <message>
        <source>Cannot save the workspace to "%1": %2.</source>
        <translation>Cannot save the workspace to "%1": %2.</translation>
    </message>
    <message>
        <source>unknown panel type "%1" (use tcp-server, tcp-client, udp, local-server or local-client)</source>
        <translation>unknown panel type "%1" (use tcp-server, tcp-client, udp, local-server or local-client)</translation>
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
        <source>Like Python's time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</source>
        <translation>Like Python's time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</translation>
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
        <source>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client's address.</source>
        <translation>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client's address.</translation>
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
        <source>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes' chat.</source>
        <translation>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes' chat.</translation>
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
        <source>Log the length of every message</source>
        <translation>Log the length of every message</translation>
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
</context>
<context>
    <name>swb::widgets::LessonPane</name>
    <message>
        <source>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</source>
        <translation>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</translation>
    </message>
    <message>
        <source>The same in Python (from the notes)</source>
        <translation>The same in Python (from the notes)</translation>
    </message>
</context>
<context>
    <name>swb::widgets::Panel</name>
    <message>
        <source>RX %1 bytes in %2 messages · TX %3 bytes in %4 messages</source>
        <translation>RX %1 bytes in %2 messages · TX %3 bytes in %4 messages</translation>
    </message>
</context>
<context>
    <name>swb::widgets::PanelFactory</name>
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
</context>
<context>
    <name>swb::widgets::TcpClientPanel</name>
    <message>
        <source>Not connected: press Connect first, then send.</source>
        <translation>Not connected: press Connect first, then send.</translation>
    </message>
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
        <source>Close after sending or receiving:</source>
        <translation>Close after sending or receiving:</translation>
    </message>
    <message>
        <source>e.g. q</source>
        <translation>e.g. q</translation>
    </message>
    <message>
        <source>As in the notes' chat: typing q, or receiving q, ends the conversation.</source>
        <translation>As in the notes' chat: typing q, or receiving q, ends the conversation.</translation>
    </message>
    <message>
        <source>Type the server's host name or address, e.g. 127.0.0.1.</source>
        <translation>Type the server's host name or address, e.g. 127.0.0.1.</translation>
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
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with "address already in use".</source>
        <translation>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with "address already in use".</translation>
    </message>
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
        <source>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</source>
        <translation>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this address and port.</source>
        <translation>Listening on %1. Clients connect to this address and port.</translation>
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
        <source>Select a client in the list first, or choose "all clients".</source>
        <translation>Select a client in the list first, or choose "all clients".</translation>
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
        <translation><numerusform>#%1 %2 %Ln byte</numerusform><numerusform>#%1 %2 %Ln bytes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln old row(s) dropped to stay within the memory limit</source>
        <translation><numerusform>%Ln old row dropped to stay within the memory limit</numerusform><numerusform>%Ln old rows dropped to stay within the memory limit</numerusform></translation>
    </message>
</context>
</TS>