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
        <source>Run socket-workbench --help for the options.</source>
        <translation>运行 socket-workbench --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知的语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds, not &quot;%1&quot;.</source>
        <translation>--quit-after 需要整数秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give at most one workspace file, not %1.</source>
        <translation>最多只能指定一个工作区文件，而这里给出了 %1 个。</translation>
    </message>
    <message>
        <source>Record all traffic to FILE (.jsonl or .csv) as it happens, from the start.</source>
        <translation>从启动开始，把所有流量实时记录到 FILE（.jsonl 或 .csv）。</translation>
    </message>
    <message>
        <source>Zoom the whole interface to PERCENT (100 to 300), e.g. 200 on a projector.</source>
        <translation>把整个界面缩放到 PERCENT（100 到 300），例如在投影仪上用 200。</translation>
    </message>
    <message>
        <source>A workspace file to open, or a traffic file (.jsonl) to open read-only.</source>
        <translation>要打开的工作区文件，或要以只读方式打开的流量文件（.jsonl）。</translation>
    </message>
    <message>
        <source>--zoom needs a whole percentage from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--zoom 需要 %1 到 %2 之间的整数百分比，而不是“%3”。</translation>
    </message>
</context>
<context>
    <name>swb::app::HelpTopics</name>
    <message>
        <source>&amp;Getting started</source>
        <translation>入门(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>入门</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open a lesson&lt;/b&gt; from the start page or the Lessons menu. It starts the servers its exercise needs, on the ports of the notes, and the lesson pane on the right says what to do; its self-check ticks off what has happened.</source>
        <translation>&lt;b&gt;打开一节课程&lt;/b&gt;：在开始页或“课程”菜单里选择。课程会在讲义中的端口上启动练习需要的服务器，右边的课程窗格告诉你要做什么，自查清单会勾出已经完成的步骤。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Panels&lt;/b&gt; are servers and clients: TCP, UDP, local sockets and HTTP (Panels menu). Start a server, connect a client, type in the send box and press Send.</source>
        <translation>&lt;b&gt;面板&lt;/b&gt;就是服务器和客户端：TCP、UDP、本地套接字和 HTTP（“面板”菜单）。启动一个服务器，连上一个客户端，在发送框里输入内容，再按“发送”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The traffic table&lt;/b&gt; in the middle lists every event of every panel: connections, bytes sent and received, errors. View ▸ Show the sequence diagram draws the same events over time; a panel&apos;s “Why?” button opens the error coach.</source>
        <translation>中间的&lt;b&gt;流量表&lt;/b&gt;列出每个面板的每个事件：连接、收发的字节、错误。“视图 ▸ 显示时序图”按时间顺序画出同样的事件；面板上的“为什么？”按钮会打开错误解读。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep your work&lt;/b&gt;: File ▸ Save workspace as keeps the panels and their settings; File ▸ Record traffic to disk keeps every byte; a session that ends unexpectedly is recovered at the next start.</source>
        <translation>&lt;b&gt;保存你的工作&lt;/b&gt;：“文件 ▸ 工作区另存为”保存面板和它们的设置；“文件 ▸ 把流量录制到磁盘”保存每一个字节；意外结束的会话会在下次启动时恢复。</translation>
    </message>
    <message>
        <source>&lt;b&gt;In class&lt;/b&gt;: the View menu zooms, switches themes and starts presentation mode for a projector; F9 collapses the lesson pane to the window&apos;s edge to give the panels its width.</source>
        <translation>&lt;b&gt;在课堂上&lt;/b&gt;：“视图”菜单可以缩放、切换主题，并为投影仪打开演示模式；按 F9 把课程窗格收起到窗口边缘，把它的宽度让给面板。</translation>
    </message>
    <message>
        <source>Socket Workbench shows what sockets do, byte by byte, while you learn socket programming.</source>
        <translation>套接字工作台让你在学习套接字编程时，逐个字节地看到套接字在做什么。</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut.</source>
        <translation>“帮助 ▸ 键盘快捷键”列出所有快捷键。</translation>
    </message>
    <message>
        <source>Menu command</source>
        <translation>菜单命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>swb::app::LanguageManager</name>
    <message>
        <source>Socket Workbench</source>
        <translation>套接字工作台</translation>
    </message>
</context>
<context>
    <name>swb::app::LessonSideBar</name>
    <message>
        <source>Collapse the lesson pane to the si&amp;de</source>
        <translation>把课程窗格收起到侧边(&amp;D)</translation>
    </message>
    <message>
        <source>Collapse the lesson pane to a bar at the right edge, giving its width to the panels (%1)</source>
        <translation>把课程窗格收起成窗口右边缘的一条竖栏，把它的宽度让给面板（%1）</translation>
    </message>
    <message>
        <source>%1 — click to show the lesson pane again</source>
        <translation>%1——点击重新显示课程窗格</translation>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Socket Workbench</source>
        <translation>关于套接字工作台(&amp;A)</translation>
    </message>
    <message>
        <source>Show as &amp;Python…</source>
        <translation>显示为 Python 代码(&amp;P)…</translation>
    </message>
    <message>
        <source>Show the se&amp;quence diagram</source>
        <translation>显示时序图(&amp;Q)</translation>
    </message>
    <message>
        <source>E&amp;xport the sequence diagram…</source>
        <translation>导出时序图(&amp;X)…</translation>
    </message>
    <message>
        <source>Show the &amp;error coach</source>
        <translation>显示错误解读(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Well-known ports</source>
        <translation>熟知端口(&amp;W)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Actual size (100%)</source>
        <translation>实际大小（100%）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>演示模式(&amp;R)</translation>
    </message>
    <message>
        <source>Save a scree&amp;nshot…</source>
        <translation>保存截图(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;traffic file…</source>
        <translation>打开流量文件(&amp;T)…</translation>
    </message>
    <message>
        <source>Open recorded or exported traffic (.jsonl) as a read-only session</source>
        <translation>以只读会话打开录制或导出的流量记录（.jsonl）</translation>
    </message>
    <message>
        <source>&amp;Record traffic to disk…</source>
        <translation>把流量录制到磁盘(&amp;R)…</translation>
    </message>
    <message>
        <source>Write every event to a file as it happens, so that rows leaving the table are not lost</source>
        <translation>每个事件一发生就写入文件，这样从表格中移出的行也不会丢失</translation>
    </message>
    <message>
        <source>Add &amp;UDP panel</source>
        <translation>添加 UDP 面板(&amp;U)</translation>
    </message>
    <message>
        <source>Add local socket s&amp;erver</source>
        <translation>添加本地套接字服务器(&amp;E)</translation>
    </message>
    <message>
        <source>Add local socket c&amp;lient</source>
        <translation>添加本地套接字客户端(&amp;L)</translation>
    </message>
    <message>
        <source>Add &amp;HTTP panel</source>
        <translation>添加 HTTP 面板(&amp;H)</translation>
    </message>
    <message>
        <source>Traffic &amp;memory limit…</source>
        <translation>流量内存上限(&amp;M)…</translation>
    </message>
    <message>
        <source>Reset la&amp;yout</source>
        <translation>重置布局(&amp;Y)</translation>
    </message>
    <message>
        <source>Place the panels again so that the window fits the screen</source>
        <translation>重新摆放各个面板，让窗口正好放进屏幕</translation>
    </message>
    <message>
        <source>New &amp;window</source>
        <translation>新建窗口(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;play the current capture…</source>
        <translation>回放当前抓包记录(&amp;P)…</translation>
    </message>
    <message>
        <source>Rep&amp;lay a traffic file…</source>
        <translation>回放流量文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Zoom o&amp;ut</source>
        <translation>缩小(&amp;U)</translation>
    </message>
    <message>
        <source>Show w&amp;hen presenting</source>
        <translation>演示时显示(&amp;H)</translation>
    </message>
    <message>
        <source>Copy a &amp;screenshot</source>
        <translation>复制截图(&amp;S)</translation>
    </message>
    <message>
        <source>Close pa&amp;nel</source>
        <translation>关闭面板(&amp;N)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>swb::app::MainWindow</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
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
        <source>About Socket Workbench</source>
        <translation>关于套接字工作台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Workbench %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start TCP servers and clients, send text or bytes, and watch every byte, to learn and debug socket programming.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;套接字工作台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;启动 TCP 服务器和客户端，发送文本或字节，看清每一个字节，帮助你学习和调试套接字编程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot record traffic</source>
        <translation>无法记录流量</translation>
    </message>
    <message>
        <source>The workspace&apos;s saved layout does not fit this screen, so the panels are placed to fit it.</source>
        <translation>工作区保存的布局放不进这块屏幕，所以按屏幕大小重新摆放了面板。</translation>
    </message>
    <message>
        <source>Workspace layout</source>
        <translation>工作区布局</translation>
    </message>
</context>
<context>
    <name>swb::app::PanelFactory</name>
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
        <translation>本地套接字服务器</translation>
    </message>
    <message>
        <source>Local client</source>
        <translation>本地套接字客户端</translation>
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
        <translation>面板</translation>
    </message>
    <message>
        <source>%1 is already used by the panel &quot;%2&quot; in this window (another lesson?). Stop or close that panel, then press Start here.</source>
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
        <source>Rename panel</source>
        <translation>重命名面板</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>%1 is already used by the panel &quot;%2&quot; in another window (another lesson?). Stop or close that panel, then press Start here.</source>
        <translation>%1 已被另一个窗口中的面板“%2”占用（也许来自另一节课程？）。请先停止或关闭那个面板，再在这里点“启动”。</translation>
    </message>
</context>
<context>
    <name>swb::app::PresentationMode</name>
    <message>
        <source>Traffic table</source>
        <translation>流量表</translation>
    </message>
    <message>
        <source>%1 / %2 — %3: next panels</source>
        <translation>%1 / %2 — %3：下一组面板</translation>
    </message>
</context>
<context>
    <name>swb::app::SessionRecovery</name>
    <message>
        <source>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again.</source>
        <translation>已从意外结束的会话中恢复工作区。其中的服务器没有启动：需要时在面板里点“启动”。</translation>
    </message>
    <message>
        <source>A session that ended unexpectedly left its workspace in %1. Start Socket Workbench without a workspace or lesson to recover it, or open that file.</source>
        <translation>一个意外结束的会话把工作区留在了 %1。不带工作区或课程参数启动套接字工作台即可恢复它，也可以直接打开这个文件。</translation>
    </message>
    <message>
        <source>Cannot create %1: the workspace will not be autosaved.</source>
        <translation>无法创建 %1：工作区将不会自动保存。</translation>
    </message>
    <message>
        <source>Cannot autosave the workspace to %1: %2.</source>
        <translation>无法把工作区自动保存到 %1：%2。</translation>
    </message>
    <message>
        <source>Workspace recovered</source>
        <translation>工作区已恢复</translation>
    </message>
    <message>
        <source>Workspace not recovered</source>
        <translation>工作区未恢复</translation>
    </message>
    <message>
        <source>Recovered the workspace from a session that ended unexpectedly. Its servers are stopped: press Start in a panel to run it again. The traffic it was recording, up to the last write to disk, is in %1 (File ▸ Open traffic file).</source>
        <translation>已从意外结束的会话中恢复工作区。其中的服务器没有启动：需要时在面板里点“启动”。它当时正在录制的流量（截至最后一次写入磁盘）保存在 %1（文件 ▸ 打开流量文件）。</translation>
    </message>
</context>
<context>
    <name>swb::app::TeachingTools</name>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Error coach</source>
        <translation>错误解读</translation>
    </message>
    <message>
        <source>Click into a panel first: Show as Python shows that panel.</source>
        <translation>请先点一下某个面板：“显示为 Python 代码”显示的就是那个面板。</translation>
    </message>
    <message>
        <source>Screenshot of the window copied (%1 × %2).</source>
        <translation>已复制窗口截图（%1 × %2）。</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot write the image &quot;%1&quot;.</source>
        <translation>无法写入图片“%1”。</translation>
    </message>
</context>
<context>
    <name>swb::app::TrafficTools</name>
    <message>
        <source>Recording traffic failed</source>
        <translation>记录流量失败</translation>
    </message>
    <message>
        <source>Traffic recorded to %1</source>
        <translation>流量已记录到 %1</translation>
    </message>
    <message>
        <source>Record traffic to disk</source>
        <translation>把流量记录到磁盘</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>JSON Lines 文件 (*.jsonl);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot record traffic</source>
        <translation>无法记录流量</translation>
    </message>
    <message>
        <source>Cannot open traffic file</source>
        <translation>无法打开流量文件</translation>
    </message>
    <message>
        <source>Open traffic file</source>
        <translation>打开流量文件</translation>
    </message>
    <message>
        <source>Traffic files (*.jsonl);;All files (*)</source>
        <translation>流量文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Traffic memory limit</source>
        <translation>流量内存上限</translation>
    </message>
    <message>
        <source>Memory for the traffic table, in MiB (payloads and rows). When it is full the oldest rows leave the table; a recording to disk keeps them.</source>
        <translation>流量表可使用的内存，单位为 MiB（包括数据和行）。用满后，最旧的行会从表中移除；如果正在记录到磁盘，这些行仍保留在文件中。</translation>
    </message>
    <message>
        <source>● Recording traffic to %1</source>
        <translation>● 正在把流量记录到 %1</translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>导出流量记录</translation>
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
</context>
<context>
    <name>swb::app::WorkspaceChoiceDialog</name>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>This window already has panels open. Where should the lesson &quot;%1&quot; open?</source>
        <translation>这个窗口里已经有打开的面板了。课程“%1”要在哪里打开？</translation>
    </message>
    <message>
        <source>This window already has panels open. Where should the workspace &quot;%1&quot; open?</source>
        <translation>这个窗口里已经有打开的面板了。工作区“%1”要在哪里打开？</translation>
    </message>
    <message>
        <source>Replace closes the panels in this window first: their servers stop and free their ports, and the traffic table is emptied. A new window leaves this one as it is, with its own panels and traffic.</source>
        <translation>“替换”会先关闭这个窗口里的面板：它们的服务器随之停止，占用的端口也就空出来了，流量表同时清空。“在新窗口中打开”则保留这个窗口原样，新窗口有自己的面板和流量。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Open in a &amp;new window</source>
        <translation>在新窗口中打开(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>swb::app::WorkspaceSwitch</name>
    <message>
        <source>Replacing the open workspace with &quot;%1&quot; (no one to ask in a scripted run).</source>
        <translation>正在用“%1”替换当前的工作区（脚本运行时无人可问，默认替换）。</translation>
    </message>
</context>
<context>
    <name>swb::course::ErrorCoach</name>
    <message>
        <source>Is this port in use?</source>
        <translation>这个端口被占用了吗？</translation>
    </message>
    <message>
        <source>Loopback self-test</source>
        <translation>回环自检</translation>
    </message>
    <message>
        <source>Resolve the name</source>
        <translation>解析主机名</translation>
    </message>
    <message>
        <source>(the port)</source>
        <translation>（端口号）</translation>
    </message>
    <message>
        <source>Address already in use (EADDRINUSE, errno 98)</source>
        <translation>地址已被占用（EADDRINUSE，errno 98）</translation>
    </message>
    <message>
        <source>Another socket is already bound to %1 port %2: another program, another panel, or the notes&apos; script you started earlier. A server you stopped a moment ago can hold it too: its closed connections wait in TIME_WAIT for about a minute.</source>
        <translation>已有另一个套接字绑定在 %1 的 %2 端口上：可能是另一个程序、另一个面板，或者你之前运行的笔记里的脚本。刚停止的服务器也可能还占着它：它关闭的连接会在 TIME_WAIT 状态下等待一分钟左右。</translation>
    </message>
    <message>
        <source>Stop the other server, or choose another port (0 picks a free one). Set SO_REUSEADDR before bind() so that a restart works during TIME_WAIT. &quot;Is this port in use?&quot; shows which local address holds it; in a terminal: ss -ltnp &apos;sport = :%1&apos;.</source>
        <translation>请停止另一个服务器，或者换一个端口（填 0 则任选一个空闲端口）。在 bind() 之前设置 SO_REUSEADDR，这样在 TIME_WAIT 期间也能重启。“这个端口被占用了吗？”会显示是哪个本地地址占用了它；在终端里可以运行：ss -ltnp &apos;sport = :%1&apos;。</translation>
    </message>
    <message>
        <source>Connection refused (ECONNREFUSED)</source>
        <translation>连接被拒绝（ECONNREFUSED）</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2: the machine answered the connection request with a reset. With TCP the server must be running before the client connects.</source>
        <translation>%1 的 %2 端口上没有程序在监听：对方主机用复位（RST）回应了连接请求。使用 TCP 时，必须先运行服务器，客户端才能连接。</translation>
    </message>
    <message>
        <source>Start the server first and compare the port on both sides. &quot;Is this port in use?&quot; shows whether anything listens there, and on which address.</source>
        <translation>请先启动服务器，并核对两边的端口是否一致。“这个端口被占用了吗？”会显示那里有没有程序在监听，以及监听的是哪个地址。</translation>
    </message>
    <message>
        <source>Network or host unreachable (ENETUNREACH, EHOSTUNREACH)</source>
        <translation>网络或主机不可达（ENETUNREACH、EHOSTUNREACH）</translation>
    </message>
    <message>
        <source>There is no way to %1 from here: the network is down, the address belongs to a network this machine is not on, or a router said the host cannot be reached.</source>
        <translation>从这里无法到达 %1：可能是网络断了，可能这个地址属于本机并不在其中的网络，也可能是某个路由器报告该主机不可达。</translation>
    </message>
    <message>
        <source>Check the address; for this machine use 127.0.0.1. Check the cable or Wi-Fi and try ping %1. The loopback self-test checks this machine&apos;s own networking.</source>
        <translation>请检查地址；要访问本机，请使用 127.0.0.1。检查网线或 Wi-Fi，并试试 ping %1。“回环自检”可以检查本机自身的网络是否正常。</translation>
    </message>
    <message>
        <source>Timed out (ETIMEDOUT)</source>
        <translation>连接超时（ETIMEDOUT）</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 in time: the packets went out but nothing came back. The host may be down, or a firewall drops the packets without a word.</source>
        <translation>%1 的 %2 端口没有及时应答：数据包发出去了，却什么也没收回来。可能是对方主机不在线，或者防火墙一声不响地丢弃了数据包。</translation>
    </message>
    <message>
        <source>Check that the host is up and the address is right. A firewall that rejects gives &quot;refused&quot; at once; one that drops silently gives this timeout. The loopback self-test checks this machine&apos;s own networking.</source>
        <translation>请确认主机在线、地址正确。如果防火墙拒绝连接，会立刻报“连接被拒绝”；如果它悄悄丢弃数据包，就会出现这种超时。“回环自检”可以检查本机自身的网络是否正常。</translation>
    </message>
    <message>
        <source>Connection reset by peer (ECONNRESET)</source>
        <translation>连接被对端重置（ECONNRESET）</translation>
    </message>
    <message>
        <source>The other side aborted the connection with a reset (RST) instead of a normal close: its program crashed or was killed, or it closed with unread data. The notes&apos; try/except around recv() is for this.</source>
        <translation>对方用复位（RST）中止了连接，而不是正常关闭：它的程序崩溃了或被杀掉了，或者它在还有数据没读完时就关闭了连接。笔记里在 recv() 外面套上 try/except，就是为了应对这种情况。</translation>
    </message>
    <message>
        <source>The connection is gone; connect again. A server should catch this error for one client and keep serving the others (lesson timestamp-echo).</source>
        <translation>这个连接已经断了，请重新连接。服务器应当针对单个客户端捕获这个错误，继续为其他客户端服务（见“时间戳回显与客户端异常断开”一课）。</translation>
    </message>
    <message>
        <source>Host not found (the name lookup failed)</source>
        <translation>找不到主机（名称解析失败）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be turned into an address: the name is misspelled, or no name server knows it (this machine may have no internet).</source>
        <translation>无法把“%1”转换成地址：名字拼错了，或者没有哪个域名服务器知道它（本机可能没有连上互联网）。</translation>
    </message>
    <message>
        <source>Check the spelling, or use an IP address such as 127.0.0.1. In a terminal, getent hosts %1 shows what the system finds.</source>
        <translation>请检查拼写，或者直接使用 IP 地址，例如 127.0.0.1。在终端里运行 getent hosts %1，可以看到系统解析出了什么。</translation>
    </message>
    <message>
        <source>Permission denied: port %1 is below 1024</source>
        <translation>权限不足：端口 %1 小于 1024</translation>
    </message>
    <message>
        <source>On Linux only the administrator (root, or a program given CAP_NET_BIND_SERVICE) may listen on ports 0 to 1023. That is why HTTP&apos;s port 80 needs sudo, and why the lessons use ports from 1024 up.</source>
        <translation>在 Linux 上，只有管理员（root，或者被授予了 CAP_NET_BIND_SERVICE 的程序）才能在 0 到 1023 号端口上监听。所以 HTTP 的 80 端口需要 sudo，课程里用的也都是 1024 及以上的端口。</translation>
    </message>
    <message>
        <source>Use a port from 1024 up, for example 8080 instead of 80. Do not run the workbench as root for this.</source>
        <translation>请使用 1024 及以上的端口，例如用 8080 代替 80。不要为此以 root 身份运行本程序。</translation>
    </message>
    <message>
        <source>localhost went to ::1, the server listens on 127.0.0.1</source>
        <translation>localhost 解析成了 ::1，而服务器监听的是 127.0.0.1</translation>
    </message>
    <message>
        <source>&quot;localhost&quot; has two addresses on most systems: 127.0.0.1 (IPv4) and ::1 (IPv6). A client may try ::1 first, while a server bound to 127.0.0.1 listens on IPv4 only, so the connection to ::1 is refused.</source>
        <translation>在大多数系统上，localhost 有两个地址：127.0.0.1（IPv4）和 ::1（IPv6）。客户端可能先尝试 ::1，而绑定在 127.0.0.1 上的服务器只监听 IPv4，于是到 ::1 的连接就被拒绝了。</translation>
    </message>
    <message>
        <source>Connect to 127.0.0.1 instead of localhost, or let the server listen on :: (IPv6, and on Linux IPv4 too). &quot;Resolve the name&quot; shows what localhost means here; &quot;Is this port in use?&quot; shows the server&apos;s addresses.</source>
        <translation>请连接 127.0.0.1 而不是 localhost，或者让服务器监听 ::（IPv6，在 Linux 上也包括 IPv4）。“解析主机名”会显示 localhost 在这里指向什么；“这个端口被占用了吗？”会显示服务器监听的地址。</translation>
    </message>
    <message>
        <source>0.0.0.0 or 127.0.0.1?</source>
        <translation>0.0.0.0 还是 127.0.0.1？</translation>
    </message>
    <message>
        <source>A server bound to 127.0.0.1 takes connections to 127.0.0.1 only, from this machine: a connection to another address of the machine (%1) is refused. 0.0.0.0 means every address of this machine, so other machines can connect too.</source>
        <translation>绑定在 127.0.0.1 上的服务器只接受本机发往 127.0.0.1 的连接：发往本机其他地址（%1）的连接会被拒绝。0.0.0.0 表示本机的所有地址，这样其他机器也能连接。</translation>
    </message>
    <message>
        <source>Connect to 127.0.0.1; or, to be reachable at %1 and from other machines, let the server listen on 0.0.0.0, knowing that the whole network can then connect. &quot;Is this port in use?&quot; shows the address the server listens on.</source>
        <translation>请连接 127.0.0.1；如果想让服务器也能通过 %1 访问、让其他机器也能连接，就让它监听 0.0.0.0，但要清楚这样整个网络都能连上来。“这个端口被占用了吗？”会显示服务器监听的地址。</translation>
    </message>
    <message>
        <source>No answer at all (dropped silently)</source>
        <translation>完全没有回应（被悄悄丢弃）</translation>
    </message>
    <message>
        <source>Nothing came back and no error either: a firewall, or a UDP port that nobody reads, drops the packets without telling anyone. UDP never says whether a datagram arrived: a lost one looks exactly like an ignored one.</source>
        <translation>什么也没收回来，也没有报错：防火墙，或者没人读取的 UDP 端口，会把数据包悄悄丢掉，不通知任何人。UDP 从不告诉你数据报有没有到达：丢失的数据报和被忽略的数据报看起来一模一样。</translation>
    </message>
    <message>
        <source>Check that the server runs on the right port (&quot;Is this port in use?&quot;). For UDP, connect() the socket to the target: an ICMP &quot;port unreachable&quot; then comes back as &quot;connection refused&quot;. Check the firewall rules: sudo nft list ruleset.</source>
        <translation>请确认服务器运行在正确的端口上（用“这个端口被占用了吗？”查看）。对于 UDP，可以对套接字调用 connect() 连到目标：这样 ICMP“端口不可达”就会以“连接被拒绝”的形式返回。检查防火墙规则：sudo nft list ruleset。</translation>
    </message>
    <message>
        <source>Permission denied sending to a broadcast address</source>
        <translation>向广播地址发送时权限不足</translation>
    </message>
    <message>
        <source>Sending to a broadcast address such as 255.255.255.255 or 192.168.1.255 needs the SO_BROADCAST option, so that no program floods the network by accident. Without it, sendto() fails with EACCES.</source>
        <translation>向 255.255.255.255 或 192.168.1.255 这样的广播地址发送数据，必须打开 SO_BROADCAST 选项，以免程序不小心让数据淹没整个网络。不打开的话，sendto() 会失败并报 EACCES。</translation>
    </message>
    <message>
        <source>Turn on the UDP panel&apos;s broadcast option; in Python: sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1) before sendto().</source>
        <translation>请打开 UDP 面板的广播选项；在 Python 里：在 sendto() 之前调用 sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)。</translation>
    </message>
    <message>
        <source>Cannot assign requested address (EADDRNOTAVAIL)</source>
        <translation>无法分配请求的地址（EADDRNOTAVAIL）</translation>
    </message>
    <message>
        <source>%1 is not an address of this machine, so no socket can be bound to it.</source>
        <translation>%1 不是本机的地址，所以任何套接字都无法绑定到它上面。</translation>
    </message>
    <message>
        <source>Use 127.0.0.1 (this machine only), 0.0.0.0 (every address) or one of this machine&apos;s addresses (ip addr shows them).</source>
        <translation>请使用 127.0.0.1（仅限本机）、0.0.0.0（所有地址），或者本机的某个地址（ip addr 可以列出它们）。</translation>
    </message>
    <message>
        <source>A socket error</source>
        <translation>套接字错误</translation>
    </message>
    <message>
        <source>The message does not match a known situation.</source>
        <translation>这条错误信息不属于任何已知的情况。</translation>
    </message>
    <message>
        <source>Read the message above. The loopback self-test checks that this machine&apos;s own networking works; the other situations below may fit.</source>
        <translation>请阅读上面的错误信息。“回环自检”可以检查本机自身的网络是否正常；下面列出的其他情况也许适用。</translation>
    </message>
</context>
<context>
    <name>swb::course::LessonCatalog</name>
    <message>
        <source>There is no lesson &quot;%1&quot;. The lessons are: %2.</source>
        <translation>没有课程“%1”。现有的课程：%2。</translation>
    </message>
</context>
<context>
    <name>swb::course::LessonCheck</name>
    <message>
        <source>A client connected and the server accepted it</source>
        <translation>有客户端连上来，服务器已接受连接</translation>
    </message>
    <message>
        <source>A message reached the server (recv)</source>
        <translation>服务器收到了一条消息（recv）</translation>
    </message>
    <message>
        <source>The server answered &quot;I can see you.&quot;</source>
        <translation>服务器回复了“I can see you.”</translation>
    </message>
    <message>
        <source>A datagram arrived at the bound port, with its sender&apos;s address</source>
        <translation>绑定的端口收到了一个数据报，并带有发送方地址</translation>
    </message>
    <message>
        <source>20 datagrams arrived, each with its length</source>
        <translation>收到了 20 个数据报，每个都显示了长度</translation>
    </message>
    <message>
        <source>The frontend connected to the backend</source>
        <translation>前端已连上后端</translation>
    </message>
    <message>
        <source>Three lines reached the backend (appended to the file)</source>
        <translation>后端收到了三行（已追加到文件）</translation>
    </message>
    <message>
        <source>Two clients each got an echo starting with &quot;received: &quot;</source>
        <translation>两个客户端各自收到了以“received: ”开头的回显</translation>
    </message>
    <message>
        <source>Six echoes in all (auto-send every second)</source>
        <translation>一共收到六次回显（每秒自动发送）</translation>
    </message>
    <message>
        <source>The server received the client&apos;s message</source>
        <translation>服务器收到了客户端的消息</translation>
    </message>
    <message>
        <source>The server answered &quot;hi&quot;</source>
        <translation>服务器回复了“hi”</translation>
    </message>
    <message>
        <source>The connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>A connection closed (its end waits in TIME_WAIT)</source>
        <translation>有连接关闭了（主动关闭的一端进入 TIME_WAIT）</translation>
    </message>
    <message>
        <source>The server started again after stopping</source>
        <translation>服务器停止后又重新启动了</translation>
    </message>
    <message>
        <source>The client said something</source>
        <translation>客户端发了一句话</translation>
    </message>
    <message>
        <source>The server typed an answer</source>
        <translation>服务器输入了回复</translation>
    </message>
    <message>
        <source>Someone sent q and the conversation ended</source>
        <translation>有一方发送了 q，对话结束</translation>
    </message>
    <message>
        <source>A message &quot;name : text&quot; arrived</source>
        <translation>收到了一条“名字 : 内容”格式的消息</translation>
    </message>
    <message>
        <source>The server replied to the sender</source>
        <translation>服务器回复了发送方</translation>
    </message>
    <message>
        <source>A time format such as %Y-%m-%d arrived</source>
        <translation>收到了 %Y-%m-%d 这样的时间格式</translation>
    </message>
    <message>
        <source>Two answers with the time came back</source>
        <translation>收到了两次带时间的回复</translation>
    </message>
    <message>
        <source>The greeting 欢迎访问菜鸟教程! arrived</source>
        <translation>收到了欢迎语“欢迎访问菜鸟教程!”</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>Two answers started with [date time]:</source>
        <translation>两次回复都以 [日期 时间]: 开头</translation>
    </message>
    <message>
        <source>A second client came and went (the server survived it)</source>
        <translation>第二个客户端连上又断开了（服务器依然正常）</translation>
    </message>
    <message>
        <source>Welcome! arrived</source>
        <translation>收到了 Welcome!</translation>
    </message>
    <message>
        <source>Hello, &lt;message&gt;! came back</source>
        <translation>收到了回复 Hello, &lt;消息&gt;!</translation>
    </message>
    <message>
        <source>exit ended the connection</source>
        <translation>发送 exit 后连接结束</translation>
    </message>
    <message>
        <source>An HTTP response arrived: status line, header, body</source>
        <translation>收到了 HTTP 响应：状态行、首部和正文</translation>
    </message>
    <message>
        <source>A page was fetched (a response arrived)</source>
        <translation>已获取一个页面（收到了响应）</translation>
    </message>
    <message>
        <source>The client connected: laddr and raddr on both sides</source>
        <translation>客户端已连接：两端都能看到 laddr 和 raddr</translation>
    </message>
    <message>
        <source>The echo came back</source>
        <translation>回显已返回</translation>
    </message>
    <message>
        <source>A client connected through the socket file</source>
        <translation>有客户端通过套接字文件连上来</translation>
    </message>
    <message>
        <source>A message went through the socket file</source>
        <translation>一条消息经过了套接字文件</translation>
    </message>
    <message>
        <source>A message went from a client to a server</source>
        <translation>一条消息从客户端发到了服务器</translation>
    </message>
    <message>
        <source>An answer came back</source>
        <translation>收到了回复</translation>
    </message>
</context>
<context>
    <name>swb::course::LoopbackTest</name>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 ms 内没有应答</translation>
    </message>
    <message>
        <source>cannot listen: %1</source>
        <translation>无法监听：%1</translation>
    </message>
    <message>
        <source>%1 port %2: connected, one byte there and back in %3 ms.</source>
        <translation>%1 的 %2 端口：已连接，一个字节往返用时 %3 ms。</translation>
    </message>
    <message>
        <source>%1: failed, %2.</source>
        <translation>%1：失败，%2。</translation>
    </message>
    <message>
        <source>IPv6 loopback (::1) is missing: then &quot;localhost&quot; can only mean 127.0.0.1. Not a fault by itself.</source>
        <translation>缺少 IPv6 回环地址（::1）：这时 localhost 只能指 127.0.0.1。这本身不算故障。</translation>
    </message>
    <message>
        <source>Loopback works: this machine can talk to itself.</source>
        <translation>回环正常：本机可以和自己通信。</translation>
    </message>
    <message>
        <source>Loopback does not work: no program on this machine can reach another over 127.0.0.1. Check the firewall rules for the interface lo.</source>
        <translation>回环不可用：本机上的程序无法通过 127.0.0.1 访问另一个程序。请检查网络接口 lo 的防火墙规则。</translation>
    </message>
</context>
<context>
    <name>swb::course::PortCheck</name>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1（pid %2）</translation>
    </message>
    <message>
        <source>every IPv4 address of this machine: other machines can connect</source>
        <translation>本机的所有 IPv4 地址：其他机器也能连接</translation>
    </message>
    <message>
        <source>every address, IPv6 and (on Linux, usually) IPv4 too: other machines can connect</source>
        <translation>所有地址，IPv6 以及 IPv4（在 Linux 上通常如此）：其他机器也能连接</translation>
    </message>
    <message>
        <source>this machine only, IPv4 (127.0.0.1): not ::1, not the network address</source>
        <translation>仅限本机，IPv4（127.0.0.1）：不包括 ::1，也不包括网络地址</translation>
    </message>
    <message>
        <source>this machine only, IPv6 (::1): not 127.0.0.1</source>
        <translation>仅限本机，IPv6（::1）：不包括 127.0.0.1</translation>
    </message>
    <message>
        <source>this machine only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <source>only connections to this address</source>
        <translation>只接受发往这个地址的连接</translation>
    </message>
    <message>
        <source>Nothing listens on port %1 (TCP or UDP).</source>
        <translation>端口 %1 上没有程序在监听（TCP 和 UDP 都没有）。</translation>
    </message>
    <message>
        <source>%1 %2 port %3: %4</source>
        <translation>%1 %2 的 %3 端口：%4</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) open on this port.</source>
        <translation>
            <numerusform>这个端口上有 %n 个打开的连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old connection(s) in TIME_WAIT: a new bind() without SO_REUSEADDR fails until they are gone (about a minute).</source>
        <translation>
            <numerusform>有 %n 个旧连接处于 TIME_WAIT 状态：在它们消失之前（约一分钟），不带 SO_REUSEADDR 的 bind() 都会失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Which programs use port %1</source>
        <translation>哪些程序在使用端口 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
</context>
<context>
    <name>swb::course::PythonGenerator</name>
    <message>
        <source>There is no Python version of the panel &quot;%1&quot; (type %2) yet.</source>
        <translation>面板“%1”（类型 %2）暂时还没有对应的 Python 版本。</translation>
    </message>
    <message>
        <source>%1: what this panel does, as a Python script in the style of the notes.
Generated by Socket Workbench from the panel&apos;s current settings.
Run it with: python3 %2   (stop it with Ctrl+C)</source>
        <translation>%1：把这个面板所做的事写成笔记风格的 Python 脚本。
由套接字工作台根据面板的当前设置生成。
运行方法：python3 %2   （按 Ctrl+C 停止）</translation>
    </message>
    <message>
        <source>recv() returned b&apos;&apos;: the client closed the connection.</source>
        <translation>recv() 返回了 b&apos;&apos;：客户端关闭了连接。</translation>
    </message>
    <message>
        <source>A client that vanishes (reset) ends only its own connection.</source>
        <translation>某个客户端突然消失（连接被重置）时，只会结束它自己的那条连接。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR before bind(): the server can restart at once, even while old connections wait in TIME_WAIT.</source>
        <translation>在 bind() 之前设置 SO_REUSEADDR：即使旧连接还处于 TIME_WAIT 状态，服务器也能立即重启。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR is off: a restart within a minute of closing a connection may fail with &quot;Address already in use&quot;.</source>
        <translation>没有打开 SO_REUSEADDR：关闭连接后一分钟之内重启，可能会失败，报“Address already in use”。</translation>
    </message>
    <message>
        <source>AF_UNIX: the address is a file path. A file left by an old server is removed first.</source>
        <translation>AF_UNIX：地址是一个文件路径。旧服务器留下的文件会先被删除。</translation>
    </message>
    <message>
        <source>accept() waits for the next client and returns a new socket for it.</source>
        <translation>accept() 等待下一个客户端，并为它返回一个新的套接字。</translation>
    </message>
    <message>
        <source>One thread per client, so that clients do not wait for each other.</source>
        <translation>每个客户端一个线程，这样客户端之间就不用互相等待。</translation>
    </message>
    <message>
        <source>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;): the close word is compared without the line ending.</source>
        <translation>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;)：比较结束词时不计行尾。</translation>
    </message>
    <message>
        <source>print(sock) shows fd, family, type, laddr and raddr (lesson socket-anatomy).</source>
        <translation>print(sock) 会显示 fd、family、type、laddr 和 raddr（见课程 socket-anatomy）。</translation>
    </message>
    <message>
        <source>Print whatever the server sends, while the main thread reads your lines.</source>
        <translation>打印服务器发来的所有内容，同时主线程读取你输入的每一行。</translation>
    </message>
    <message>
        <source>IPv6 group %1: join it with IPV6_JOIN_GROUP.</source>
        <translation>IPv6 组 %1：用 IPV6_JOIN_GROUP 加入。</translation>
    </message>
    <message>
        <source>Join the multicast groups (IGMP), with TTL %1.</source>
        <translation>加入组播组（IGMP），TTL 为 %1。</translation>
    </message>
    <message>
        <source>SOCK_DGRAM is UDP: no connection, each sendto() is one datagram.</source>
        <translation>SOCK_DGRAM 就是 UDP：没有连接，每次 sendto() 发出一个数据报。</translation>
    </message>
    <message>
        <source>SO_REUSEADDR before bind(), as the panel&apos;s &quot;share address&quot; option.</source>
        <translation>在 bind() 之前设置 SO_REUSEADDR，对应面板上的“共享地址”选项。</translation>
    </message>
    <message>
        <source>SO_BROADCAST: without it, sending to a broadcast address fails with &quot;Permission denied&quot;.</source>
        <translation>SO_BROADCAST：不设置它的话，向广播地址发送会失败，报“Permission denied”。</translation>
    </message>
    <message>
        <source>connect() on UDP: only the target&apos;s datagrams arrive, and &quot;port unreachable&quot; comes back as ConnectionRefusedError.</source>
        <translation>对 UDP 套接字调用 connect()：只会收到目标发来的数据报，“端口不可达”会以 ConnectionRefusedError 的形式报告回来。</translation>
    </message>
    <message>
        <source>recvfrom() returns one datagram and the sender&apos;s address; a datagram longer than the buffer is cut off.</source>
        <translation>recvfrom() 返回一个数据报和发送方的地址；比缓冲区长的数据报会被截断。</translation>
    </message>
    <message>
        <source>This panel neither binds nor has a target: set one of them to receive or to send.</source>
        <translation>这个面板既没有绑定地址，也没有设置目标：要接收就设置绑定，要发送就设置目标。</translation>
    </message>
    <message>
        <source>Save the body, as the notes save the page.</source>
        <translation>保存正文，就像笔记里保存网页那样。</translation>
    </message>
    <message>
        <source>recv() until the server closes the connection (Connection: close).</source>
        <translation>一直 recv()，直到服务器关闭连接（Connection: close）。</translation>
    </message>
    <message>
        <source>The header ends at the first empty line: split there.</source>
        <translation>首部在第一个空行处结束：就从那里切开。</translation>
    </message>
    <message>
        <source>urllib.request comes with Python; it follows redirects by itself.</source>
        <translation>urllib.request 是 Python 自带的；它会自动跟随重定向。</translation>
    </message>
    <message>
        <source>Certificate errors are ignored, as in the panel: never do this with real data.</source>
        <translation>和面板中一样忽略证书错误：处理真实数据时千万不要这样做。</translation>
    </message>
    <message>
        <source>The same with the requests package (pip install requests), as in the notes:</source>
        <translation>用 requests 包（pip install requests）实现同样的功能，和笔记里一样：</translation>
    </message>
