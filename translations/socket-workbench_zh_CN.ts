<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>swb::app::CommandLine</name>
    <message>
        <source>Socket Workbench: start TCP servers and clients, send text or bytes, and watch every byte.</source>
        <translation>套接字工作台：启动 TCP 服务器和客户端，发送文本或字节，看清每一个字节。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Open the built-in lesson ID and start its servers.</source>
        <translation>打开编号为 ID 的内置课程，并启动课程中的服务器。</translation>
    </message>
    <message>
        <source>Print the lesson IDs and titles and exit.</source>
        <translation>列出所有课程的编号和标题，然后退出。</translation>
    </message>
    <message>
        <source>Quit by itself after SECONDS (for demos and scripts).</source>
        <translation>SECONDS 秒后自动退出（用于演示和脚本）。</translation>
    </message>
    <message>
        <source>When quitting, write the whole traffic log to FILE (.jsonl or .csv).</source>
        <translation>退出时把全部流量记录写入 FILE（.jsonl 或 .csv）。</translation>
    </message>
    <message>
        <source>A workspace file to open.</source>
        <translation>要打开的工作区文件。</translation>
    </message>
    <message>
        <source>Run socket-workbench --help for the options.</source>
        <translation>运行 socket-workbench --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unknown language "%1": use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds, not "%1".</source>
        <translation>--quit-after 需要整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give at most one workspace file, not %1.</source>
        <translation>最多只能指定一个工作区文件，而这里给出了 %1 个。</translation>
    </message>
