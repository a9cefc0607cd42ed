package io.mlopsradar.reliability;

import java.util.List;

/**
 * Script-injection payloads. Each one, if it ever ran, would set {@code top.xssFlag} (or open an alert), so a page
 * that shows them can be checked by asking the browser whether the flag is set.
 */
final class XssPayloads {
    static final String RUN = "top.xssFlag=1";

    static final List<String> ALL = List.of(
            "<script>" + RUN + "</script>",
            "<SCRIPT>" + RUN + "</SCRIPT>",
            "<script src=\"data:text/javascript," + RUN + "\"></script>",
            "<scr<script>ipt>" + RUN + "</scr</script>ipt>",
            "\"><script>" + RUN + "</script>",
            "'><script>" + RUN + "</script>",
            "</title><script>" + RUN + "</script>",
            "</textarea><script>" + RUN + "</script>",
            "</style><script>" + RUN + "</script>",
            "</script><script>" + RUN + "</script>",
            "--><script>" + RUN + "</script><!--",
            "]]><script>" + RUN + "</script>",
            "<img src=x onerror=\"" + RUN + "\">",
            "<img/src/onerror=" + RUN + ">",
            "<IMG SRC=x OnErRoR=" + RUN + ">",
            "<img src=\"x` `<script>" + RUN + "</script>\"` `>",
            "<svg onload=\"" + RUN + "\">",
            "<svg/onload=" + RUN + ">",
            "<svg><script>" + RUN + "</script></svg>",
            "<svg><animate onbegin=" + RUN + " attributeName=x dur=1s>",
            "<svg><set attributeName=onload to=" + RUN + ">",
            "<svg><a xlink:href=\"javascript:" + RUN + "\"><text x=10 y=10>svg link</text></a></svg>",
            "<body onload=" + RUN + ">",
            "<details open ontoggle=" + RUN + ">",
            "<input autofocus onfocus=" + RUN + ">",
            "<video><source onerror=" + RUN + "></video>",
            "<audio src=x onerror=" + RUN + ">",
            "<marquee onstart=" + RUN + ">m</marquee>",
            "<div onmouseover=\"" + RUN + "\">hover</div>",
            "<x onclick=" + RUN + ">click</x>",
            "<iframe src=\"javascript:" + RUN + "\"></iframe>",
            "<iframe srcdoc=\"<script>" + RUN + "</script>\"></iframe>",
            "<object data=\"javascript:" + RUN + "\"></object>",
            "<embed src=\"javascript:" + RUN + "\">",
            "<form action=\"javascript:" + RUN + "\"><button>go</button></form>",
            "<button formaction=\"javascript:" + RUN + "\">go</button>",
            "<a href=\"javascript:" + RUN + "\">link</a>",
            "<a href=\"JaVaScRiPt:" + RUN + "\">link</a>",
            "<a href=\"&#106;avascript:" + RUN + "\">entity link</a>",
            "<a href=\"&#x6A;avascript&#58;" + RUN + "\">hex entity link</a>",
            "<a href=\"java&#x09;script:" + RUN + "\">tab link</a>",
            "<a href=\"data:text/html,<script>" + RUN + "</script>\">data link</a>",
            "<base href=\"javascript:" + RUN + "//\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:" + RUN + "\">",
            "<link rel=stylesheet href=\"javascript:" + RUN + "\">",
            "<style>@import 'javascript:" + RUN + "';</style>",
            "<div style=\"background:url(javascript:" + RUN + ")\">bg</div>",
            "<div style=\"width: expression(" + RUN + ")\">expr</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=" + RUN + "></style></mglyph></table></mtext></math>",
            "<noscript><p title=\"</noscript><img src=x onerror=" + RUN + ">\"></noscript>",
            "&lt;script&gt;" + RUN + "&lt;/script&gt;",
            "&#60;img src=x onerror=" + RUN + "&#62;",
            "[click](javascript:" + RUN + ")",
            "[click](JaVaScRiPt:" + RUN + ")",
            "[click](&#106;avascript:" + RUN + ")",
            "[click]( javascript:" + RUN + ")",
            "![img](javascript:" + RUN + ")",
            "[data](data:text/html;base64,PHNjcmlwdD50b3AueHNzRmxhZz0xPC9zY3JpcHQ+)",
            "<javascript:" + RUN + ">",
            "[ref][x]\n\n[x]: javascript:" + RUN,
            "{{constructor.constructor('" + RUN + "')()}}",
            "${" + RUN + "}",
            "javascript:" + RUN,
            "<img src=x onerror=alert(1)>");

    private XssPayloads() {
    }
}