</context>
<context>
    <name>swb::course::PythonParts</name>
    <message>
        <source>{data} is the message without its line ending; a line-based peer (nc) gets its line ending back.</source>
        <translation>{data} 是去掉行尾后的消息；对按行通信的对端（nc），回复时会把行尾补回去。</translation>
    </message>
    <message>
        <source>The message is a time format such as %Y-%m-%d %H:%M:%S: answer the local time written in it, like the notes&apos; udp-time server.</source>
        <translation>消息是一个时间格式，例如 %Y-%m-%d %H:%M:%S：按这个格式回复本地时间，和笔记里的 udp-time 服务器一样。</translation>
    </message>
    <message>
        <source>seconds to wait before each reply</source>
        <translation>每次回复前等待的秒数</translation>
    </message>
    <message>
        <source>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;), as the panel compares and answers messages without their line ending.</source>
        <translation>&quot;abc\r\n&quot; -&gt; (b&quot;abc&quot;, b&quot;\r\n&quot;)，因为面板比较和回复消息时都不含行尾。</translation>
    </message>
    <message>
        <source>Append the bytes to the file and close it at once, so nothing is lost.</source>
        <translation>把字节追加到文件后立即关闭文件，这样不会丢失任何内容。</translation>
    </message>
    <message>
        <source>No automatic reply: type the answer, like the notes&apos; chat server.</source>
        <translation>不自动回复：由你输入回答，和笔记里的聊天服务器一样。</translation>
    </message>
    <message>
        <source>Close right after the greeting (the notes&apos; welcome server).</source>
        <translation>发送欢迎语后立即关闭连接（笔记里的 welcome 服务器）。</translation>
    </message>
    <message>
        <source>One reply, then close the connection.</source>
        <translation>回复一次，然后关闭连接。</translation>
    </message>
    <message>
        <source>Send every %1 s until you press Ctrl+C, like the panel&apos;s auto-send.</source>
        <translation>每 %1 秒发送一次，直到你按下 Ctrl+C，和面板的自动发送一样。</translation>
    </message>
    <message>
        <source>seconds between messages</source>
        <translation>两条消息之间间隔的秒数</translation>
    </message>
    <message>
        <source>The send box&apos;s {time} {date} {counter} tokens, filled in for each message.</source>
        <translation>发送框里的 {time} {date} {counter} 占位符，每条消息都会重新填入。</translation>
    </message>
    <message>
        <source>Type a line and press Enter to send it; an empty line ends.</source>
        <translation>输入一行后按回车发送；输入空行则结束。</translation>
    </message>
    <message>
        <source>seconds to wait for an answer before giving up</source>
        <translation>等待回答的秒数，超时则放弃</translation>
    </message>