</context>
<context>
    <name>swb::app::MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save workspace as…</source>
        <translation>工作区另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export traffic…</source>
        <translation>导出流量记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Add TCP &amp;server</source>
        <translation>添加 TCP 服务器(&amp;S)</translation>
    </message>
    <message>
        <source>Add TCP &amp;client</source>
        <translation>添加 TCP 客户端(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename panel…</source>
        <translation>重命名面板(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close panel</source>
        <translation>关闭面板(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Clear traffic</source>
        <translation>清空流量记录(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Pause auto-scroll</source>
        <translation>暂停自动滚动(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;opy selected rows</source>
        <translation>复制选中的行(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;lesson pane</source>
        <translation>显示课程窗格(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Socket Workbench</source>
        <translation>关于套接字工作台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>swb::app::MainWindow</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Socket Workbench</source>
        <translation>套接字工作台</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Cannot save workspace</source>
        <translation>无法保存工作区</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>工作区文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>保存工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>工作区文件 (*.json)</translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>导出流量记录</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines 文件 (*.jsonl);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export traffic</source>
        <translation>无法导出流量记录</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条事件保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename panel</source>
        <translation>重命名面板</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>About Socket Workbench</source>
        <translation>关于套接字工作台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;套接字工作台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;启动 TCP 服务器和客户端，发送文本或字节，看清每一个字节，帮助你学习和调试套接字编程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open panel</source>
        <translation>无法打开面板</translation>
    </message>
</context>
<context>
    <name>swb::app::PanelManager</name>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>%1 is already used by the panel "%2" in this window (another lesson?). Stop or close that panel, then press Start here.</source>
        <translation>%1 已被本窗口中的面板“%2”占用（也许来自另一节课程？）。请先停止或关闭那个面板，再在这里点“启动”。</translation>
    </message>
    <message>
        <source>TCP port %1</source>
        <translation>TCP 端口 %1</translation>
    </message>
    <message>
        <source>UDP port %1</source>
        <translation>UDP 端口 %1</translation>
    </message>
    <message>
        <source>The local socket %1</source>
        <translation>本地套接字 %1</translation>
    </message>
    <message>
        <source>The panel "%1" (%2) cannot be opened: this version has no such panel yet.</source>
        <translation>无法打开面板“%1”（%2）：这个版本还没有这种面板。</translation>
    </message>
</context>
<context>
    <name>swb::models::ConnectionListModel</name>
    <message>
        <source>Peer (raddr)</source>
        <translation>对端（raddr）</translation>
    </message>
    <message>
        <source>Local (laddr)</source>
        <translation>本端（laddr）</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>地址族</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>连接时间</translation>
    </message>
    <message>
        <source>Bytes in</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <source>Bytes out</source>
        <translation>发送字节数</translation>
    </message>
</context>
<context>
    <name>swb::models::TrafficModel</name>
    <message>
        <source>listen</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接受连接</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>← recv</source>
        <translation>← 接收</translation>
    </message>
    <message>
        <source>→ send</source>
        <translation>→ 发送</translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本端</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>swb::net::AppendFile</name>
    <message>
        <source>Cannot open "%1" for appending: %2. Choose a file in a folder you may write to.</source>
        <translation>无法以追加方式打开“%1”：%2。请选择一个你有写入权限的文件夹中的文件。</translation>
    </message>
    <message>
        <source>The append file "%1" is not open.</source>
        <translation>追加文件“%1”没有打开。</translation>
    </message>
    <message>
        <source>Writing to "%1" failed: %2. The received bytes are still in the traffic table.</source>
        <translation>写入“%1”失败：%2。收到的字节仍保留在流量表中。</translation>
    </message>
</context>
<context>
    <name>swb::net::JsonFields</name>
    <message>
        <source>%1, "%2": %3</source>
        <translation>%1 中的 "%2"：%3</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>应为文本</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected an object { ... }</source>
        <translation>应为对象 { ... }</translation>
    </message>
    <message>
        <source>expected text for language "%1"</source>
        <translation>语言“%1”对应的值应为文本</translation>
    </message>
    <message>
        <source>unknown reply "%1" (use none, echo, prefix, timestamp, fixed, template or time-format)</source>
        <translation>未知的回复方式“%1”（可用 none、echo、prefix、timestamp、fixed、template 或 time-format）</translation>
    </message>
</context>
<context>
    <name>swb::net::LessonCatalog</name>
    <message>
        <source>There is no lesson "%1". The lessons are: %2.</source>
        <translation>没有课程“%1”。现有的课程：%2。</translation>
    </message>
</context>
<context>
    <name>swb::net::PayloadComposer</name>
    <message>
        <source>Not a hex digit: '%1' at position %2.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <source>'0x' at position %1 is not followed by hex digits.</source>
        <translation>位置 %1 处的“0x”后面没有十六进制数字。</translation>
    </message>
    <message>
        <source>Odd number of hex digits: '%1' at position %2 has no partner; write each byte as two digits.</source>
        <translation>十六进制数字的个数是奇数：位置 %2 处的“%1”没有配对；每个字节要写成两位数字。</translation>
    </message>
    <message>
        <source>Lone backslash at the end (position %1). Write \\ for a literal backslash.</source>
        <translation>末尾（位置 %1）有一个单独的反斜杠。要表示反斜杠本身，请写成 \\。</translation>
    </message>
    <message>
        <source>\x at position %1 must be followed by exactly two hex digits, e.g. \x0A.</source>
        <translation>位置 %1 处的 \x 后面必须紧跟两位十六进制数字，例如 \x0A。</translation>
    </message>
    <message>
        <source>Backslash at position %1 is followed by %2, not an escape letter. Write \\ for a literal backslash.</source>
        <translation>位置 %1 处的反斜杠后面是 %2，不是转义字母。要表示反斜杠本身，请写成 \\。</translation>
    </message>
    <message>
        <source>Unknown escape '\%1' at position %2. Known escapes: \r \n \t \\ \0 \" \' \xNN.</source>
        <translation>位置 %2 处的转义“\%1”无法识别。可用的转义：\r \n \t \\ \0 \" \' \xNN。</translation>
    </message>
</context>
<context>
    <name>swb::net::ReplyEngine</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Fixed reply</source>
        <translation>固定回复</translation>
    </message>
    <message>
        <source>Time format: %1</source>
        <translation>时间格式：%1</translation>
    </message>
    <message>
        <source>Invalid time format: %1</source>
        <translation>时间格式无效：%1</translation>
    </message>
</context>
<context>
    <name>swb::net::SocketErrors</name>
    <message>
        <source>Port %1 is below 1024, and only the administrator may use such ports. Choose a port from 1024 up, for example 8001.</source>
        <translation>端口 %1 小于 1024，这类端口只有管理员才能使用。请选择 1024 及以上的端口，例如 8001。</translation>
    </message>
    <message>
        <source>This machine has no address %1, so nothing can listen on it. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every address of this machine).</source>
        <translation>本机没有 %1 这个地址，因此无法在它上面监听。请使用 127.0.0.1（仅限本机）或 0.0.0.0（本机的所有地址）。</translation>
    </message>
    <message>
        <source>Too many open files: the system ran out of socket descriptors. Close some connections and try again.</source>
        <translation>打开的文件过多：系统的套接字描述符已经用完。请关闭一些连接后再试。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>无法在 %1 的 %2 端口上监听：%3。</translation>
    </message>
    <message>
        <source>Connection refused by %1 port %2: nothing is listening there. Start the server first; with TCP the server must be running before the client connects.</source>
        <translation>%1 的 %2 端口拒绝了连接：该端口上没有程序在监听。请先启动服务器；使用 TCP 时，必须先运行服务器，客户端才能连接。</translation>
    </message>
    <message>
        <source>Note: "localhost" may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</source>
        <translation>注意：localhost 可能指向 ::1（IPv6），而服务器监听的是 127.0.0.1（IPv4）；请改用 127.0.0.1 试试。</translation>
    </message>
    <message>
        <source>Host not found: "%1". Check the spelling, or use an IP address such as 127.0.0.1.</source>
        <translation>找不到主机“%1”。请检查拼写，或者直接使用 IP 地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>对端关闭了连接。</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 in time. A firewall may be dropping the packets, or the host is down.</source>
        <translation>%1 的 %2 端口没有及时应答。可能是防火墙丢弃了数据包，或者对方主机不在线。</translation>
    </message>
    <message>
        <source>Network error with %1 port %2: %3. The peer may have reset the connection or the network is unreachable.</source>
        <translation>与 %1 的 %2 端口通信时出现网络错误：%3。可能是对端重置了连接，或者网络不可达。</translation>
    </message>
    <message>
        <source>Permission denied for %1 port %2: %3.</source>
        <translation>没有权限访问 %1 的 %2 端口：%3。</translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open sockets?): %1.</source>
        <translation>系统资源不足（打开的套接字太多？）：%1。</translation>
    </message>
    <message>
        <source>Socket error with %1 port %2: %3.</source>
        <translation>套接字出错（%1，端口 %2）：%3。</translation>
    </message>
    <message>
        <source>"%1" is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</source>
        <translation>“%1”不是 IP 地址。请使用 127.0.0.1（仅限本机）、0.0.0.0 或 ::（所有地址），或者本机的某个地址。</translation>
    </message>
    <message>
        <source>"%1" is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</source>
        <translation>“%1”不是有效的端口。端口是 0 到 65535 之间的整数（监听时填 0 表示任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp 'sport = :%1'. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</source>
        <translation>%2 上的 %1 端口已被占用：另一个程序或另一个面板正在该端口监听。请先停止它，或者换一个端口（填 0 则任选一个空闲端口）。想知道是哪个程序占用了它，可以运行：ss -ltnp 'sport = :%1'。如果刚停止的服务器才用过这个端口，它留下的旧连接会处于 TIME_WAIT 状态，最多占用约一分钟：请稍等，或者让新旧两个服务器都设置 SO_REUSEADDR。</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamServerEndpoint</name>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection from %1 closed (%2).</source>
        <translation>来自 %1 的连接已关闭（%2）。</translation>
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
        <translation>由用户关闭</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamSession</name>
    <message>
        <source>closed by the server after greeting</source>
        <translation>服务器发送欢迎语后关闭了连接</translation>
    </message>
    <message>
        <source>closed by the server after sending the close word</source>
        <translation>服务器发出结束词后关闭了连接</translation>
    </message>
    <message>
        <source>closed by the server after replying</source>
        <translation>服务器回复后关闭了连接</translation>
    </message>
    <message>
        <source>closed by the server: the close word arrived</source>
        <translation>收到结束词，服务器关闭了连接</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>对端关闭了连接</translation>
    </message>
</context>
<context>
    <name>swb::net::StrftimeFormatter</name>
    <message>
        <source>Lone '%' at the end (position %1); write %% for a literal percent sign.</source>
        <translation>末尾（位置 %1）有一个单独的“%”；要表示百分号本身，请写成 %%。</translation>
    </message>
    <message>
        <source>Unknown directive %1 at position %2.</source>
        <translation>位置 %2 处的格式指令 %1 无法识别。</translation>
    </message>
</context>
<context>
    <name>swb::net::TcpClientEndpoint</name>
    <message>
        <source>connecting to %1 port %2</source>
        <translation>正在连接 %1 的 %2 端口</translation>
    </message>
    <message>
        <source>connected to %1 (%2)</source>
        <translation>已连接到 %1（%2）</translation>
    </message>
    <message>
        <source>Connected to %1 from %2.</source>
        <translation>已连接到 %1，本端地址为 %2。</translation>
    </message>
    <message>
        <source>closed by this client</source>
        <translation>本客户端关闭了连接</translation>
    </message>
    <message>
        <source>closed by the peer</source>
        <translation>对端关闭了连接</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>已断开与 %1 的连接。</translation>
    </message>
</context>
<context>
    <name>swb::net::TcpServerEndpoint</name>
    <message>
        <source>listening, backlog %1, SO_REUSEADDR %2</source>
        <translation>开始监听，backlog 为 %1，SO_REUSEADDR：%2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation>服务器已停止，连接随之关闭</translation>
    </message>
    <message>
        <source>server stopped</source>
        <translation>服务器已停止</translation>
    </message>
</context>
<context>
    <name>swb::net::TrafficWriter</name>
    <message>
        <source>Cannot write the traffic file "%1": %2.</source>
        <translation>无法写入流量文件“%1”：%2。</translation>
    </message>
    <message>
        <source>Writing the traffic file "%1" failed: %2.</source>
        <translation>写入流量文件“%1”失败：%2。</translation>
    </message>
</context>
<context>
    <name>swb::net::WorkspaceFile</name>
    <message>
        <source>panel %1</source>
        <translation>面板 %1</translation>
    </message>
    <message>
        <source>unknown encoding "%1" (use UTF-8, GBK, GB18030 or Latin-1)</source>
        <translation>未知的编码“%1”（可用 UTF-8、GBK、GB18030 或 Latin-1）</translation>
    </message>
    <message>
        <source>panel %1: %2</source>
        <translation>面板 %1：%2</translation>
    </message>
    <message>
        <source>panel %1, send</source>
        <translation>面板 %1 的发送设置</translation>
    </message>
    <message>
        <source>unknown mode "%1" (use text, escapes or hex)</source>
        <translation>未知的发送格式“%1”（可用 text、escapes 或 hex）</translation>
    </message>
    <message>
        <source>unknown line ending "%1" (use none, lf or crlf)</source>
        <translation>未知的行尾“%1”（可用 none、lf 或 crlf）</translation>
    </message>
    <message>
        <source>This is not a valid JSON file: %1 at byte %2.</source>
        <translation>这不是有效的 JSON 文件：%1（位于第 %2 个字节）。</translation>
    </message>
    <message>
        <source>This is not a Socket Workbench workspace: the top level is not an object.</source>
        <translation>这不是套接字工作台的工作区文件：顶层不是对象。</translation>
    </message>
    <message>
        <source>This is not a Socket Workbench workspace: "format" must be "%1".</source>
        <translation>这不是套接字工作台的工作区文件："format" 必须是 "%1"。</translation>
    </message>
    <message>
        <source>The workspace has no "version"; add "version": %1.</source>
        <translation>工作区文件缺少 "version"；请加上 "version": %1。</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported; this version of the app reads version %2.</source>
        <translation>不支持版本为 %1 的工作区文件；本程序的这个版本只能读取版本 %2。</translation>
    </message>
    <message>
        <source>"panels" must be a list [ ... ].</source>
        <translation>"panels" 必须是列表 [ ... ]。</translation>
    </message>
    <message>
        <source>panel %1 is not an object { ... }.</source>
        <translation>面板 %1 不是对象 { ... }。</translation>
    </message>
    <message>
        <source>The workspace has problems, so nothing was changed:
%1</source>
        <translation>工作区文件有问题，因此没有做任何更改：
%1</translation>
    </message>
    <message>
        <source>Cannot open the workspace "%1": %2.</source>
        <translation>无法打开工作区文件“%1”：%2。</translation>
    </message>
    <message>
        <source>"%1" is too large to be a workspace.</source>
        <translation>“%1”太大了，不可能是工作区文件。</translation>
    </message>
    <message>
        <source>Cannot save the workspace to "%1": %2.</source>
        <translation>无法把工作区保存到“%1”：%2。</translation>
    </message>
    <message>
        <source>unknown panel type "%1" (use tcp-server, tcp-client, udp, local-server or local-client)</source>
        <translation>未知的面板类型“%1”（可用 tcp-server、tcp-client、udp、local-server 或 local-client）</translation>
    </message>
    <message>
        <source>panel %1, udp</source>
        <translation>面板 %1，udp</translation>
    </message>
    <message>
        <source>a local socket needs a path</source>
        <translation>本地套接字需要一个路径</translation>
    </message>
    <message>
        <source>expected a list of group addresses</source>
        <translation>应为组地址列表</translation>
    </message>
</context>
<context>
    <name>swb::widgets::BehaviourEditor</name>
    <message>
        <source>Reply:</source>
        <translation>回复方式：</translation>
    </message>
    <message>
        <source>None (you type the replies)</source>
        <translation>不自动回复（由你手动输入）</translation>
    </message>
    <message>
        <source>Echo (send back what arrived)</source>
        <translation>回显（原样发回收到的内容）</translation>
    </message>
    <message>
        <source>Prefix + message</source>
        <translation>前缀 + 消息</translation>
    </message>
    <message>
        <source>Time stamp + message</source>
        <translation>时间戳 + 消息</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>固定文字</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>e.g. received: </source>
        <translation>例如 received: </translation>
    </message>
    <message>
        <source>strftime format, e.g. [%Y-%m-%d %X]:</source>
        <translation>strftime 格式，例如 [%Y-%m-%d %X]:</translation>
    </message>
    <message>
        <source>Like Python's time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</source>
        <translation>与 Python 的 time.strftime 相同：%Y 年、%m 月、%d 日、%H 时、%M 分、%S 秒、%X 时间、%x 日期，%% 表示百分号本身。</translation>
    </message>
    <message>
        <source>e.g. I can see you.  (escapes like \r\n allowed)</source>
        <translation>例如 I can see you.（可以使用 \r\n 等转义）</translation>
    </message>
    <message>
        <source>e.g. Hello, {data}!</source>
        <translation>例如 Hello, {data}!</translation>
    </message>
    <message>
        <source>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client's address.</source>
        <translation>{data} 为收到的消息（不含行尾），{time}、{date}、{datetime} 为当前的时间、日期、日期和时间，{counter} 为到目前为止的消息数，{peer} 为客户端的地址。</translation>
    </message>
    <message>
        <source>Greet on connect:</source>
        <translation>连接时发送欢迎语：</translation>
    </message>
    <message>
        <source>e.g. Welcome!\r\n</source>
        <translation>例如 Welcome!\r\n</translation>
    </message>
    <message>
        <source>then close the connection</source>
        <translation>然后关闭连接</translation>
    </message>
    <message>
        <source>Close the connection after the first reply</source>
        <translation>第一次回复后关闭连接</translation>
    </message>
    <message>
        <source>Close when a message is:</source>
        <translation>收到以下消息时关闭连接：</translation>
    </message>
    <message>
        <source>e.g. exit or q</source>
        <translation>例如 exit 或 q</translation>
    </message>
    <message>
        <source>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes' chat.</source>
        <translation>比较时不计行尾。你自己发送这个词也会关闭连接，和笔记里的聊天程序一样。</translation>
    </message>
    <message>
        <source>Reply delay:</source>
        <translation>回复延迟：</translation>
    </message>
    <message>
        <source>Append received bytes to:</source>
        <translation>把收到的字节追加到：</translation>
    </message>
    <message>
        <source>file name, e.g. message</source>
        <translation>文件名，例如 message</translation>
    </message>
    <message>
        <source>Every received byte is appended and flushed at once. A relative name is relative to the folder the app was started in.</source>
        <translation>收到的每个字节都会立即追加并写入磁盘。相对路径以启动本程序时所在的文件夹为基准。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Append received bytes to</source>
        <translation>把收到的字节追加到</translation>
    </message>
    <message>
        <source>Time in the format received</source>
        <translation>按收到的格式回复当前时间</translation>
    </message>
    <message>
        <source>Each message is a strftime format such as %Y-%m-%d %H:%M:%S; the reply is the current time in that format.</source>
        <translation>每条消息都是一个 strftime 格式，例如 %Y-%m-%d %H:%M:%S；回复的是按该格式表示的当前时间。</translation>
    </message>
    <message>
        <source>Log the length of every message</source>
        <translation>记录每条消息的长度</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ByteDetailView</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>How the bytes are decoded into the text on the right</source>
        <translation>字节如何解码成右侧显示的文本</translation>
    </message>
    <message>
        <source>Every byte in hex and ASCII; %1 copies the dump</source>
        <translation>以十六进制和 ASCII 显示每个字节；按 %1 复制全部内容</translation>
    </message>
    <message>
        <source>No payload</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>The payload decoded as text. Control characters are shown as escapes such as \r or \x00; lines longer than %1 characters are broken for display and marked with %2.</source>
        <translation>解码成文本的数据。控制字符显示为转义形式，例如 \r 或 \x00；超过 %1 个字符的行会折行显示，并用 %2 标出。</translation>
    </message>
    <message>
        <source>Select a row to see its bytes.</source>
        <translation>选中一行即可查看它的字节。</translation>
    </message>
    <message>
        <source>… (showing the first 4 MiB of %1 bytes; the hex view shows all)</source>
        <translation>…（共 %1 字节，这里只显示前 4 MiB；十六进制视图会显示全部内容）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ConnectionInfoView</name>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>looking up the host name</source>
        <translation>正在解析主机名</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>已绑定</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>正在监听</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>State: %1 · family %2 · type SOCK_STREAM (TCP) · local (laddr) %3 · remote (raddr) %4</source>
        <translation>状态：%1 · 地址族：%2 · 类型：SOCK_STREAM（TCP） · 本端（laddr）：%3 · 对端（raddr）：%4</translation>
    </message>
    <message>
        <source>What print(sock) shows in Python for this connection.</source>
        <translation>对这个连接执行 Python 的 print(sock) 时会显示的内容。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LessonPane</name>
    <message>
        <source>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</source>
        <translation>请从“课程”菜单打开一节课。每节课都会在笔记所用的端口上启动服务器，并说明该做什么、该注意观察什么。</translation>
    </message>
    <message>
        <source>The same in Python (from the notes)</source>
        <translation>对应的 Python 代码（摘自笔记）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::Panel</name>
    <message>
        <source>RX %1 bytes in %2 messages · TX %3 bytes in %4 messages</source>
        <translation>接收 %1 字节（%2 条消息） · 发送 %3 字节（%4 条消息）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::PanelFactory</name>
    <message>
        <source>TCP server</source>
        <translation>TCP 服务器</translation>
    </message>
    <message>
        <source>TCP client</source>
        <translation>TCP 客户端</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>本地服务器</translation>
    </message>
    <message>
        <source>Local client</source>
        <translation>本地客户端</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SendBox</name>
    <message>
        <source>Type a message and press Enter. Tokens: {time} {date} {datetime} {counter} {peer}</source>
        <translation>输入消息后按回车发送。可用占位符：{time} {date} {datetime} {counter} {peer}</translation>
    </message>
    <message>
        <source>Enter sends. Up and Down walk through what you sent before.</source>
        <translation>按回车发送。用上/下方向键可以翻看之前发送过的内容。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>As:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Text with escapes</source>
        <translation>带转义的文本</translation>
    </message>
    <message>
        <source>Hex bytes</source>
        <translation>十六进制字节</translation>
    </message>
    <message>
        <source>Text: sent as typed.
Escapes: \r \n \t \\ \xNN are replaced (\xNN is one byte).
Hex: bytes such as 68 65 6c 6c 6f.</source>
        <translation>文本：按输入的内容原样发送。
带转义：\r \n \t \\ \xNN 会被替换（\xNN 表示一个字节）。
十六进制：逐个字节书写，例如 68 65 6c 6c 6f。</translation>
    </message>
    <message>
        <source>Line end:</source>
        <translation>行尾：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Added after each message in text modes. nc and line-based servers want LF; HTTP and Telnet want CRLF.</source>
        <translation>在文本格式下自动加在每条消息末尾。nc 和按行处理的服务器要用 LF；HTTP 和 Telnet 要用 CRLF。</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>How text becomes bytes when sending, and bytes become text when showing and replying.</source>
        <translation>发送时如何把文本转换成字节，显示和回复时如何把字节转换成文本。</translation>
    </message>
    <message>
        <source>Auto-send every</source>
        <translation>自动发送，每隔</translation>
    </message>
    <message>
        <source>times:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <source>until stopped</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <source>Nothing to send: type some text, or choose a line ending.</source>
        <translation>没有可发送的内容：请输入文字，或者选择一种行尾。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TcpClientPanel</name>
    <message>
        <source>Not connected: press Connect first, then send.</source>
        <translation>尚未连接：请先点“连接”，再发送。</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>A host name (localhost), an IPv4 address (127.0.0.1) or an IPv6 address (::1).</source>
        <translation>主机名（localhost）、IPv4 地址（127.0.0.1）或 IPv6 地址（::1）。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Close after sending or receiving:</source>
        <translation>发送或收到以下消息后关闭连接：</translation>
    </message>
    <message>
        <source>e.g. q</source>
        <translation>例如 q</translation>
    </message>
    <message>
        <source>As in the notes' chat: typing q, or receiving q, ends the conversation.</source>
        <translation>和笔记里的聊天程序一样：输入 q 或收到 q，对话就结束。</translation>
    </message>
    <message>
        <source>Type the server's host name or address, e.g. 127.0.0.1.</source>
        <translation>请输入服务器的主机名或地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>已断开连接。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TcpServerPanel</name>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>127.0.0.1: only this machine can connect (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can connect too.</source>
        <translation>127.0.0.1：只有本机能连接（安全的默认设置）。
0.0.0.0 或 ::：本机的所有地址，其他机器也能连接。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>0 to 65535; 0 lets the system pick a free port.</source>
        <translation>0 到 65535；填 0 由系统任选一个空闲端口。</translation>
    </message>
    <message>
        <source>Backlog:</source>
        <translation>Backlog：</translation>
    </message>
    <message>
        <source>listen(backlog): how many finished handshakes may wait for accept().</source>
        <translation>listen(backlog)：最多允许多少个已完成握手的连接排队等待 accept()。</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with "address already in use".</source>
        <translation>在 bind() 之前调用 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)：即使旧连接仍处于 TIME_WAIT 状态，重启后的服务器也能立即重新绑定这个端口。不打开它的话，快速重启会失败，报“address already in use”（地址已被占用）。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Disconnect selected</source>
        <translation>断开选中的连接</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送给：</translation>
    </message>
    <message>
        <source>selected client</source>
        <translation>选中的客户端</translation>
    </message>
    <message>
        <source>all clients</source>
        <translation>所有客户端</translation>
    </message>
    <message>
        <source>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</source>
        <translation>⚠ 其他机器也能访问：这个地址会在所有网络接口上监听。如果只想让本机访问，请使用 127.0.0.1。</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this address and port.</source>
        <translation>正在 %1 上监听。客户端要连接的就是这个地址和端口。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>The server is not running and has no clients: start it, wait for a client, then send.</source>
        <translation>服务器没有运行，也没有客户端：请先启动服务器，等客户端连上后再发送。</translation>
    </message>
    <message>
        <source>No client is connected, so nothing was sent.</source>
        <translation>没有已连接的客户端，因此什么也没有发送。</translation>
    </message>
    <message>
        <source>Select a client in the list first, or choose "all clients".</source>
        <translation>请先在列表中选中一个客户端，或者选择“所有客户端”。</translation>
    </message>
    <message>
        <source>Could not send: the connection is closing.</source>
        <translation>无法发送：连接正在关闭。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation>客户端（%1）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficView</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove all rows from the traffic table</source>
        <translation>清除流量表中的所有行</translation>
    </message>
    <message>
        <source>Pause auto-scroll</source>
        <translation>暂停自动滚动</translation>
    </message>
    <message>
        <source>Keep the table still while new rows arrive; it follows new rows only while scrolled to the bottom</source>
        <translation>有新行到来时保持表格不动；不暂停时，也只有滚动到最底部才会自动跟随新行</translation>
    </message>
    <message>
        <source>Copy rows</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text (%1)</source>
        <translation>将选中的行复制为以制表符分隔的文本（%1）</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 %Ln byte(s)</source>
        <translation>
            <numerusform>#%1 %2 %Ln 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln old row(s) dropped to stay within the memory limit</source>
        <translation>
            <numerusform>为了不超出内存上限，已丢弃 %Ln 行旧记录</numerusform>
        </translation>
    </message>
</context>
</TS>