</context>
<context>
    <name>swb::course::WorkspaceFile</name>
    <message>
        <source>panel %1</source>
        <translation>面板 %1</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot; (use UTF-8, GBK, GB18030 or Latin-1)</source>
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
        <source>unknown mode &quot;%1&quot; (use text, escapes or hex)</source>
        <translation>未知的发送格式“%1”（可用 text、escapes 或 hex）</translation>
    </message>
    <message>
        <source>unknown line ending &quot;%1&quot; (use none, lf or crlf)</source>
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
        <source>This is not a Socket Workbench workspace: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation>这不是套接字工作台的工作区文件：&quot;format&quot; 必须是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The workspace has no &quot;version&quot;; add &quot;version&quot;: %1.</source>
        <translation>工作区文件缺少 &quot;version&quot;；请加上 &quot;version&quot;: %1。</translation>
    </message>
    <message>
        <source>Workspace version %1 is not supported; this version of the app reads version %2.</source>
        <translation>不支持版本为 %1 的工作区文件；本程序的这个版本只能读取版本 %2。</translation>
    </message>
    <message>
        <source>&quot;panels&quot; must be a list [ ... ].</source>
        <translation>&quot;panels&quot; 必须是列表 [ ... ]。</translation>
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
        <source>Cannot save the workspace to &quot;%1&quot;: %2.</source>
        <translation>无法把工作区保存到“%1”：%2。</translation>
    </message>
    <message>
        <source>unknown panel type &quot;%1&quot; (use tcp-server, tcp-client, udp, local-server, local-client or http)</source>
        <translation>未知的面板类型“%1”（可用 tcp-server、tcp-client、udp、local-server、local-client 或 http）</translation>
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
    <message>
        <source>unknown HTTP mode &quot;%1&quot; (use fetch or raw)</source>
        <translation>未知的 HTTP 模式“%1”（可用 fetch 或 raw）</translation>
    </message>
    <message>
        <source>unknown HTTP method &quot;%1&quot; (use GET, HEAD, POST, PUT or DELETE)</source>
        <translation>未知的 HTTP 方法“%1”（可用 GET、HEAD、POST、PUT 或 DELETE）</translation>
    </message>
    <message>
        <source>expected [&quot;name&quot;, &quot;value&quot;] pairs</source>
        <translation>应为 [&quot;name&quot;, &quot;value&quot;] 这样的名值对</translation>
    </message>
    <message>
        <source>expected a list of [&quot;name&quot;, &quot;value&quot;] pairs</source>
        <translation>应为由 [&quot;name&quot;, &quot;value&quot;] 名值对组成的列表</translation>
    </message>
    <message>
        <source>The workspace&apos;s saved window layout (&quot;layout&quot;) is damaged, so the panels are placed to fit the screen instead.</source>
        <translation>工作区保存的窗口布局（&quot;layout&quot;）已损坏，所以改为按屏幕大小摆放面板。</translation>
    </message>
    <message>
        <source>The workspace asks for %1 panels, over the limit of %2 panels per workspace.</source>
        <translation>这个工作区要求 %1 个面板，超过了每个工作区 %2 个面板的上限。</translation>
    </message>
    <message>
        <source>panel %1: &quot;%2&quot; is longer than the limit of %3 characters per field.</source>
        <translation>面板 %1：“%2”超过了每个字段 %3 个字符的上限。</translation>
    </message>
    <message>
        <source>a workspace</source>
        <translation>工作区文件</translation>
    </message>
    <message>
        <source>expected a name, or a name per language</source>
        <translation>应为一个名称，或每种语言各一个名称</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另外还有 %n 个问题。</numerusform>
        </translation>
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
    <name>swb::models::ConversationModel</name>
    <message>
        <source>→ sent</source>
        <translation>→ 发出</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 收到</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>#%1–#%2 (%n event(s))</source>
        <translation>
            <numerusform>#%1–#%2（%n 条事件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1（不完整）</translation>
    </message>
    <message>
        <source>The stream ended before this message was complete.</source>
        <translation>这条消息还没收完，数据流就结束了。</translation>
    </message>
    <message numerus="yes">
        <source>This message arrived in %n separate event(s).</source>
        <translation>
            <numerusform>这条消息是分 %n 条事件到达的。</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
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
    <message>
        <source>reset (RST)</source>
        <translation>重置（RST）</translation>
    </message>
</context>
<context>
    <name>swb::models::TrafficReader</name>
    <message>
        <source>&quot;%1&quot; is a CSV file; only JSON Lines (.jsonl) traffic files can be opened.</source>
        <translation>“%1”是 CSV 文件；只能打开 JSON Lines（.jsonl）格式的流量文件。</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is not a traffic event: %3</source>
        <translation>“%2”的第 %1 行不是流量事件：%3</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2).</source>
        <translation>不是有效的 JSON（%1，位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing.</source>
        <translation>缺少字段 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;seq&quot; is not a number.</source>
        <translation>&quot;seq&quot; 不是数字。</translation>
    </message>
    <message>
        <source>&quot;time&quot; is not an ISO 8601 time: &quot;%1&quot;.</source>
        <translation>&quot;time&quot; 不是 ISO 8601 格式的时间：“%1”。</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;.</source>
        <translation>未知的协议“%1”。</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;.</source>
        <translation>未知的类型“%1”。</translation>
    </message>
    <message>
        <source>&quot;data&quot; is not base64.</source>
        <translation>&quot;data&quot; 不是 base64 编码。</translation>
    </message>
    <message>
        <source>&quot;bytes&quot; says %1 but &quot;data&quot; holds %2 bytes.</source>
        <translation>&quot;bytes&quot; 写的是 %1，但 &quot;data&quot; 中有 %2 个字节。</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>流量文件</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is longer than the limit of %3 MiB per line; reading stopped there.</source>
        <translation>“%2”的第 %1 行超过了每行 %3 MiB 的上限，读取到此为止。</translation>
    </message>
    <message>
        <source>(other panels)</source>
        <translation>（其他面板）</translation>
    </message>
    <message>
        <source>The file names more than %1 panels; the events of the others (%2) are shown under &quot;%3&quot;.</source>
        <translation>文件里的面板名称超过 %1 个；其余面板的事件（%2 条）都归在“%3”下面显示。</translation>
    </message>
</context>
<context>
    <name>swb::models::UdpPeerModel</name>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Sender (addr)</source>
        <translation>发送方（addr）</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>数据报数</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>Sent to it</source>
        <translation>发给它的</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近活动</translation>
    </message>
</context>
<context>
    <name>swb::net::AppendFile</name>
    <message>
        <source>The append file &quot;%1&quot; is not open.</source>
        <translation>追加文件“%1”没有打开。</translation>
    </message>
    <message>
        <source>Writing to &quot;%1&quot; failed: %2. The received bytes are still in the traffic table.</source>
        <translation>写入“%1”失败：%2。收到的字节仍保留在流量表中。</translation>
    </message>
    <message>
        <source>an append file</source>
        <translation>追加文件</translation>
    </message>
    <message>
        <source>%1 Choose a regular file in a folder you may write to.</source>
        <translation>%1请选择一个你有写权限的文件夹中的普通文件。</translation>
    </message>
</context>
<context>
    <name>swb::net::BodySpool</name>
    <message>
        <source>Cannot write the response to a temporary file (%1): %2</source>
        <translation>无法把响应写入临时文件（%1）：%2</translation>
    </message>
    <message>
        <source>Cannot write the response to the temporary file %1: %2 (is the disk full?)</source>
        <translation>无法把响应写入临时文件 %1：%2（磁盘满了吗？）</translation>
    </message>
    <message>
        <source>Stopped after %1 bytes of the response: the temporary folder %2 has only %3 MiB free, less than the %4 MiB kept free, so the response is not written to it any more.</source>
        <translation>收到 %1 字节的响应后停止：临时文件夹 %2 只剩 %3 MiB 可用空间，少于要保留的 %4 MiB，所以不再把响应写进去。</translation>
    </message>
    <message>
        <source>Stopped after %1 bytes: the response body is larger than %2 MiB, the limit for one response (a server sending without end?).</source>
        <translation>收到 %1 字节后停止：响应正文超过了 %2 MiB，这是单个响应的上限（服务器在没完没了地发送？）。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the response could not be read back.</source>
        <translation>无法写入“%1”：响应内容读不回来。</translation>
    </message>
</context>
<context>
    <name>swb::net::CharsetDetector</name>
    <message>
        <source>from the Content-Type header (charset=%1)</source>
        <translation>来自 Content-Type 首部（charset=%1）</translation>
    </message>
    <message>
        <source>the header&apos;s charset &quot;%1&quot; is unknown; </source>
        <translation>首部中的字符集“%1”无法识别；</translation>
    </message>
    <message>
        <source>from &lt;meta charset&gt; in the page (%1); the header names no charset</source>
        <translation>来自页面中的 &lt;meta charset&gt;（%1）；首部没有指明字符集</translation>
    </message>
    <message>
        <source>from the byte order mark (BOM) at the start of the body</source>
        <translation>来自正文开头的字节顺序标记（BOM）</translation>
    </message>
    <message>
        <source>guessed: only ASCII bytes, read as UTF-8</source>
        <translation>猜测：只有 ASCII 字节，按 UTF-8 读取</translation>
    </message>
    <message>
        <source>guessed: valid UTF-8</source>
        <translation>猜测：是有效的 UTF-8</translation>
    </message>
    <message>
        <source>guessed: not UTF-8, but decodes as GB18030 (GBK) without errors</source>
        <translation>猜测：不是 UTF-8，但能按 GB18030（GBK）无错解码</translation>
    </message>
    <message>
        <source>guessed: neither UTF-8 nor GB18030; shown as Latin-1, one character per byte</source>
        <translation>猜测：既不是 UTF-8 也不是 GB18030；按 Latin-1 显示，每个字节一个字符</translation>
    </message>
</context>
<context>
    <name>swb::net::ContentDecodeStream</name>
    <message numerus="yes">
        <source>%1 bytes after the end of the %2 data were ignored.</source>
        <translation>
            <numerusform>%2 数据结束后的 %1 字节已被忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 data is broken at byte offset %2 of %3 (zlib: %4); the body is kept as received.</source>
        <translation>%1 数据在%3的字节偏移 %2 处损坏（zlib：%4）；正文按收到的原样保留。</translation>
    </message>
    <message>
        <source>the body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>the data inside it</source>
        <translation>其内层数据</translation>
    </message>
    <message>
        <source>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is kept as received.</source>
        <translation>这里不支持 Content-Encoding“%1”（支持 gzip 和 deflate）；正文按收到的原样保留。</translation>
    </message>
    <message>
        <source>Decoding stopped: the %1 body of %2 bytes decodes to more than %3 MiB, the limit for a decoded body (a decompression bomb?). The body is kept as received.</source>
        <translation>解码已停止：%2 字节的 %1 正文解压后超过 %3 MiB，这是解码后正文的上限（是解压炸弹吗？）。正文按收到的原样保留。</translation>
    </message>
    <message>
        <source>Decoding stopped: %1 received bytes already decoded to %2 bytes, more than %3 times as many, the limit for the expansion of a compressed body (a decompression bomb?). The body is kept as received.</source>
        <translation>解码已停止：收到的 %1 字节已经解压成 %2 字节，超过了 %3 倍，这是压缩正文膨胀倍数的上限（是解压炸弹吗？）。正文按收到的原样保留。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 data ends early: its end marker never came; %2 bytes were decoded. The body is kept as received.</source>
        <translation>
            <numerusform>%1 数据提前结束：一直没有收到结束标记；已解码 %2 字节。正文按收到的原样保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::net::ContentDecoder</name>
    <message>
        <source>Content-Encoding &quot;%1&quot; is not supported here (gzip and deflate are); the body is shown as received.</source>
        <translation>这里不支持 Content-Encoding“%1”（只支持 gzip 和 deflate）；正文按收到的原样显示。</translation>
    </message>
    <message>
        <source>The %1 data is broken at byte offset %2 of the body (zlib: %3); %4 bytes were decoded before it.</source>
        <translation>%1 数据在正文的字节偏移 %2 处损坏（zlib：%3）；在此之前已解码 %4 字节。</translation>
    </message>
    <message>
        <source>The %1 data ends early: its end marker never came after byte offset %2 of the body; %3 bytes were decoded.</source>
        <translation>%1 数据提前结束：正文的字节偏移 %2 之后一直没有出现结束标记；已解码 %3 字节。</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes after the end of the %2 data were ignored.</source>
        <translation>
            <numerusform>%2 数据结束后的 %1 字节已被忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Decoding stopped at %1 bytes, the limit for a decoded body.</source>
        <translation>解码在 %1 字节处停止，这是解码后正文的大小上限。</translation>
    </message>
</context>
<context>
    <name>swb::net::CountText</name>
    <message numerus="yes">
        <source>%1 bytes</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 messages</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 events</source>
        <comment>a count</comment>
        <translation>
            <numerusform>%1 条事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::net::HttpConnection</name>
    <message>
        <source>closed: a new exchange was started</source>
        <translation>开始了新的请求，旧连接随之关闭</translation>
    </message>
    <message>
        <source>HTTPS is not available: Qt found no TLS library (OpenSSL) on this machine.</source>
        <translation>无法使用 HTTPS：Qt 在本机上没有找到 TLS 库（OpenSSL）。</translation>
    </message>
    <message>
        <source>looking up %1 (DNS)</source>
        <translation>正在解析 %1（DNS）</translation>
    </message>
    <message>
        <source>Host &quot;%1&quot; was not found (%2). Check the spelling; without internet only local names such as localhost or 127.0.0.1 resolve.</source>
        <translation>找不到主机“%1”（%2）。请检查拼写；没有外网时，只有 localhost 或 127.0.0.1 这样的本地名称能解析。</translation>
    </message>
    <message>
        <source>connected to %1 in %2 ms</source>
        <translation>已连接到 %1，用时 %2 ms</translation>
    </message>
    <message>
        <source>TLS handshake done in %1 ms: %2, %3</source>
        <translation>TLS 握手完成，用时 %1 ms：%2，%3</translation>
    </message>
    <message>
        <source>certificate errors ignored, as asked: %1</source>
        <translation>已按要求忽略证书错误：%1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1. Nothing was sent. If this is your own test server with a self-signed certificate, turn on &quot;ignore certificate errors&quot; and try again; never do that for a server you do not control.</source>
        <translation>服务器的证书未被接受：%1。什么也没有发送。如果这是你自己的测试服务器，用的是自签名证书，请打开“接受无效证书”后再试；对不归你管理的服务器，千万不要这样做。</translation>
    </message>
    <message>
        <source>reusing the open connection (keep-alive) for request %1</source>
        <translation>复用已打开的连接（keep-alive）发送第 %1 个请求</translation>
    </message>
    <message>
        <source>closed: over 1 MiB arrived after the response without a request</source>
        <translation>已关闭：响应结束后，在没有请求的情况下又收到了超过 1 MiB 的数据</translation>
    </message>
    <message>
        <source>The response cannot be read: %1</source>
        <translation>无法解析响应：%1</translation>
    </message>
    <message>
        <source>interim response: %1</source>
        <translation>临时响应：%1</translation>
    </message>
    <message numerus="yes">
        <source>response complete: %1, %2 body bytes in %3 ms</source>
        <translation>
            <numerusform>响应接收完毕：%1，正文 %2 字节，用时 %3 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>closed after the response</source>
        <translation>响应结束后关闭了连接</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>服务器关闭了连接</translation>
    </message>
    <message>
        <source>The server closed the connection without sending a response.</source>
        <translation>服务器没有发送响应就关闭了连接。</translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete: %1</source>
        <translation>响应还没接收完，服务器就关闭了连接：%1</translation>
    </message>
    <message>
        <source>looking up the name</source>
        <translation>正在解析主机名</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>in the TLS handshake</source>
        <translation>正在进行 TLS 握手</translation>
    </message>
    <message>
        <source>waiting for the first response byte (did the request end with an empty line, \r\n\r\n?)</source>
        <translation>正在等待响应的第一个字节（请求是否以空行 \r\n\r\n 结尾？）</translation>
    </message>
    <message>
        <source>receiving: no byte for a while, and the response is not complete</source>
        <translation>正在接收：已经有一阵没收到任何字节，而响应还不完整</translation>
    </message>
    <message>
        <source>No progress from %1 for %2 s: %3.</source>
        <translation>%1 已有 %2 秒没有任何进展：%3。</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已由用户停止。</translation>
    </message>
    <message>
        <source>closed by the user</source>
        <translation>用户手动断开了连接</translation>
    </message>
    <message>
        <source>Content-Length: %1</source>
        <translation>Content-Length: %1</translation>
    </message>
    <message>
        <source>after the last chunk</source>
        <translation>在最后一个分块之后</translation>
    </message>
    <message>
        <source>no body expected</source>
        <translation>本不应有正文</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived after the end of the response (%2), on a connection kept open, without a request: the body is longer than the header says, or the server sent more than one response.</source>
        <translation>
            <numerusform>响应结束后又收到了 %1 个字节（%2）：连接保持打开，而我们并没有发送新的请求。要么正文比首部声明的长，要么服务器发送了不止一个响应。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes in all arrived after the end of the response (%2).</source>
        <translation>
            <numerusform>响应结束后共收到 %1 个多余字节（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the first response byte: the server took the request but has not answered</source>
        <translation>在等响应的第一个字节：服务器收下了请求，却一直没有回应</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 port %2 failed: %3. Is there an HTTPS server on that port? A plain http:// server cannot answer https://.</source>
        <translation>与 %1 的 %2 端口进行 TLS 握手失败：%3。那个端口上是 HTTPS 服务器吗？普通的 http:// 服务器无法应答 https://。</translation>
    </message>
    <message>
        <source>The server sent more than %1 interim responses (1xx, such as &quot;100 Continue&quot;) without the real response: it is not answering, so the connection was closed.</source>
        <translation>服务器发来了超过 %1 个临时响应（1xx，例如“100 Continue”）却一直没有真正的响应：它并没有在应答，所以连接已关闭。</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpDemoPages</name>
    <message>
        <source>this index of every path</source>
        <translation>本页：所有路径的索引</translation>
    </message>
    <message>
        <source>a page with a fixed Content-Length</source>
        <translation>一个带固定 Content-Length 的页面</translation>
    </message>
    <message>
        <source>Transfer-Encoding: chunked, five chunks sent apart, with an extension and a trailer</source>
        <translation>Transfer-Encoding: chunked，分五块间隔发送，带块扩展和尾部字段（trailer）</translation>
    </message>
    <message>
        <source>Content-Encoding: gzip when the request&apos;s Accept-Encoding allows it</source>
        <translation>请求的 Accept-Encoding 允许时，使用 Content-Encoding: gzip</translation>
    </message>
    <message>
        <source>a Chinese page in GBK, charset in the Content-Type header</source>
        <translation>GBK 编码的中文页面，字符集写在 Content-Type 首部里</translation>
    </message>
    <message>
        <source>a Chinese page in GBK, charset only in &lt;meta charset&gt;</source>
        <translation>GBK 编码的中文页面，字符集只写在 &lt;meta charset&gt; 里</translation>
    </message>
    <message>
        <source>301 Moved Permanently to /fixed</source>
        <translation>301 Moved Permanently，永久重定向到 /fixed</translation>
    </message>
    <message>
        <source>302 Found, to /chunked</source>
        <translation>302 Found，重定向到 /chunked</translation>
    </message>
    <message>
        <source>a large body (50 MB; /large?mb=N up to 1024), streamed</source>
        <translation>一个很大的正文（50 MB；/large?mb=N 最大 1024），流式发送</translation>
    </message>
    <message>
        <source>a slow drip: 20 bytes every 100 ms for 3 s (/drip?seconds=N)</source>
        <translation>慢慢“滴”：每 100 ms 发 20 字节，持续 3 秒（/drip?seconds=N）</translation>
    </message>
    <message>
        <source>your raw request, sent back as text/plain</source>
        <translation>把你的原始请求作为 text/plain 发回来</translation>
    </message>
    <message>
        <source>any other path: 404 Not Found</source>
        <translation>其他任何路径：404 Not Found</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpDemoSite</name>
    <message>
        <source>closed by the demo server: over %1 bytes sent while a response was still being delivered</source>
        <translation>演示服务器关闭了连接：响应还没发完，对方就又发来了超过 %1 字节</translation>
    </message>
    <message>
        <source>Bad request from %1: %2</source>
        <translation>来自 %1 的错误请求：%2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>Streaming %1 body bytes of %2 to %3; each Send row keeps the first %4 bytes of its %5-byte write.</source>
        <translation>正在向 %3 流式发送 %2 的 %1 字节正文；每一条“发送”记录只保留该次 %5 字节写入中的前 %4 字节。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 body bytes of %2 to %3 in %4 writes.</source>
        <translation>
            <numerusform>已分 %4 次写入，把 %2 的 %1 字节正文发送给 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>closed by the demo server after the response (Connection: close)</source>
        <translation>演示服务器在响应后关闭了连接（Connection: close）</translation>
    </message>
    <message>
        <source>%1 sent no complete request for %2 s: closing the connection.</source>
        <translation>%1 在 %2 秒内没有发来完整的请求：关闭连接。</translation>
    </message>
    <message>
        <source>closed by the demo server after %1 s without a request</source>
        <translation>演示服务器关闭了连接：%1 秒内没有收到请求</translation>
    </message>
    <message>
        <source>%1 did not finish its request header within %2 s (a very slow or stalled client, like a &quot;slowloris&quot; attack): closing the connection.</source>
        <translation>%1 在 %2 秒内没有发完请求首部（客户端极慢或卡住了，类似“slowloris”攻击）：关闭连接。</translation>
    </message>
    <message>
        <source>closed by the demo server: request header not complete after %1 s</source>
        <translation>演示服务器关闭了连接：%1 秒后请求首部仍不完整</translation>
    </message>
    <message>
        <source>%1 has not read the responses for %2 s: closing the connection.</source>
        <translation>%1 已经 %2 秒没有读取响应：关闭连接。</translation>
    </message>
    <message>
        <source>closed by the demo server: responses not read for %1 s</source>
        <translation>演示服务器关闭了连接：%1 秒未读取响应</translation>
    </message>
    <message>
        <source>%1 connected and sent nothing for %2 s: closing the connection.</source>
        <translation>%1 连接后 %2 秒内什么也没发：关闭连接。</translation>
    </message>
    <message>
        <source>closed by the demo server: nothing sent within %1 s</source>
        <translation>演示服务器关闭了连接：%1 秒内什么也没收到</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpFetchClient</name>
    <message>
        <source>%1 %2 → %3 %4, redirect to %5</source>
        <translation>%1 %2 → %3 %4，重定向到 %5</translation>
    </message>
    <message>
        <source>Too many redirects (more than %1): the server keeps sending the request elsewhere. The chain is listed under Redirects.</source>
        <translation>重定向次数太多（超过 %1 次）：服务器不停地把请求转到别处。整条重定向链列在“重定向”页中。</translation>
    </message>
    <message>
        <source>The server redirects to %1, which cannot be followed: %2</source>
        <translation>服务器重定向到 %1，但无法跟过去：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 → %3 %4, %5 bytes, %6 ms</source>
        <translation>
            <numerusform>%1 %2 → %3 %4，%5 字节，%6 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so the request was stopped before anything was sent:
%2
If this is your own test server (for example one with a self-signed certificate), press &quot;Continue anyway&quot; on the certificate card to send the request accepting these errors.</source>
        <translation>%1 的证书不受信任，所以请求在发出任何内容之前就停止了：
%2
如果这是你自己的测试服务器（例如使用自签名证书的服务器），请在证书卡片上点“仍然继续”，接受这些错误并发送请求。</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>已由用户停止。</translation>
    </message>
    <message>
        <source>Content-Encoding: %1 undone: %2 bytes received, %3 bytes of page</source>
        <translation>Content-Encoding: %1 已解压：收到 %2 字节，还原成 %3 字节的网页</translation>
    </message>
    <message>
        <source>Certificate errors were accepted for %1 only: %2 gets the normal checks.</source>
        <translation>只对 %1 接受了证书错误：对 %2 仍然照常检查证书。</translation>
    </message>
    <message>
        <source>%1 not sent to %2: the redirect leaves %3 for another host, and credentials are only for the host they were typed for.</source>
        <translation>没有把 %1 发给 %2：重定向离开了 %3，转到另一台主机，而凭据只属于填写它们时针对的那台主机。</translation>
    </message>
    <message>
        <source>%1 not sent to %2: the redirect goes from https to plain http, where anyone on the way could read them.</source>
        <translation>没有把 %1 发给 %2：重定向从 https 降到了明文 http，路上的任何人都能读到它们。</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpFraming</name>
    <message>
        <source>invalid Content-Length &quot;%1&quot;: expected one decimal number</source>
        <translation>无效的 Content-Length“%1”：应为一个十进制数</translation>
    </message>
    <message>
        <source>two Content-Length headers disagree: %1 and %2</source>
        <translation>两个 Content-Length 首部的值不一致：%1 和 %2</translation>
    </message>
    <message>
        <source>Transfer coding &quot;%1&quot; is shown as received, not undone.</source>
        <translation>传输编码“%1”按收到的原样显示，没有还原。</translation>
    </message>
    <message>
        <source>Both Transfer-Encoding: chunked and Content-Length are present; the chunked framing wins and Content-Length is ignored.</source>
        <translation>同时出现了 Transfer-Encoding: chunked 和 Content-Length；以分块格式为准，忽略 Content-Length。</translation>
    </message>
    <message>
        <source>a request whose Transfer-Encoding does not end in chunked has no knowable length</source>
        <translation>请求的 Transfer-Encoding 最后一项不是 chunked，无法确定其长度</translation>
    </message>
    <message>
        <source>the request has both Transfer-Encoding and Content-Length, which is how request smuggling works (RFC 9112 section 6.1): refused, and the connection is closed</source>
        <translation>请求同时带有 Transfer-Encoding 和 Content-Length，这正是请求走私（request smuggling）的手法（RFC 9112 第 6.1 节）：已拒绝，并关闭连接</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpMessageParser</name>
    <message>
        <source>At byte offset %1: %2</source>
        <translation>字节偏移 %1 处：%2</translation>
    </message>
    <message>
        <source>A line ends in a bare LF at byte offset %1; HTTP asks for CR LF (accepted, as most clients do).</source>
        <translation>字节偏移 %1 处的一行只以 LF 结尾；HTTP 要求用 CR LF（和大多数客户端一样，这里仍然接受）。</translation>
    </message>
    <message numerus="yes">
        <source>The body is longer than Content-Length by %1 bytes: they arrived after byte offset %2, where the declared body ends.</source>
        <translation>
            <numerusform>正文比 Content-Length 长了 %1 字节：它们在声明的正文结束处（字节偏移 %2）之后到达。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived after the end of the message at byte offset %2.</source>
        <translation>
            <numerusform>消息在字节偏移 %2 处结束后，又到达了 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>a chunk-size line longer than %1 bytes</source>
        <translation>块大小行超过了 %1 字节</translation>
    </message>
    <message>
        <source>the header section is larger than the limit of %1 bytes and has not ended (no blank line yet)</source>
        <translation>首部部分超过了 %1 字节的上限，却仍未结束（还没有出现空行）</translation>
    </message>
    <message>
        <source>a CR byte (0x0d) that is not followed by LF</source>
        <translation>CR 字节（0x0d）后面没有紧跟 LF</translation>
    </message>
    <message>
        <source>the first line is empty</source>
        <translation>第一行是空的</translation>
    </message>
    <message numerus="yes">
        <source>the chunk data does not end where its size (%1 bytes) says: expected CR LF, found byte 0x%2</source>
        <translation>
            <numerusform>块数据没有在其大小（%1 字节）所示的位置结束：应为 CR LF，实际为字节 0x%2</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed before the message began</source>
        <translation>消息还没开始，连接就关闭了</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the first line</source>
        <translation>连接在第一行中途关闭了</translation>
    </message>
    <message>
        <source>the connection closed in the header section, before the blank line that ends it</source>
        <translation>连接在首部部分中途关闭，没有等到结束首部的空行</translation>
    </message>
    <message numerus="yes">
        <source>the connection closed after %1 of %2 body bytes: the body is truncated</source>
        <translation>
            <numerusform>正文共 %2 字节，只收到 %1 字节连接就关闭了：正文不完整</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the connection closed inside the chunked body after %1 body bytes in %2 chunks: the last chunk (size 0) never came</source>
        <translation>
            <numerusform>连接在分块正文中途关闭，已收到 %2 个块、共 %1 字节正文：最后一个块（大小为 0）始终没有到来</numerusform>
        </translation>
    </message>
    <message>
        <source>the connection closed in the trailer section, before the blank line that ends the chunked body</source>
        <translation>连接在尾部字段（trailer）中途关闭，没有等到结束分块正文的空行</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpSyntax</name>
    <message>
        <source>expected the HTTP version (HTTP/1.1), found &quot;%1&quot;</source>
        <translation>应为 HTTP 版本（HTTP/1.1），实际为“%1”</translation>
    </message>
    <message>
        <source>the HTTP version must look like HTTP/1.1, found &quot;%1&quot;</source>
        <translation>HTTP 版本应形如 HTTP/1.1，实际为“%1”</translation>
    </message>
    <message>
        <source>HTTP/%1.%2 is not HTTP/1.x; this parser reads HTTP/1.0 and HTTP/1.1 (HTTP/2 and HTTP/3 are binary protocols)</source>
        <translation>HTTP/%1.%2 不是 HTTP/1.x；本解析器只能读取 HTTP/1.0 和 HTTP/1.1（HTTP/2 和 HTTP/3 是二进制协议）</translation>
    </message>
    <message>
        <source>this does not look like HTTP: the first bytes are &quot;%1&quot;</source>
        <translation>这看起来不像 HTTP：开头几个字节是“%1”</translation>
    </message>
    <message>
        <source>expected one space after %1</source>
        <translation>%1 后面应有一个空格</translation>
    </message>
    <message>
        <source>the status code must be three digits, found &quot;%1&quot;</source>
        <translation>状态码必须是三位数字，实际为“%1”</translation>
    </message>
    <message>
        <source>status code %1 is below 100</source>
        <translation>状态码 %1 小于 100</translation>
    </message>
    <message>
        <source>expected a space between the status code and the reason phrase</source>
        <translation>状态码和原因短语之间应有一个空格</translation>
    </message>
    <message>
        <source>the request line has no HTTP version at its end (HTTP/0.9 requests are not supported): expected &quot;METHOD target HTTP/1.1&quot;</source>
        <translation>请求行末尾没有 HTTP 版本（不支持 HTTP/0.9 请求）：应为“METHOD target HTTP/1.1”</translation>
    </message>
    <message>
        <source>the request target is empty (two spaces after the method)</source>
        <translation>请求目标为空（方法后面有两个空格）</translation>
    </message>
    <message>
        <source>control byte 0x%1 in the request target</source>
        <translation>请求目标中有控制字节 0x%1</translation>
    </message>
    <message>
        <source>unexpected bytes after the HTTP version</source>
        <translation>HTTP 版本后面有多余的字节</translation>
    </message>
    <message>
        <source>header line without a colon: &quot;%1&quot;</source>
        <translation>首部行中没有冒号：“%1”</translation>
    </message>
    <message>
        <source>header line with an empty name</source>
        <translation>首部行的名称为空</translation>
    </message>
    <message>
        <source>white space inside or after a header name (before the colon) is not allowed</source>
        <translation>首部名称中间或后面（冒号之前）不允许有空白</translation>
    </message>
    <message>
        <source>byte 0x%1 is not allowed in a header name</source>
        <translation>首部名称中不允许出现字节 0x%1</translation>
    </message>
    <message>
        <source>NUL byte in a header value</source>
        <translation>首部值中有 NUL 字节</translation>
    </message>
    <message>
        <source>the first field line begins with white space (a continuation of nothing)</source>
        <translation>第一个字段行以空白开头（没有可以续接的上一行）</translation>
    </message>
    <message>
        <source>obsolete line folding (a field line beginning with white space) is not allowed in a request or a trailer</source>
        <translation>请求和尾部字段（trailer）中不允许使用过时的行折叠（以空白开头的字段行）</translation>
    </message>
    <message>
        <source>Obsolete line folding at byte offset %1: the line continues the header &quot;%2&quot; and was joined to it with a space.</source>
        <translation>字节偏移 %1 处有过时的行折叠：这一行是首部“%2”的续行，已用一个空格接到它后面。</translation>
    </message>
    <message>
        <source>more than %1 header or trailer lines</source>
        <translation>首部行或尾部字段行超过了 %1 行</translation>
    </message>
    <message>
        <source>chunk size too large</source>
        <translation>块大小太大</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;: expected hexadecimal digits</source>
        <translation>无效的块大小“%1”：应为十六进制数字</translation>
    </message>
    <message>
        <source>invalid chunk size &quot;%1&quot;: byte 0x%2 after the hexadecimal digits</source>
        <translation>无效的块大小“%1”：十六进制数字后面出现了字节 0x%2</translation>
    </message>
</context>
<context>
    <name>swb::net::HttpUrl</name>
    <message>
        <source>Type a URL, for example http://127.0.0.1:8080/ (the built-in demo server).</source>
        <translation>请输入 URL，例如 http://127.0.0.1:8080/（内置的演示服务器）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no scheme: write http://%1 (or https:// for TLS).</source>
        <translation>“%1”没有写协议（scheme）：请写成 http://%1（使用 TLS 则写 https://）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2. A URL looks like http://127.0.0.1:8080/path.</source>
        <translation>“%1”不是有效的 URL：%2。URL 的形式类似 http://127.0.0.1:8080/path。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses the scheme &quot;%2&quot;; the HTTP panel speaks only http:// and https://.</source>
        <translation>“%1”使用的协议是“%2”；HTTP 面板只支持 http:// 和 https://。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host: write the server&apos;s name or address after %2://, e.g. %2://127.0.0.1:8080/.</source>
        <translation>“%1”没有主机：请在 %2:// 后面写上服务器的名称或地址，例如 %2://127.0.0.1:8080/。</translation>
    </message>
</context>
<context>
    <name>swb::net::JsonFields</name>
    <message>
        <source>%1, &quot;%2&quot;: %3</source>
        <translation>%1 中的 &quot;%2&quot;：%3</translation>
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
        <source>expected text for language &quot;%1&quot;</source>
        <translation>语言“%1”对应的值应为文本</translation>
    </message>
    <message>
        <source>unknown reply &quot;%1&quot; (use none, echo, prefix, timestamp, fixed, template, time-format or http-demo)</source>
        <translation>未知的回复方式“%1”（可用 none、echo、prefix、timestamp、fixed、template、time-format 或 http-demo）</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalClientEndpoint</name>
    <message>
        <source>connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>connected to %1 (AF_UNIX)</source>
        <translation>已连接到 %1（AF_UNIX）</translation>
    </message>
    <message>
        <source>connected to %1 (AF_UNIX), served by %2</source>
        <translation>已连接到 %1（AF_UNIX），由 %2 提供服务</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>已连接到 %1。</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalServerEndpoint</name>
    <message>
        <source>removed the stale socket file %1</source>
        <translation>已删除过期的套接字文件 %1</translation>
    </message>
    <message>
        <source>Removed the stale socket file %1.</source>
        <translation>已删除过期的套接字文件 %1。</translation>
    </message>
    <message>
        <source>listening on a socket file, backlog %1, mode 0600 (only you may connect)</source>
        <translation>开始在套接字文件上监听，backlog 为 %1，权限 0600（只有你自己能连接）</translation>
    </message>
    <message>
        <source>closed because the server stopped</source>
        <translation>服务器已停止，连接随之关闭</translation>
    </message>
    <message>
        <source>server stopped, socket file removed</source>
        <translation>服务器已停止，套接字文件已删除</translation>
    </message>
</context>
<context>
    <name>swb::net::LocalSocketPath</name>
    <message>
        <source>Type the path of the socket file, for example %1 ({runtime} is your runtime folder, %2).</source>
        <translation>请输入套接字文件的路径，例如 %1（{runtime} 指你的运行时目录 %2）。</translation>
    </message>
    <message>
        <source>The path %1 is %2 bytes long, but a local socket path may have at most %3 bytes (the size of sun_path in struct sockaddr_un). Choose a shorter path, for example in %4.</source>
        <translation>路径 %1 长 %2 字节，但本地套接字的路径最多只能有 %3 字节（即 struct sockaddr_un 中 sun_path 的大小）。请换一个短一些的路径，例如放在 %4 里。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the socket file %2 cannot be created in it. Create the folder first (mkdir -p %1) or choose another path.</source>
        <translation>文件夹 %1 不存在，因此无法在其中创建套接字文件 %2。请先创建这个文件夹（mkdir -p %1），或者换一个路径。</translation>
    </message>
    <message>
        <source>%1 exists and is not a socket file. The workbench never deletes other files: choose another path.</source>
        <translation>%1 已存在，而且不是套接字文件。工作台从不删除其他文件：请换一个路径。</translation>
    </message>
    <message>
        <source>Another program (or another panel) is already listening on %1. Stop it, or choose another path. To see which program it is, run: ss -xlp | grep &apos;%1&apos;</source>
        <translation>另一个程序（或另一个面板）已经在 %1 上监听。请先停止它，或者换一个路径。想知道是哪个程序，可以运行：ss -xlp | grep &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The socket file %1 is stale: it exists, but nothing is listening on it. A server that crashed or was killed left it behind, and bind() fails while it is there. Remove it and listen, or choose another path. (In Python: os.unlink(path) before bind().)</source>
        <translation>套接字文件 %1 已过期：文件还在，但没有程序在上面监听。它是崩溃或被杀掉的服务器留下的，只要它还在，bind() 就会失败。请删除它再监听，或者换一个路径。（在 Python 中：在 bind() 之前调用 os.unlink(path)。）</translation>
    </message>
    <message>
        <source>%1 exists, but you may not use it (it belongs to another user?). Choose another path, for example in your runtime folder %2.</source>
        <translation>%1 已存在，但你无权使用它（也许属于另一个用户？）。请换一个路径，例如放在你的运行时目录 %2 中。</translation>
    </message>
    <message>
        <source>Cannot check %1: %2.</source>
        <translation>无法检查 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot remove the stale socket file %1: %2. Remove it yourself (rm &apos;%1&apos;) or choose another path.</source>
        <translation>无法删除过期的套接字文件 %1：%2。请自己删除它（rm &apos;%1&apos;），或者换一个路径。</translation>
    </message>
    <message>
        <source>%1 appeared while the server was starting: another program created it. Press Start again to see what it is.</source>
        <translation>服务器启动期间出现了 %1：是另一个程序创建的。再点一次“启动”，看看它是什么。</translation>
    </message>
    <message>
        <source>Permission denied: you may not create files in %1. Choose a folder of your own, such as your runtime folder %2.</source>
        <translation>权限被拒绝：你不能在 %1 中创建文件。请选择一个属于你自己的文件夹，例如你的运行时目录 %2。</translation>
    </message>
    <message>
        <source>%1 is on a read-only file system. Choose another folder, such as %2.</source>
        <translation>%1 位于只读文件系统上。请换一个文件夹，例如 %2。</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>无法在 %1 上监听：%2。</translation>
    </message>
    <message>
        <source>There is no socket file %1: no server is listening there. Start the server first; it creates the file when it starts listening.</source>
        <translation>套接字文件 %1 不存在：那里没有服务器在监听。请先启动服务器；服务器开始监听时会创建这个文件。</translation>
    </message>
    <message>
        <source>Connection refused at %1: the socket file exists, but nothing is listening on it. It is probably a stale file left by a server that crashed; start the server again (the workbench&apos;s server offers to remove the stale file).</source>
        <translation>%1 拒绝了连接：套接字文件存在，但没有程序在上面监听。这多半是崩溃的服务器留下的过期文件；请重新启动服务器（工作台的服务器会提示你删除过期文件）。</translation>
    </message>
    <message>
        <source>Permission denied for %1: the socket file belongs to another user, or its mode does not let you connect (the workbench&apos;s servers allow only their owner).</source>
        <translation>没有权限访问 %1：这个套接字文件属于另一个用户，或者它的权限不允许你连接（工作台的服务器只允许文件属主连接）。</translation>
    </message>
    <message>
        <source>The peer closed the connection.</source>
        <translation>对端关闭了连接。</translation>
    </message>
    <message>
        <source>The system ran out of resources (too many open sockets?): %1.</source>
        <translation>系统资源不足（打开的套接字太多？）：%1。</translation>
    </message>
    <message>
        <source>Local socket error with %1: %2.</source>
        <translation>本地套接字出错（%1）：%2。</translation>
    </message>
</context>
<context>
    <name>swb::net::PayloadComposer</name>
    <message>
        <source>Not a hex digit: &apos;%1&apos; at position %2.</source>
        <translation>位置 %2 处的“%1”不是十六进制数字。</translation>
    </message>
    <message>
        <source>&apos;0x&apos; at position %1 is not followed by hex digits.</source>
        <translation>位置 %1 处的“0x”后面没有十六进制数字。</translation>
    </message>
    <message>
        <source>Odd number of hex digits: &apos;%1&apos; at position %2 has no partner; write each byte as two digits.</source>
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
        <source>Unknown escape &apos;\%1&apos; at position %2. Known escapes: \r \n \t \\ \0 \&quot; \&apos; \xNN.</source>
        <translation>位置 %2 处的转义“\%1”无法识别。可用的转义：\r \n \t \\ \0 \&quot; \&apos; \xNN。</translation>
    </message>
</context>
<context>
    <name>swb::net::PrivateSaveFile</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>swb::net::RawModeSession</name>
    <message numerus="yes">
        <source>%1 %2 → %3 %4, %5 bytes, %6 ms%7</source>
        <translation>
            <numerusform>%1 %2 → %3 %4，%5 字节，%6 ms%7</numerusform>
        </translation>
    </message>
    <message>
        <source> (same connection, reused)</source>
        <translation>（同一连接，复用）</translation>
    </message>
</context>
<context>
    <name>swb::net::RawRequest</name>
    <message>
        <source>The request is empty. Start with a request line such as GET / HTTP/1.1\r\n.</source>
        <translation>请求为空。请以请求行开头，例如 GET / HTTP/1.1\r\n。</translation>
    </message>
</context>
<context>
    <name>swb::net::ReplayLoader</name>
    <message>
        <source>Line %1 of &quot;%2&quot; is not a traffic event: %3</source>
        <translation>“%2”的第 %1 行不是流量事件：%3</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; is not an ISO date</source>
        <translation>时间“%1”不是 ISO 日期格式</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; or kind &quot;%2&quot;</source>
        <translation>未知的协议“%1”或类型“%2”</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>流量文件</translation>
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
    <name>swb::net::SafeFile</name>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>一个命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>一个字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>一个块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>一个套接字文件</translation>
    </message>
    <message>
        <source>Cannot write %1 &quot;%2&quot;: %3.</source>
        <translation>无法写入%1“%2”：%3。</translation>
    </message>
    <message>
        <source>Cannot open %1 &quot;%2&quot;: %3.</source>
        <translation>无法打开%1“%2”：%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a regular file: it cannot be used as %3.</source>
        <translation>“%1”是%2，不是普通文件：不能用作%3。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large for %2: %3 bytes, over the limit of %4 bytes.</source>
        <translation>“%1”太大，不能用作%2：%3 字节，超过了 %4 字节的上限。</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>一个特殊文件</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot;: %2.</source>
        <translation>无法创建文件夹“%1”：%2。</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>一个符号链接</translation>
    </message>
    <message>
        <source>a folder that belongs to another user</source>
        <translation>一个属于其他用户的文件夹</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, so the app will not use it as its private folder. Someone else may have created it to see or redirect your files: remove it, or set XDG_RUNTIME_DIR.</source>
        <translation>“%1”是%2，所以本程序不会把它当作自己的私有文件夹。可能有别人事先创建了它，想偷看或转移你的文件：请删掉它，或者设置 XDG_RUNTIME_DIR。</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>一个文件</translation>
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
        <source>Note: &quot;localhost&quot; may mean ::1 (IPv6) while the server listens on 127.0.0.1 (IPv4); try 127.0.0.1.</source>
        <translation>注意：localhost 可能指向 ::1（IPv6），而服务器监听的是 127.0.0.1（IPv4）；请改用 127.0.0.1 试试。</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1.</source>
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
        <source>&quot;%1&quot; is not an IP address. Use 127.0.0.1 (this machine only), 0.0.0.0 or :: (every address), or an address of this machine.</source>
        <translation>“%1”不是 IP 地址。请使用 127.0.0.1（仅限本机）、0.0.0.0 或 ::（所有地址），或者本机的某个地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port. A port is a whole number from 0 to 65535 (0 picks any free port when listening).</source>
        <translation>“%1”不是有效的端口。端口是 0 到 65535 之间的整数（监听时填 0 表示任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is already in use: another program, or another panel, is listening there. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -ltnp &apos;sport = :%1&apos;. If a server you stopped used it a moment ago, its old connections hold it (TIME_WAIT) for up to a minute: wait, or let both the old and the new server set SO_REUSEADDR.</source>
        <translation>%2 上的 %1 端口已被占用：另一个程序或另一个面板正在该端口监听。请先停止它，或者换一个端口（填 0 则任选一个空闲端口）。想知道是哪个程序占用了它，可以运行：ss -ltnp &apos;sport = :%1&apos;。如果刚停止的服务器才用过这个端口，它留下的旧连接会处于 TIME_WAIT 状态，最多占用约一分钟：请稍等，或者让新旧两个服务器都设置 SO_REUSEADDR。</translation>
    </message>
</context>
<context>
    <name>swb::net::StreamClientEndpoint</name>
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
        <translation>用户手动断开了连接</translation>
    </message>
    <message>
        <source>Cannot accept a new connection on %1: the program has run out of file descriptors (EMFILE, &quot;Too many open files&quot;). New clients wait in the kernel&apos;s queue; connected clients are still served, and the server tries again every second. Close some connections, or raise the limit (ulimit -n) before starting the program.</source>
        <translation>无法在 %1 上接受新连接：程序的文件描述符用完了（EMFILE，“Too many open files”）。新客户端在内核队列中等待；已连接的客户端照常服务，服务器每秒重试一次。请关闭一些连接，或在启动程序前调高限制（ulimit -n）。</translation>
    </message>
    <message>
        <source>Cannot accept a new connection on %1: %2. Connected clients are still served; the server tries again every second.</source>
        <translation>无法在 %1 上接受新连接：%2。已连接的客户端照常服务；服务器每秒重试一次。</translation>
    </message>
    <message>
        <source>Accepting new connections again.</source>
        <translation>已恢复接受新连接。</translation>
    </message>
    <message>
        <source>Connection from %1 was reset by the peer (RST).</source>
        <translation>来自 %1 的连接被对端重置（RST）。</translation>
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
    <message>
        <source>%1 sends faster than it reads the replies: %2 bytes of replies are waiting, so the server stops reading from it until it has read them (backpressure).</source>
        <translation>%1 发送得比读取回复快：有 %2 字节的回复在等待发送，所以服务器暂停从它读取，直到它读完这些回复（背压）。</translation>
    </message>
    <message>
        <source>reset by the peer: RST, not an orderly close</source>
        <translation>被对端重置：是 RST，不是正常关闭</translation>
    </message>
</context>
<context>
    <name>swb::net::StrftimeFormatter</name>
    <message>
        <source>Lone &apos;%&apos; at the end (position %1); write %% for a literal percent sign.</source>
        <translation>末尾（位置 %1）有一个单独的“%”；要表示百分号本身，请写成 %%。</translation>
    </message>
    <message>
        <source>Unknown directive %1 at position %2.</source>
        <translation>位置 %2 处的格式指令 %1 无法识别。</translation>
    </message>
    <message>
        <source>Directive %1 at position %2 is wider than %3 characters.</source>
        <translation>第 %2 个位置的指令 %1 宽度超过 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>swb::net::SystemErrorText</name>
    <message>
        <source>address already in use</source>
        <translation>地址已被占用</translation>
    </message>
    <message>
        <source>address not available on this machine</source>
        <translation>本机没有这个地址</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>不允许这个操作</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>connection reset by the peer</source>
        <translation>连接被对方重置</translation>
    </message>
    <message>
        <source>connection aborted</source>
        <translation>连接被中止</translation>
    </message>
    <message>
        <source>broken pipe: the peer has closed the connection</source>
        <translation>管道已断开：对方已关闭连接</translation>
    </message>
    <message>
        <source>connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>no route to the host</source>
        <translation>主机不可达</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>network is down</source>
        <translation>网络已断开</translation>
    </message>
    <message>
        <source>the socket is not connected</source>
        <translation>套接字尚未连接</translation>
    </message>
    <message>
        <source>too many open files in this program</source>
        <translation>本程序打开的文件太多</translation>
    </message>
    <message>
        <source>too many open files in the system</source>
        <translation>系统打开的文件太多</translation>
    </message>
    <message>
        <source>no buffer space available</source>
        <translation>缓冲区空间不足</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>没有这个文件或目录</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>no space left on the disk</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>read-only file system</source>
        <translation>只读文件系统</translation>
    </message>
    <message>
        <source>not a socket</source>
        <translation>不是套接字</translation>
    </message>
    <message>
        <source>message too long for one datagram</source>
        <translation>消息太长，一个数据报装不下</translation>
    </message>
    <message>
        <source>invalid argument</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>resource temporarily unavailable: try again</source>
        <translation>资源暂时不可用：请重试</translation>
    </message>
    <message>
        <source>address family not supported</source>
        <translation>不支持这个地址族</translation>
    </message>
    <message>
        <source>protocol not supported</source>
        <translation>不支持这个协议</translation>
    </message>
    <message>
        <source>no such network interface</source>
        <translation>没有这个网络接口</translation>
    </message>
    <message>
        <source>operation not supported on this socket</source>
        <translation>这个套接字不支持该操作</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>系统错误 %1</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>the peer closed the connection</source>
        <translation>对方关闭了连接</translation>
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
    <name>swb::net::TlsInfo</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>swb::net::TrafficWriter</name>
    <message>
        <source>Writing the traffic file &quot;%1&quot; failed: %2.</source>
        <translation>写入流量文件“%1”失败：%2。</translation>
    </message>
    <message>
        <source>a traffic file</source>
        <translation>流量文件</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpEndpoint</name>
    <message>
        <source>Bound to %1 (receive buffer %2 KiB).</source>
        <translation>已绑定到 %1（接收缓冲区 %2 KiB）。</translation>
    </message>
    <message>
        <source>Bound to %1 by the first send, as sendto() does in Python, so replies can come back (receive buffer %2 KiB).</source>
        <translation>第一次发送时已绑定到 %1，和 Python 中 sendto() 的做法一样，这样回复才能发回来（接收缓冲区 %2 KiB）。</translation>
    </message>
    <message>
        <source>Closed %1.</source>
        <translation>已关闭 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) from %1</source>
        <translation>
            <numerusform>来自 %1 的 %n 字节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n datagram(s) were waiting for it.)</source>
        <translation>
            <numerusform>（当时还有 %n 个数据报在等待读取。）</numerusform>
        </translation>
    </message>
    <message>
        <source>connect() to %1: only its datagrams are received now, and an ICMP &quot;port unreachable&quot; from it is reported.</source>
        <translation>已对 %1 调用 connect()：现在只接收来自它的数据报，并且会报告它发回的 ICMP“端口不可达”。</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpMessages</name>
    <message>
        <source>%1 is a broadcast address, and sending to it needs SO_BROADCAST (setsockopt(SOL_SOCKET, SO_BROADCAST, 1)). Tick &quot;Broadcast&quot; and send again.</source>
        <translation>%1 是广播地址，向它发送需要打开 SO_BROADCAST（setsockopt(SOL_SOCKET, SO_BROADCAST, 1)）。请勾选“广播”后再发送一次。</translation>
    </message>
    <message>
        <source>Permission denied sending to %1 (a firewall rule?).</source>
        <translation>向 %1 发送时权限被拒绝（也许是防火墙规则？）。</translation>
    </message>
    <message>
        <source>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered an earlier datagram with an ICMP &quot;port unreachable&quot; message.</source>
        <translation>端口不可达（ICMP）：UDP %1 上没有程序在监听。UDP 本身从不报告这一点；是接收方机器对之前的某个数据报回了一条 ICMP“端口不可达”消息。</translation>
    </message>
    <message>
        <source>The system&apos;s send queue is full, so this datagram to %1 was not sent. UDP does not wait: send more slowly, or try again.</source>
        <translation>系统的发送队列已满，所以这个发往 %1 的数据报没有发出去。UDP 不会等待：请放慢发送速度，或者稍后再试。</translation>
    </message>
    <message>
        <source>The datagram is too large for the way to %1.</source>
        <translation>数据报太大，无法经由通往 %1 的路径发送。</translation>
    </message>
    <message>
        <source>No route to %1: this machine has no network path there. Check the address; on a machine without network only 127.0.0.1 works.</source>
        <translation>没有到 %1 的路由：本机没有通往那里的网络路径。请检查地址；在没有联网的机器上，只有 127.0.0.1 能用。</translation>
    </message>
    <message>
        <source>Cannot send from %1 to %2: a socket bound to a loopback address such as 127.0.0.1 can only reach this machine. Bind to 0.0.0.0 to reach others.</source>
        <translation>无法从 %1 发送到 %2：绑定在 127.0.0.1 这类回环地址上的套接字只能访问本机。要访问其他机器，请绑定到 0.0.0.0。</translation>
    </message>
    <message>
        <source>Cannot send to %1: %2.</source>
        <translation>无法发送到 %1：%2。</translation>
    </message>
    <message>
        <source>A UDP datagram over %1 carries at most %2 bytes (65,535 minus the %3 and UDP headers); this one has %4 bytes and was not sent. Split it into several datagrams.</source>
        <translation>经 %1 传输的 UDP 数据报最多只能携带 %2 字节（65,535 减去 %3 首部和 UDP 首部）；这个数据报有 %4 字节，没有发送。请把它拆成几个数据报。</translation>
    </message>
    <message>
        <source>Port unreachable (ICMP): nothing listens on UDP %1. UDP itself never says so; the receiving machine answered with an ICMP &quot;port unreachable&quot; message.</source>
        <translation>端口不可达（ICMP）：UDP %1 上没有程序在监听。UDP 本身从不报告这一点；是接收方机器回了一条 ICMP“端口不可达”消息。</translation>
    </message>
    <message>
        <source>ICMP error about a datagram to %1: %2.</source>
        <translation>发往 %1 的数据报收到 ICMP 错误：%2。</translation>
    </message>
    <message numerus="yes">
        <source>(%n times)</source>
        <translation>
            <numerusform>（%n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>This socket is bound to the IPv4 address %1 and cannot send to the IPv6 address %2. Bind to :: (both families) or use an IPv4 target such as 127.0.0.1.</source>
        <translation>这个套接字绑定在 IPv4 地址 %1 上，无法发送到 IPv6 地址 %2。请绑定到 ::（同时支持两种地址族），或者改用 127.0.0.1 这样的 IPv4 目标地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a multicast group address. IPv4 groups are 224.0.0.0 to 239.255.255.255 (239.x.y.z for local tests); IPv6 groups start with ff, such as ff02::1:3.</source>
        <translation>“%1”不是组播组地址。IPv4 组播地址的范围是 224.0.0.0 到 239.255.255.255（本地测试用 239.x.y.z）；IPv6 组播地址以 ff 开头，例如 ff02::1:3。</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>默认接口</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3. The interface may have no multicast support or no address; choose another interface, or &quot;lo&quot; for tests on this machine.</source>
        <translation>无法在 %2 上加入 %1：%3。该接口可能不支持组播，或者没有地址；请换一个接口，在本机上测试可以选“lo”。</translation>
    </message>
    <message>
        <source>Cannot leave %1 on %2: %3.</source>
        <translation>无法在 %2 上退出 %1：%3。</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3.</source>
        <translation>无法在 %2 上加入 %1：%3。</translation>
    </message>
    <message>
        <source>This machine has no network interface &quot;%1&quot;.</source>
        <translation>本机没有名为“%1”的网络接口。</translation>
    </message>
    <message>
        <source>Joined %1, but this socket is bound to %2: datagrams sent to the group carry the group&apos;s address, not %2, so they do not reach this socket. Bind to 0.0.0.0 (or ::) to receive them.</source>
        <translation>已加入 %1，但这个套接字绑定的是 %2：发往组播组的数据报，目的地址是组地址而不是 %2，所以到不了这个套接字。要接收它们，请绑定到 0.0.0.0（或 ::）。</translation>
    </message>
    <message>
        <source>No target: enter the host and port to send to (the port must not be 0), or choose &quot;selected sender&quot; to reply to someone you heard from.</source>
        <translation>没有目标：请填写要发送到的主机和端口（端口不能为 0），或者选择“选中的发送方”，回复给你收到过消息的那一方。</translation>
    </message>
    <message>
        <source>UDP port %1 on %2 is already in use: another program, or another panel, has bound it. Stop it or choose another port (0 picks any free port). To see which program holds it, run: ss -lunp &apos;sport = :%1&apos;. Two sockets may share a UDP port only if both turn on &quot;share address&quot; (SO_REUSEADDR) before bind().</source>
        <translation>%2 上的 UDP 端口 %1 已被占用：另一个程序或另一个面板已经绑定了它。请先停止它，或者换一个端口（填 0 则任选一个空闲端口）。想知道是哪个程序占用了它，可以运行：ss -lunp &apos;sport = :%1&apos;。只有两个套接字都在 bind() 之前打开了“共享地址”（SO_REUSEADDR），它们才能共用同一个 UDP 端口。</translation>
    </message>
    <message>
        <source>Host not found: &quot;%1&quot;. Check the spelling, or use an IP address such as 127.0.0.1. Nothing was sent.</source>
        <translation>找不到主机“%1”。请检查拼写，或者直接使用 IP 地址，例如 127.0.0.1。没有发送任何内容。</translation>
    </message>
</context>
<context>
    <name>swb::net::UdpMulticast</name>
    <message>
        <source>Joined the multicast group %1.</source>
        <translation>已加入组播组 %1。</translation>
    </message>
    <message>
        <source>Left the multicast group %1.</source>
        <translation>已退出组播组 %1。</translation>
    </message>
    <message>
        <source>Cannot send multicast through %1: %2.</source>
        <translation>无法通过 %1 发送组播：%2。</translation>
    </message>
    <message>
        <source>the default interface</source>
        <translation>默认接口</translation>
    </message>
    <message>
        <source>Cannot set the multicast TTL to %1: %2.</source>
        <translation>无法把组播 TTL 设为 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot change multicast loopback: %1.</source>
        <translation>无法更改组播回环设置：%1。</translation>
    </message>
</context>
<context>
    <name>swb::net::UnavailableFeature</name>
    <message>
        <source>%1: not available on this system</source>
        <translation>%1：在此系统上不可用</translation>
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
        <source>Like Python&apos;s time.strftime: %Y year, %m month, %d day, %H hour, %M minute, %S second, %X time, %x date, %% a percent sign.</source>
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
        <source>{data} the message (without its line ending), {time}, {date}, {datetime}, {counter} messages so far, {peer} the client&apos;s address.</source>
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
        <source>Compared without the line ending. Sending this word yourself closes the connection too, as in the notes&apos; chat.</source>
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
        <source>HTTP demo site</source>
        <translation>HTTP 演示网站</translation>
    </message>
    <message>
        <source>Answers HTTP/1.1 like a small web server, for classes without internet; point a browser or curl at it. Paths:
%1</source>
        <translation>像一个小型 Web 服务器那样用 HTTP/1.1 应答，供没有外网的课堂使用；用浏览器或 curl 访问它即可。路径：
%1</translation>
    </message>
    <message>
        <source>Log the length of every message</source>
        <translation>记录每条消息的长度</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds, after a number</comment>
        <translation> 毫秒</translation>
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
    <name>swb::widgets::CertificateCard</name>
    <message>
        <source>&lt;b&gt;Server certificate&lt;/b&gt;</source>
        <translation>&lt;b&gt;服务器证书&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Server certificate&lt;/b&gt;: none yet (only HTTPS has one).</source>
        <translation>&lt;b&gt;服务器证书&lt;/b&gt;：暂无（只有 HTTPS 才有证书）。</translation>
    </message>
    <message>
        <source>%1 (self-signed: it vouches for itself)</source>
        <translation>%1（自签名：自己为自己担保）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s): %1</source>
        <translation>
            <numerusform>%n 个证书：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>not negotiated</source>
        <translation>未协商</translation>
    </message>
    <message>
        <source>Certificate errors, accepted because you chose &quot;Continue anyway&quot; (the connection is encrypted, but nobody vouches for who is at the other end):
%1</source>
        <translation>证书有错误，但因为你选择了“仍然继续”，这些错误已被接受（连接是加密的，但没有人能担保另一端是谁）：
%1</translation>
    </message>
    <message>
        <source>The certificate was not accepted, so the request was not sent:
%1</source>
        <translation>证书未被接受，所以请求没有发送：
%1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>证书链：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Cipher:</source>
        <translation>加密套件：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Continue anyway (insecure)</source>
        <translation>仍然继续（不安全）</translation>
    </message>
    <message>
        <source>Ticks &quot;Accept invalid certificates&quot; and sends the request again. Do this only for a server you run yourself, such as a test server with a self-signed certificate.</source>
        <translation>勾选“接受无效证书”，然后重新发送请求。只对你自己运行的服务器这样做，例如使用自签名证书的测试服务器。</translation>
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
    <message>
        <source>State: %1 · family AF_UNIX · type SOCK_STREAM · socket file (raddr) %2 · local end (laddr): unnamed, %3</source>
        <translation>状态：%1 · 地址族：AF_UNIX · 类型：SOCK_STREAM · 套接字文件（raddr）：%2 · 本端（laddr）：未命名，%3</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ConversationView</name>
    <message>
        <source>%1 (%2): %3 ⇄ %4</source>
        <translation>%1（%2）：%3 ⇄ %4</translation>
    </message>
    <message>
        <source>The bytes that end a message; \r \n \t \xNN are allowed</source>
        <translation>表示一条消息结束的字节；可以使用 \r \n \t \xNN</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %Ln byte(s)</source>
        <translation>
            <numerusform>%1 %2，%Ln 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 发出</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 收到</translation>
    </message>
    <message>
        <source>No connection or peer yet: conversations appear once a client connects or a datagram arrives.</source>
        <translation>还没有连接或对端：有客户端连上来或收到数据报后，这里就会出现对话。</translation>
    </message>
    <message numerus="yes">
        <source>— the oldest %1 bytes are not shown</source>
        <translation>
            <numerusform>—— 最早的 %1 字节没有显示</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Conversation:</source>
        <translation>对话(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>as received</source>
        <translation>按收到的原样</translation>
    </message>
    <message>
        <source>by line (\n)</source>
        <translation>按行（\n）</translation>
    </message>
    <message>
        <source>by delimiter</source>
        <translation>按分隔符</translation>
    </message>
    <message>
        <source>by fixed length</source>
        <translation>按固定长度</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> 字节</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Read the conversation again every second while new traffic arrives</source>
        <translation>有新流量到来时，每秒重新读取一次对话</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the list of conversations and the chosen one again</source>
        <translation>重新读取对话列表和选中的对话</translation>
    </message>
    <message>
        <source>&quot;As received&quot; shows each read and write, so you can see where the network merged or split messages; the others put each direction&apos;s stream back together and cut it into messages</source>
        <translation>“按收到的原样”显示每一次读和写，能看出网络在哪里把消息合并或拆开了；其他方式会把每个方向的字节流重新拼起来，再切分成一条条消息</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2: a longer text would make the window slow. The message table lists every message.</source>
        <translation>只显示 %2 中的前 %1：文本再长，窗口会变慢。消息表里列出了全部消息。</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>字节流</translation>
    </message>
    <message>
        <source>The conversation&apos;s bytes in order as one text: sent in blue with →, received in orange on a shaded background with ←. Click a message to see its bytes below.</source>
        <translation>按先后顺序把这段对话的字节连成一段文本：发送的是蓝色、标 →，接收的是橙色、带底纹、标 ←。点击某条消息，下方会显示它的字节。</translation>
    </message>
    <message>
        <source>Message table</source>
        <translation>消息表</translation>
    </message>
    <message>
        <source>One row per message, as framed above</source>
        <translation>每条消息一行，按上面选的分帧方式切分</translation>
    </message>
    <message numerus="yes">
        <source>→ %1 sent (blue), ← %2 received (orange), %Ln message(s)</source>
        <translation>
            <numerusform>→ 发出 %1（蓝色），← 收到 %2（橙色），共 %Ln 条消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::DockTitleBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ErrorCoachPane</name>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>What to try:</source>
        <translation>可以尝试：</translation>
    </message>
    <message>
        <source>No port to check: the panel uses port 0 (any free port).</source>
        <translation>没有可检查的端口：面板使用的是端口 0（任意空闲端口）。</translation>
    </message>
    <message>
        <source>Testing loopback…</source>
        <translation>正在测试回环…</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>正在解析 %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 resolves to, in this order:</source>
        <translation>%1 解析到以下地址（按顺序）：</translation>
    </message>
    <message>
        <source>  %1 (IPv6)</source>
        <translation>  %1（IPv6）</translation>
    </message>
    <message>
        <source>  %1 (IPv4)</source>
        <translation>  %1（IPv4）</translation>
    </message>
    <message>
        <source>Situation:</source>
        <translation>情况：</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpBodyView</name>
    <message>
        <source>No body.</source>
        <translation>没有正文。</translation>
    </message>
    <message>
        <source>Charset %1: chosen by you (found: %2, %3)</source>
        <translation>字符集 %1：由你选择（检测结果：%2，%3）</translation>
    </message>
    <message>
        <source>Charset %1, a guess: %2. Nothing in the response names it; choose another if the text looks wrong.</source>
        <translation>字符集 %1，是猜的：%2。响应中没有任何地方指明字符集；如果文字看起来不对，请换一个。</translation>
    </message>
    <message>
        <source>Charset %1: %2</source>
        <translation>字符集 %1：%2</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 bytes. Save the body to get all of it.</source>
        <translation>只显示了 %2 字节中的前 %1 字节。要获取全部内容，请保存正文。</translation>
    </message>
    <message>
        <source>Decode as:</source>
        <translation>解码方式：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>The charset comes from the Content-Type header, else from &lt;meta charset&gt; in the page, else from a byte order mark, else it is guessed. Choose another one if the text looks garbled.</source>
        <translation>字符集先看 Content-Type 首部，其次看页面中的 &lt;meta charset&gt;，再看字节顺序标记（BOM），都没有就靠猜。如果文字显示成乱码，请换一个。</translation>
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
        <translation>0（最后一块）</translation>
    </message>
    <message>
        <source>0x%1 to 0x%2</source>
        <translation>0x%1 至 0x%2</translation>
    </message>
    <message numerus="yes">
        <source>De-chunked body: %n byte(s) (chunk framing removed)</source>
        <translation>
            <numerusform>合并分块后的正文：%n 字节（已去掉分块标记）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chunk %1: %n byte(s) of data</source>
        <translation>
            <numerusform>第 %1 块：%n 字节数据</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size line (offset: text)</source>
        <translation>大小行（偏移：文本）</translation>
    </message>
    <message>
        <source>Data bytes</source>
        <translation>数据字节数</translation>
    </message>
    <message>
        <source>Data (offsets)</source>
        <translation>数据（偏移）</translation>
    </message>
    <message>
        <source>This response is not chunked: its body is sent as it is, framed by Content-Length or by the server closing the connection.</source>
        <translation>这个响应没有分块：正文按原样发送，靠 Content-Length 或服务器关闭连接来确定结束位置。</translation>
    </message>
    <message numerus="yes">
        <source>Transfer-Encoding: chunked. Each chunk is a line with its size in hexadecimal, the data, and CR LF; a chunk of size 0 ends the body. %n chunk(s). Select a chunk to see its data; with no selection the right side shows the body with the framing removed.</source>
        <translation>
            <numerusform>Transfer-Encoding: chunked。每一块先是一行用十六进制写的块大小，然后是数据，最后是 CR LF；大小为 0 的块表示正文结束。共 %n 块。选中一块可以查看它的数据；不选时，右侧显示去掉分块标记后的正文。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpContentView</name>
    <message>
        <source>No Content-Encoding: the body bytes are the page itself.</source>
        <translation>没有 Content-Encoding：正文字节就是网页本身。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 compressed bytes are kept in memory, so only their part is decoded here; save the body as received and decompress it (e.g. gunzip) for all of it.</source>
        <translation>%2 个压缩字节中只有前 %1 个保存在内存里，所以这里只解码了这一部分；要得到全部内容，请用“保存收到的正文”存下来再解压（例如用 gunzip）。</translation>
    </message>
    <message>
        <source>The decoded text is cut at the display limit.</source>
        <translation>解码后的文本在显示上限处被截断了。</translation>
    </message>
    <message>
        <source>Decoding stopped: %1</source>
        <translation>解码中止：%1</translation>
    </message>
    <message>
        <source>Content-Encoding: %1. Compressed, %2 (left); decoded, %3 (right).</source>
        <translation>Content-Encoding：%1。压缩的 %2（左），解码后为 %3（右）。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpFetchView</name>
    <message>
        <source>%1. %2 %3 → %4 %5 (%6 ms)</source>
        <translation>%1. %2 %3 → %4 %5（%6 ms）</translation>
    </message>
    <message>
        <source>, Location: %1</source>
        <translation>，Location: %1</translation>
    </message>
    <message numerus="yes">
        <source>Body: the first %1 of %2 bytes</source>
        <translation>
            <numerusform>正文：共 %2 字节，这里是前 %1 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no response to save yet.</source>
        <translation>还没有可以保存的响应。</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>保存正文</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求首部</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <source>The body to send with POST or PUT (sent as UTF-8).</source>
        <translation>用 POST 或 PUT 发送的正文（按 UTF-8 发送）。</translation>
    </message>
    <message>
        <source>Body (r.text)</source>
        <translation>正文（r.text）</translation>
    </message>
    <message>
        <source>Headers (r.headers)</source>
        <translation>首部（r.headers）</translation>
    </message>
    <message>
        <source>Redirects (r.history)</source>
        <translation>重定向（r.history）</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>首部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Save body…</source>
        <translation>保存正文…</translation>
    </message>
    <message>
        <source>Writes the body to a file, like the notes&apos; open(&apos;gne.html&apos;, &apos;w&apos;).write(r.text).</source>
        <translation>把正文写入文件，就像笔记里的 open(&apos;gne.html&apos;, &apos;w&apos;).write(r.text)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 %3 (r.ok is %4), %5 bytes, from %6</source>
        <translation>
            <numerusform>%1 %2 %3（r.ok 为 %4），%5 字节，来自 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: %1</source>
        <translation>正文：%1</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>已将 %1 保存到 %2。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpHeadersEditor</name>
    <message>
        <source>Header</source>
        <translation>首部</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Extra request headers, one per row, e.g. User-Agent or Accept. The engine adds Host, Connection and Content-Length itself.</source>
        <translation>额外的请求首部，每行一个，例如 User-Agent 或 Accept。Host、Connection 和 Content-Length 由引擎自动添加。</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除选中项</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpPanel</name>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>The connection is no longer open: the server closed it. Press Send to open a new one.</source>
        <translation>连接已经断开：服务器关闭了它。点“发送”会打开一个新连接。</translation>
    </message>
    <message>
        <source>Sent again on the same connection…</source>
        <translation>已在同一连接上再次发送…</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 bytes in %4 ms.</source>
        <translation>
            <numerusform>%1 %2，%3 字节，用时 %4 ms。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3 bytes received in %4 ms.</source>
        <translation>
            <numerusform>%1 %2，%4 ms 内收到 %3 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch (requests.get)</source>
        <translation>获取（requests.get）</translation>
    </message>
    <message>
        <source>Raw (socket)</source>
        <translation>原始（socket）</translation>
    </message>
    <message>
        <source>Fetch: a finished HTTP client does the work, as requests.get() does. Raw: you type the request bytes and see the exact response bytes, as with socket.send() and recv().</source>
        <translation>获取：由现成的 HTTP 客户端完成全部工作，就像 requests.get() 那样。原始：由你亲手输入请求的字节，并看到响应的确切字节，就像用 socket.send() 和 recv() 那样。</translation>
    </message>
    <message>
        <source>The request method. In raw mode it is the first word of the request text.</source>
        <translation>请求方法。在原始模式下，它就是请求文本的第一个单词。</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080/</source>
        <translation>http://127.0.0.1:8080/</translation>
    </message>
    <message>
        <source>http:// or https://, a host and an optional port and path. Raw mode connects to this host and port; the request text says the rest.</source>
        <translation>http:// 或 https://，加上主机，以及可选的端口和路径。原始模式会连接到这个主机和端口，其余内容由请求文本决定。</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Accept invalid certificates (insecure)</source>
        <translation>接受无效证书（不安全）</translation>
    </message>
    <message>
        <source>Goes on even when the server&apos;s certificate is self-signed, expired or for another name. Anyone in the middle could then read and change the traffic. Only for your own test servers; it turns itself off when the host changes.</source>
        <translation>即使服务器的证书是自签名的、已过期的或者是签发给其他名称的，也照样继续。这样一来，中间的任何人都能读取和篡改流量。只用于你自己的测试服务器；主机一改变，这个选项就会自动关闭。</translation>
    </message>
    <message>
        <source>Give up after (s) without a byte:</source>
        <translation>连续多少秒收不到字节就放弃：</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Receiving… %1</source>
        <translation>正在接收… %1</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpPartView</name>
    <message>
        <source>%1: bytes %2 to %3 of %4</source>
        <translation>%1：第 %2 到 %3 字节（共 %4 字节）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>发出的请求</translation>
    </message>
    <message>
        <source>Whole response as received</source>
        <translation>收到的完整响应</translation>
    </message>
    <message>
        <source>Response header (up to the blank line)</source>
        <translation>响应首部（到空行为止）</translation>
    </message>
    <message>
        <source>Body as received</source>
        <translation>收到的正文</translation>
    </message>
    <message>
        <source>Body, chunk framing removed</source>
        <translation>正文（已去掉分块标记）</translation>
    </message>
    <message>
        <source>Body, Content-Encoding undone</source>
        <translation>正文（已按 Content-Encoding 解码）</translation>
    </message>
    <message>
        <source>From byte:</source>
        <translation>起始字节：</translation>
    </message>
    <message>
        <source>Large parts are shown one megabyte at a time; choose where the window starts.</source>
        <translation>较大的部分每次只显示 1 MB；请选择从哪里开始显示。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpRawView</name>
    <message>
        <source>Press Send: the exact bytes of the response will appear here.</source>
        <translation>点“发送”：响应的原始字节会原样显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%1 bytes arrived, but no blank line (\r\n\r\n) ended the header, so there is no header/body boundary.</source>
        <translation>
            <numerusform>收到了 %1 字节，但没有出现结束首部的空行（\r\n\r\n），因此找不到首部和正文的分界。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The header ends at byte %1 (0x%2): the blank line starts at byte %3, and res.split(b&apos;\r\n\r\n&apos;, 1) splits there. The body is %4 bytes (bytes %1 to %5).</source>
        <translation>
            <numerusform>首部在第 %1 字节（0x%2）处结束：空行从第 %3 字节开始，res.split(b&apos;\r\n\r\n&apos;, 1) 正是在这里切开。正文共 %4 字节（第 %1 到第 %5 字节）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1. Received %2 body bytes: they match (✓); reading ended on Content-Length.</source>
        <translation>
            <numerusform>Content-Length: %1。收到了 %2 字节正文：两者一致（✓）；按 Content-Length 读完。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Transfer-Encoding: chunked, %1 chunks (the size lines count as framing): %2 body bytes after removing the framing. Reading ended on the last chunk (size 0).</source>
        <translation>
            <numerusform>Transfer-Encoding: chunked，共 %1 个块（表示块大小的行属于分块标记）：去掉分块标记后，正文共 %2 字节。读到最后一个块（大小为 0）时结束。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No Content-Length and not chunked: the body ends when the server closes the connection, just what the notes&apos; recv() loop waits for. %1 body bytes.</source>
        <translation>
            <numerusform>没有 Content-Length，也不是分块传输：正文到服务器关闭连接时才结束，笔记里的 recv() 循环等的正是这个。正文共 %1 字节。</numerusform>
        </translation>
    </message>
    <message>
        <source>No body: the response to HEAD, and 1xx, 204 and 304 responses, never have one.</source>
        <translation>没有正文：HEAD 请求的响应，以及 1xx、204 和 304 响应，都不会有正文。</translation>
    </message>
    <message numerus="yes">
        <source>%1 more bytes came after the end of the message (✗).</source>
        <translation>
            <numerusform>消息结束之后又多来了 %1 字节（✗）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept the connection open (keep-alive). Send again to reuse it: no DNS lookup, no connect, no TLS.</source>
        <translation>服务器保持连接不断开（keep-alive）。再发一次就能复用这条连接：不用查 DNS，不用 connect，也不用 TLS 握手。</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message numerus="yes">
        <source>#%1 %2 → %3 %4, %5 bytes, %6 ms, %7</source>
        <translation>
            <numerusform>#%1 %2 → %3 %4，%5 字节，%6 ms，%7</numerusform>
        </translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>same connection, reused (keep-alive)</source>
        <translation>同一连接，复用（keep-alive）</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>There is no complete response header yet, so there is nothing to split: send a request first.</source>
        <translation>还没有完整的响应首部，无从切分：请先发送一个请求。</translation>
    </message>
    <message>
        <source>The body is larger than the display limit, so only its first part is decoded in memory. Save the body as received instead.</source>
        <translation>正文超出了显示上限，所以只在内存中解码了开头一部分。请改用“保存收到的正文”。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Send again on this connection</source>
        <translation>在同一连接上再发一次</translation>
    </message>
    <message>
        <source>Bytes, marked</source>
        <translation>标注的字节</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>分块</translation>
    </message>
    <message>
        <source>Decoded body</source>
        <translation>解码后的正文</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Save response…</source>
        <translation>保存响应…</translation>
    </message>
    <message>
        <source>Save header…</source>
        <translation>保存首部…</translation>
    </message>
    <message>
        <source>Save body as received…</source>
        <translation>保存收到的正文…</translation>
    </message>
    <message>
        <source>Everything after the blank line, byte for byte: the notes&apos; baidu-index.html.</source>
        <translation>空行之后的全部内容，逐字节原样保存：也就是笔记里的 baidu-index.html。</translation>
    </message>
    <message>
        <source>Save decoded body…</source>
        <translation>保存解码后的正文…</translation>
    </message>
    <message>
        <source>The body with chunk framing and Content-Encoding undone: the page a browser would show.</source>
        <translation>去掉分块标记、还原 Content-Encoding 之后的正文：也就是浏览器会显示的网页。</translation>
    </message>
    <message>
        <source>Content-Length: %1. Received %2 body bytes, but then %3 bytes arrived after the end of the response (Content-Length: %1) (✗): the body is longer than declared, or the server sent something nobody asked for. They are in the response as received, after byte %4; they are not read as the answer to a next request.</source>
        <translation>Content-Length: %1。收到了 %2 个正文字节，但随后在响应结束后又收到了 %3 个字节（Content-Length: %1）（✗）：正文比声明的长，或者服务器发送了没有人请求的数据。这些字节保留在收到的原始响应中，位于第 %4 字节之后；它们不会被当作下一个请求的响应来读取。</translation>
    </message>
    <message numerus="yes">
        <source>Content-Length: %1, but %2 body bytes arrived (✗): %3 bytes missing.</source>
        <translation>
            <numerusform>Content-Length: %1，但只收到了 %2 字节正文（✗）：缺少 %3 字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpRequestPane</name>
    <message>
        <source>The request is sent byte for byte: \r\n is CR LF, as in the notes&apos; Python. Line breaks in this editor are only for reading; Enter types \r\n and a line break, Shift+Enter a line break only. {host} becomes the URL&apos;s host and port. The blank line \r\n at the end tells the server the header is over.</source>
        <translation>请求会逐字节原样发送：\r\n 就是 CR LF，和笔记里的 Python 一样。编辑器里的换行只是为了方便阅读；按 Enter 会输入 \r\n 加一个换行，按 Shift+Enter 只输入换行。{host} 会换成网址中的主机和端口。末尾那个空行 \r\n 告诉服务器首部到此结束。</translation>
    </message>
    <message>
        <source>\r\n is CR LF; the \r\n alone on the last line is the blank line that ends the header.</source>
        <translation>\r\n 就是 CR LF；最后单独一行的 \r\n 就是空行，表示首部到此结束。</translation>
    </message>
    <message>
        <source>Show or hide the whole explanation</source>
        <translation>显示或隐藏完整说明</translation>
    </message>
</context>
<context>
    <name>swb::widgets::HttpResponseView</name>
    <message>
        <source>status line</source>
        <translation>状态行</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>首部行 %1</translation>
    </message>
    <message>
        <source>blank line</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>chunk %1 size</source>
        <translation>第 %1 块的大小</translation>
    </message>
    <message>
        <source>chunk %1 data</source>
        <translation>第 %1 块的数据</translation>
    </message>
    <message>
        <source>chunk %1 end</source>
        <translation>第 %1 块的结尾</translation>
    </message>
    <message>
        <source>last chunk end</source>
        <translation>最后一块的结尾</translation>
    </message>
    <message>
        <source>after the message</source>
        <translation>消息之后的数据</translation>
    </message>
    <message>
        <source>not parsed</source>
        <translation>未解析</translation>
    </message>
    <message>
        <source>… %1 bytes in all; this view shows the first part. The Hex tab shows any part, and Save writes every byte.</source>
        <translation>… 共 %1 字节，这里只显示前面一部分。“十六进制”页可以查看任意部分，“保存”会写出全部字节。</translation>
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
        <translation>完成：本课要求的操作都已经做到了。</translation>
    </message>
    <message>
        <source>Self-check (general)</source>
        <translation>自查（通用）</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Watch for</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>The same in Python (from the notes)</source>
        <translation>对应的 Python 代码（摘自笔记）</translation>
    </message>
    <message>
        <source>Well-known ports</source>
        <translation>熟知端口</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Python modules</source>
        <translation>Python 模块</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LessonPane</name>
    <message>
        <source>Open a lesson from the Lessons menu. Each lesson starts its servers at the ports of the notes and explains what to do and what to watch for.</source>
        <translation>请从“课程”菜单打开一节课。每节课都会在笔记所用的端口上启动服务器，并说明该做什么、该注意观察什么。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::LocalServerPanel</name>
    <message>
        <source>A local socket server listens on a file path instead of a port. Only programs on this machine can connect, and only you: the file gets mode 0600.</source>
        <translation>本地套接字服务器监听的是一个文件路径，而不是端口。只有本机上的程序能连接，而且只有你自己能连：这个文件的权限是 0600。</translation>
    </message>
    <message>
        <source>Nothing listens on this socket file any more: it was left behind by a server that stopped without removing it.</source>
        <translation>这个套接字文件上已经没有程序在监听了：它是某个服务器停止时没有删掉而留下的。</translation>
    </message>
    <message>
        <source>Remove the stale file and listen</source>
        <translation>删除过期文件并监听</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this path.</source>
        <translation>正在 %1 上监听。客户端要连接的就是这个路径。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::MulticastBox</name>
    <message>
        <source>Group:</source>
        <translation>组播组：</translation>
    </message>
    <message>
        <source>A multicast group address: IPv4 224.0.0.0 to 239.255.255.255 (239.x.y.z stays in your organisation), IPv6 ff00::/8 (ff01:: never leaves this machine, ff02:: stays on the link).</source>
        <translation>组播组地址：IPv4 为 224.0.0.0 到 239.255.255.255（239.x.y.z 只在你所在的机构内部使用），IPv6 为 ff00::/8（ff01:: 不会离开本机，ff02:: 只在本链路内）。</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, ...): ask the system to deliver the group&apos;s datagrams to this socket.</source>
        <translation>setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, ...)：请系统把该组的数据报交给这个套接字。</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>(the system&apos;s choice)</source>
        <translation>（由系统选择）</translation>
    </message>
    <message>
        <source>%1 (not on this machine)</source>
        <translation>%1（不在本机）</translation>
    </message>
    <message>
        <source>%1 (loopback)</source>
        <translation>%1（回环）</translation>
    </message>
    <message>
        <source>%1 (no multicast)</source>
        <translation>%1（不支持组播）</translation>
    </message>
    <message>
        <source>Where to join the group and send multicast. On a machine without network, choose lo.</source>
        <translation>在哪个网络接口上加入组播组、发送组播。在没有联网的机器上，请选 lo。</translation>
    </message>
    <message>
        <source>TTL / hops:</source>
        <translation>TTL / 跳数：</translation>
    </message>
    <message>
        <source>IP_MULTICAST_TTL: how many routers a multicast datagram may cross. 1 keeps it on the local network, 0 on this machine.</source>
        <translation>IP_MULTICAST_TTL：组播数据报最多可以经过多少个路由器。1 表示只在本地网络内，0 表示只在本机。</translation>
    </message>
    <message>
        <source>Loopback (hear our own datagrams)</source>
        <translation>回环（收到自己发出的数据报）</translation>
    </message>
    <message>
        <source>IP_MULTICAST_LOOP: datagrams this socket sends to a group are also delivered to members on this machine, itself included.</source>
        <translation>IP_MULTICAST_LOOP：这个套接字发往某个组的数据报，也会交给本机上的组成员，包括它自己。</translation>
    </message>
    <message>
        <source>Joined:</source>
        <translation>已加入：</translation>
    </message>
    <message>
        <source>To receive a group&apos;s datagrams, bind to 0.0.0.0 (or ::) and the group&apos;s port, then join. To send to a group, make it the target.</source>
        <translation>要接收某个组的数据报，先绑定到 0.0.0.0（或 ::）和该组的端口，再加入该组。要向某个组发送，就把它设为目标。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1（接口 %2）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::Panel</name>
    <message>
        <source>Why?</source>
        <translation>为什么？</translation>
    </message>
    <message>
        <source>Explain this error and what to try</source>
        <translation>解释这个错误，并给出可以尝试的办法</translation>
    </message>
    <message>
        <source>RX %1 in %2 · TX %3 in %4</source>
        <translation>接收 %1（%2） · 发送 %3（%4）</translation>
    </message>
</context>
<context>
    <name>swb::widgets::PythonView</name>
    <message>
        <source>Cannot save the script to &quot;%1&quot;: %2.</source>
        <translation>无法把脚本保存到“%1”：%2。</translation>
    </message>
    <message>
        <source>Save Python script</source>
        <translation>保存 Python 脚本</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python 脚本 (*.py)</translation>
    </message>
    <message>
        <source>%1 as Python</source>
        <translation>%1 的 Python 版本</translation>
    </message>
    <message>
        <source>What the panel &quot;%1&quot; does, as a Python script in the style of the notes, made from its current settings. Save it and run python3 %2; it talks to the workbench&apos;s panels and they to it.</source>
        <translation>把面板“%1”所做的事写成笔记风格的 Python 脚本，根据面板的当前设置生成。保存后运行 python3 %2；它能和工作台的面板互相通信。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the panel&apos;s settings again</source>
        <translation>重新读取面板的设置</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ReplayToolbar</name>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a saved traffic file (.jsonl or .csv) to replay</source>
        <translation>打开已保存的流量文件（.jsonl 或 .csv）进行回放</translation>
    </message>
    <message>
        <source>Back to the start (nothing shown)</source>
        <translation>回到开头（什么都不显示）</translation>
    </message>
    <message>
        <source>One event back (Left)</source>
        <translation>后退一个事件（左方向键）</translation>
    </message>
    <message>
        <source>One event forward (Right)</source>
        <translation>前进一个事件（右方向键）</translation>
    </message>
    <message>
        <source>To the end (everything shown)</source>
        <translation>跳到末尾（全部显示）</translation>
    </message>
    <message>
        <source>Drag to any point of the capture</source>
        <translation>拖动到抓包记录中的任意位置</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ReplayWindow</name>
    <message>
        <source>the current capture</source>
        <translation>当前抓包</translation>
    </message>
    <message>
        <source>Replay a traffic file</source>
        <translation>回放流量文件</translation>
    </message>
    <message>
        <source>Traffic files (*.jsonl *.csv);;All files (*)</source>
        <translation>流量文件 (*.jsonl *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Nothing to replay yet: open a saved traffic file.</source>
        <translation>还没有可回放的内容：请打开一个已保存的流量文件。</translation>
    </message>
    <message numerus="yes">
        <source>The end: all %n event(s) shown.</source>
        <translation>
            <numerusform>结束：%n 条事件已全部显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: %1 %2 on &quot;%3&quot; (%4 → %5)</source>
        <translation>下一条：%1 %2，面板“%3”（%4 → %5）</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>回放：%1</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
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
    <message>
        <source> ms</source>
        <comment>milliseconds, after a number</comment>
        <translation> 毫秒</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SequenceDiagram</name>
    <message>
        <source>The conversation appears here as it happens: start a server, connect a client and send something.</source>
        <translation>通信过程会实时显示在这里：启动一个服务器，连接一个客户端，再发送点东西。</translation>
    </message>
    <message>
        <source>Export sequence diagram</source>
        <translation>导出时序图</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PNG image (*.png)</source>
        <translation>SVG 矢量图 (*.svg);;PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SequencePainter</name>
    <message>
        <source>outside the app</source>
        <translation>本程序之外</translation>
    </message>
    <message>
        <source>%1: more</source>
        <translation>%1：更多</translation>
    </message>
    <message>
        <source>⇄ %1</source>
        <translation>⇄ %1</translation>
    </message>
    <message>
        <source>more connections</source>
        <translation>更多连接</translation>
    </message>
    <message>
        <source>listen %1</source>
        <translation>监听 %1</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>accept %1</source>
        <translation>接受连接 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)  %1</source>
        <translation>
            <numerusform>%n 字节  %1</numerusform>
        </translation>
    </message>
    <message>
        <source>close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>close: %1</source>
        <translation>关闭：%1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Cannot write the image &quot;%1&quot;.</source>
        <translation>无法写入图片“%1”。</translation>
    </message>
    <message>
        <source>Sequence diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>Socket Workbench: the conversation of the traffic table.</source>
        <translation>套接字工作台：流量表中的对话。</translation>
    </message>
    <message>
        <source>Cannot write the drawing &quot;%1&quot;.</source>
        <translation>无法写入图形“%1”。</translation>
    </message>
    <message>
        <source>reset (RST): %1</source>
        <translation>重置（RST）：%1</translation>
    </message>
</context>
<context>
    <name>swb::widgets::SocketPathEdit</name>
    <message>
        <source>Path:</source>
        <translation>路径：</translation>
    </message>
    <message>
        <source>The socket file, as in the notes&apos; bind(path) and connect(path). {runtime} stands for your runtime folder (%1), which only you can read; a path without a folder goes there too.</source>
        <translation>套接字文件，对应笔记中的 bind(path) 和 connect(path)。{runtime} 代表你的运行时目录（%1），只有你自己能读取；不带目录的路径也会放在那里。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Socket file: %1</source>
        <translation>套接字文件：%1</translation>
    </message>
    <message>
        <source>Socket file</source>
        <translation>套接字文件</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
</context>
<context>
    <name>swb::widgets::StartPage</name>
    <message>
        <source>Goal:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Welcome to Socket Workbench</source>
        <translation>欢迎使用套接字工作台</translation>
    </message>
    <message>
        <source>Nothing is open yet. Start with a lesson, or add a panel and try things on your own. Help ▸ Getting started explains the window.</source>
        <translation>现在还没有打开任何内容。可以从一节课程开始，也可以添加一个面板自己动手试试。“帮助 ▸ 入门”介绍了这个窗口。</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Add a panel</source>
        <translation>添加面板</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>打开文件</translation>
    </message>
</context>
<context>
    <name>swb::widgets::StreamClientPanel</name>
    <message>
        <source>Not connected: press Connect first, then send.</source>
        <translation>尚未连接：请先点“连接”，再发送。</translation>
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
        <source>As in the notes&apos; chat: typing q, or receiving q, ends the conversation.</source>
        <translation>和笔记里的聊天程序一样：输入 q 或收到 q，对话就结束。</translation>
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
    <name>swb::widgets::StreamServerPanel</name>
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
        <source>Select a client in the list first, or choose &quot;all clients&quot;.</source>
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
    <name>swb::widgets::TcpClientPanel</name>
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
        <source>Type the server&apos;s host name or address, e.g. 127.0.0.1.</source>
        <translation>请输入服务器的主机名或地址，例如 127.0.0.1。</translation>
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
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): lets a restarted server bind the port again at once, while old connections are still in TIME_WAIT. Without it, a quick restart fails with &quot;address already in use&quot;.</source>
        <translation>在 bind() 之前调用 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)：即使旧连接仍处于 TIME_WAIT 状态，重启后的服务器也能立即重新绑定这个端口。不打开它的话，快速重启会失败，报“address already in use”（地址已被占用）。</translation>
    </message>
    <message>
        <source>⚠ Reachable from other machines: this address listens on every network interface. Use 127.0.0.1 to keep the server private.</source>
        <translation>⚠ 其他机器也能访问：这个地址会在所有网络接口上监听。如果只想让本机访问，请使用 127.0.0.1。</translation>
    </message>
    <message>
        <source>Listening on %1. Clients connect to this address and port.</source>
        <translation>正在 %1 上监听。客户端要连接的就是这个地址和端口。</translation>
    </message>
</context>
<context>
    <name>swb::widgets::ThroughputChart</name>
    <message>
        <source>Panel %1</source>
        <translation>面板 %1</translation>
    </message>
    <message>
        <source>Bytes per second (sent + received)</source>
        <translation>每秒字节数（发送 + 接收）</translation>
    </message>
    <message>
        <source>Messages per second (sends + receives)</source>
        <translation>每秒消息数（发送 + 接收）</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Throughput of the recorded traffic, one point per second.</source>
        <translation>记录下来的流量的吞吐量，每秒一个点。</translation>
    </message>
    <message numerus="yes">
        <source>Each panel&apos;s throughput over the last %n minute(s), one point per second.</source>
        <translation>
            <numerusform>各面板最近 %n 分钟的吞吐量，每秒一个点。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines are drawn for the first %1 panels; %n more are left out.</source>
        <translation>
            <numerusform>只画出前 %1 个面板的曲线；另外 %n 个没有画。</numerusform>
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
        <translation>无：复用了已有连接（keep-alive）</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>无：普通 HTTP</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>DNS lookup:</source>
        <translation>DNS 解析：</translation>
    </message>
    <message>
        <source>TCP connect:</source>
        <translation>TCP 连接：</translation>
    </message>
    <message>
        <source>TLS handshake:</source>
        <translation>TLS 握手：</translation>
    </message>
    <message>
        <source>Time to first byte:</source>
        <translation>首字节时间：</translation>
    </message>
    <message>
        <source>Download:</source>
        <translation>下载：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总计：</translation>
    </message>
    <message>
        <source>From the moment the request was sent to the first byte of the response: the server&apos;s thinking time plus one round trip.</source>
        <translation>从发出请求到收到响应的第一个字节：服务器的处理时间加上一次往返时间。</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>没有完成</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficFilterBar</name>
    <message numerus="yes">
        <source>%1 of %2 rows</source>
        <translation>
            <numerusform>%1 / %2 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtering… %1% — %2</source>
        <translation>正在筛选… %1% — %2</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Search payloads and messages</source>
        <translation>搜索数据和消息</translation>
    </message>
    <message>
        <source>Text in the payloads (decoded as the preview shows them) and in error and info messages; any case. With “Hex”: bytes such as 68 65 6c</source>
        <translation>在数据（按预览中的方式解码）以及错误和信息消息中查找文字，不区分大小写。勾选“十六进制”时：按字节查找，例如 68 65 6c</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Search the payloads for these bytes, written in hex</source>
        <translation>在数据中查找这些字节（用十六进制书写）</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>所有面板</translation>
    </message>
    <message>
        <source>Any protocol</source>
        <translation>所有协议</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← 收到</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ 发出</translation>
    </message>
    <message>
        <source>Only data received or only data sent</source>
        <translation>只看收到的数据，或者只看发出的数据</translation>
    </message>
    <message>
        <source>Address contains</source>
        <translation>地址包含</translation>
    </message>
    <message>
        <source>Part of the local or remote address, such as :8001 or ::1</source>
        <translation>本端或对端地址的一部分，例如 :8001 或 ::1</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the filter and show every row</source>
        <translation>清除筛选条件，显示所有行</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficPane</name>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Every event of every panel, newest at the bottom</source>
        <translation>所有面板的所有事件，最新的在最下面</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>One connection&apos;s or peer&apos;s bytes as a stream of messages</source>
        <translation>把一个连接或一个对端的字节显示成消息流</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Bytes and messages per second of each panel</source>
        <translation>每个面板每秒的字节数和消息数</translation>
    </message>
</context>
<context>
    <name>swb::widgets::TrafficSessionWindow</name>
    <message>
        <source>Reading… %1%</source>
        <translation>正在读取… %1%</translation>
    </message>
    <message>
        <source>%1 (read-only) — Socket Workbench</source>
        <translation>%1（只读）— 套接字工作台</translation>
    </message>
    <message>
        <source>Read-only: traffic recorded in %1. Nothing here is live; no panel runs.</source>
        <translation>只读：%1 中记录的流量。这里的内容都不是实时的，也没有面板在运行。</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>读取已停止：%1</translation>
    </message>
    <message>
        <source>The last line was cut short (the recording did not end normally) and was left out.</source>
        <translation>最后一行不完整（记录没有正常结束），已略去。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>共 %1。</translation>
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
    <message>
        <source>Follow this conversation</source>
        <translation>追踪这段对话</translation>
    </message>
    <message>
        <source>Show this row&apos;s connection or peer as one stream in the Conversation tab, with this row&apos;s message selected</source>
        <translation>在“对话”页中把这一行所属的连接或对端显示成一段字节流，并选中这一行对应的消息</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpBindRow</name>
    <message>
        <source>Receive on</source>
        <translation>接收于</translation>
    </message>
    <message>
        <source>bind() to this address and port so that datagrams sent there arrive here (a UDP &quot;server&quot;). Off: the first send binds a free port, as Python&apos;s sendto() does, and replies still come back.</source>
        <translation>bind() 到这个地址和端口，发到这里的数据报就会在这里收到（相当于 UDP 的“服务器”）。不勾选时：第一次发送会绑定一个空闲端口，和 Python 的 sendto() 一样，回复照样能收回来。</translation>
    </message>
    <message>
        <source>127.0.0.1: only this machine can send here (the safe default).
0.0.0.0 or ::: every address of this machine, so other machines can send too; needed to receive broadcast and multicast.</source>
        <translation>127.0.0.1：只有本机能发到这里（安全的默认设置）。
0.0.0.0 或 ::：本机的所有地址，其他机器也能发过来；要接收广播和组播，就必须用它。</translation>
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
        <source>Share address</source>
        <translation>共享地址</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_REUSEADDR, 1) before bind(): several sockets that all set it may bind the same UDP port (each multicast or broadcast datagram reaches all of them; a unicast one only the last).</source>
        <translation>在 bind() 之前调用 setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)：都设置了它的多个套接字可以绑定同一个 UDP 端口（每个组播或广播数据报都会送到其中每一个；单播数据报只送到最后一个）。</translation>
    </message>
    <message>
        <source>⚠ Reachable from other machines: this address receives on every network interface. Use 127.0.0.1 to keep the socket private.</source>
        <translation>⚠ 其他机器也能访问：这个地址会在所有网络接口上接收。如果只想让本机访问，请使用 127.0.0.1。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Bind</source>
        <translation>绑定</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpBurstBar</name>
    <message>
        <source>Burst:</source>
        <translation>连发：</translation>
    </message>
    <message>
        <source> datagrams</source>
        <translation> 个数据报</translation>
    </message>
    <message>
        <source>How many datagrams to send to the target, one after another, as fast as the system takes them (the notes&apos; client that sends without stopping). The send box text is the payload; {counter} numbers them.</source>
        <translation>要向目标地址一个接一个地发送多少个数据报，速度是系统能接受的最快速度（就像笔记里那个不停发送的客户端）。发送框里的文字就是数据内容；{counter} 会给它们编号。</translation>
    </message>
    <message>
        <source>Send as fast as possible</source>
        <translation>全速发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpLogFeed</name>
    <message numerus="yes">
        <source>… %n more line(s) not shown here; the traffic table has every datagram.</source>
        <translation>
            <numerusform>… 还有 %n 行没有在这里显示；流量表中有全部数据报。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpPanel</name>
    <message numerus="yes">
        <source>Burst stopped: %1 of %2 datagrams sent.</source>
        <translation>
            <numerusform>全速发送已停止：共 %2 个数据报，已发送 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Burst done: %1 of %2 datagrams sent.</source>
        <translation>
            <numerusform>全速发送完成：共 %2 个数据报，已发送 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Multicast</source>
        <translation>组播</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>Each datagram is one message: the reply goes back to its sender. UDP has no connection, so there is nothing to greet or to close; those options are not shown.</source>
        <translation>每个数据报就是一条消息：回复会发回给它的发送方。UDP 没有连接，所以无所谓欢迎语，也无所谓关闭连接；这些选项不显示。</translation>
    </message>
    <message>
        <source>Send box sends to:</source>
        <translation>发送框发往：</translation>
    </message>
    <message>
        <source>the target</source>
        <translation>目标地址</translation>
    </message>
    <message>
        <source>the selected sender</source>
        <translation>选中的发送方</translation>
    </message>
    <message>
        <source>Reply to the sender selected in the list, like the notes&apos; server answering addr from recvfrom().</source>
        <translation>回复列表中选中的发送方，就像笔记里的服务器回复 recvfrom() 返回的 addr 那样。</translation>
    </message>
    <message>
        <source>Bound to %1. Senders send their datagrams to this address and port.</source>
        <translation>已绑定到 %1。发送方要把数据报发到这个地址和端口。</translation>
    </message>
    <message>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <source>Nobody has sent anything to this socket yet, so there is no sender to answer. Choose &quot;the target&quot;.</source>
        <translation>还没有人向这个套接字发送过任何东西，所以没有可以回复的发送方。请选择“目标地址”。</translation>
    </message>
    <message>
        <source>Select a sender in the list first.</source>
        <translation>请先在列表中选中一个发送方。</translation>
    </message>
    <message>
        <source>Senders (%1)</source>
        <translation>发送方（%1）</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>No socket yet: Bind to receive, or send and the first datagram binds a free port.</source>
        <translation>还没有套接字：点“绑定”开始接收；或者直接发送，发出第一个数据报时会绑定一个空闲端口。</translation>
    </message>
    <message>
        <source>Socket %1 · receive buffer %2 KiB</source>
        <translation>套接字 %1 · 接收缓冲区 %2 KiB</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>kernel drops: %1</source>
        <translation>内核丢包：%1</translation>
    </message>
    <message>
        <source>Kernel drops: datagrams that arrived while the receive buffer was full, read from /proc/net/udp. UDP does not resend them, and the sender is never told.</source>
        <translation>内核丢包：接收缓冲区已满时到达的数据报个数，读自 /proc/net/udp。UDP 不会重发这些数据报，发送方也永远不会知道。</translation>
    </message>
    <message>
        <source>kernel drops</source>
        <translation>内核丢包</translation>
    </message>
</context>
<context>
    <name>swb::widgets::UdpTargetRow</name>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Where the send box and bursts send: a host name, an IPv4 or IPv6 address, a broadcast address such as 127.255.255.255 or 255.255.255.255, or a multicast group.</source>
        <translation>发送框和连发的数据要发往哪里：主机名、IPv4 或 IPv6 地址、广播地址（例如 127.255.255.255 或 255.255.255.255），或者组播组。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>The target&apos;s port, 1 to 65535.</source>
        <translation>目标的端口，1 到 65535。</translation>
    </message>
    <message>
        <source>connect() the socket to the target, as sock.connect(addr) does in Python: only the target&apos;s datagrams are received, and an ICMP &quot;port unreachable&quot; from it is reported.</source>
        <translation>把套接字 connect() 到目标，就像 Python 里的 sock.connect(addr)：只接收目标发来的数据报，目标返回的 ICMP“端口不可达”也会报告出来。</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>广播</translation>
    </message>
    <message>
        <source>setsockopt(SOL_SOCKET, SO_BROADCAST, 1): without it, the system refuses to send to a broadcast address (permission denied).</source>
        <translation>setsockopt(SOL_SOCKET, SO_BROADCAST, 1)：不设置它，系统会拒绝向广播地址发送（permission denied，权限不足）。</translation>
    </message>
</context>
</TS>
