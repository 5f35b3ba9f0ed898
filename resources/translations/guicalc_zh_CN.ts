<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <source>{name} could not be opened:

{reason}

The window shows the default example.</source>
            <translation>无法打开 {name}：

{reason}

窗口显示默认示例。</translation>
        </message>
        <message>
            <source>Cannot open lesson</source>
            <translation>无法打开课程</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>guicalc met an unexpected error and kept running:

{error}

Your work is autosaved. The details below can be copied into a bug report.</source>
            <translation>guicalc 遇到意外错误，但仍在运行：

{error}

您的工作已自动保存。可将下面的详细信息复制到错误报告中。</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
    </context>
    <context>
        <name>CurveController</name>
        <message>
            <source>{expression} has two variables: shown in the surface and field views</source>
            <translation>{expression} 有两个变量：在曲面和向量场视图中显示</translation>
        </message>
        <message>
            <source>{text} has no real value between {x0} and {x1}</source>
            <translation>{text} 在 {x0} 与 {x1} 之间没有实数值</translation>
        </message>
        <message>
            <source>{v} = {x}    {f}({v}) = {y}
slope {f}′({x}) = {slope}
tangent: {equation}</source>
            <translation>{v} = {x}    {f}({v}) = {y}
斜率 {f}′({x}) = {slope}
切线：{equation}</translation>
        </message>
        <message>
            <source>{v} = {x}: {f} has no derivative here (value {y}, slope {slope})</source>
            <translation>{v} = {x}：{f} 在此处没有导数（函数值 {y}，斜率 {slope}）</translation>
        </message>
        <message>
            <source>complex step</source>
            <translation>复步长</translation>
        </message>
        <message>
            <source>{method} ({kind})</source>
            <translation>{method}（{kind}）</translation>
        </message>
        <message>
            <source>exact f′ = {slope}</source>
            <translation>精确 f′ = {slope}</translation>
        </message>
        <message>
            <source>f′ ≈ {slope} (complex step: f′ has no symbolic form here)</source>
            <translation>f′ ≈ {slope}（复步长：此处 f′ 没有符号表达式）</translation>
        </message>
        <message>
            <source>{method} quotient in {dtype} at {v} = {x}; {reference}</source>
            <translation>在 {v} = {x} 处以 {dtype} 计算的{method}差商；{reference}</translation>
        </message>
        <message>
            <source>Curve of {f}({v}) = {text}</source>
            <translation>{f}({v}) = {text} 的曲线</translation>
        </message>
        <message>
            <source>with the tangent at {v} = {x}, slope {slope}</source>
            <translation>及其在 {v} = {x} 处的切线，斜率 {slope}</translation>
        </message>
        <message>
            <source>with no tangent at {v} = {x}</source>
            <translation>（在 {v} = {x} 处没有切线）</translation>
        </message>
        <message>
            <source>stopped after {0:g} s</source>
            <translation>{0:g} 秒后停止</translation>
        </message>
        <message>
            <source>sympy failed on it</source>
            <translation>sympy 无法处理</translation>
        </message>
        <message>
            <source>more than {0} nodes</source>
            <translation>超过 {0} 个节点</translation>
        </message>
        <message>
            <source>f{0} is too large to work out symbolically ({1}); it is computed numerically from f</source>
            <translation>f{0} 太大，无法用符号方法求出（{1}）；改为由 f 数值计算</translation>
        </message>
        <message>
            <source>{0}({1}), numerical: too large to work out ({2})</source>
            <translation>{0}({1})，数值计算：太大，无法求出（{2}）</translation>
        </message>
        <message>
            <source>{0}({1}), numerical while its exact form is worked out</source>
            <translation>{0}({1})，求出精确表达式之前先用数值计算</translation>
        </message>
        <message>
            <source>Working… reading the lesson's functions ({0} of {1})</source>
            <translation>正在处理…正在读取课程中的函数（第 {0} 个，共 {1} 个）</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>无定义</translation>
        </message>
        <message>
            <source>secant slope ({method}, {dtype}, h = {h:.0e}) = {value}</source>
            <translation>割线斜率（{method}，{dtype}，h = {h:.0e}）= {value}</translation>
        </message>
        <message>
            <source>no usable quotient at this point</source>
            <translation>此点没有可用的差商</translation>
        </message>
        <message>
            <source>h ≤ {h:.0e}: {dtype} loses h, the quotient breaks down</source>
            <translation>h ≤ {h:.0e}：{dtype} 丢失了 h，差商失效</translation>
        </message>
        <message>
            <source>{0} has no real value between {1} and {2}</source>
            <translation>{0} 在 {1} 与 {2} 之间没有实数值</translation>
        </message>
        <message>
            <source>exact f′ = {0}</source>
            <translation>精确 f′ = {0}</translation>
        </message>
        <message>
            <source>f′ ≈ {0} (complex step: f′ has no symbolic form here)</source>
            <translation>f′ ≈ {0}（复步长：此处 f′ 没有符号表达式）</translation>
        </message>
        <message>
            <source>Curve of f({0}) = {1}</source>
            <translation>f({0}) = {1} 的曲线</translation>
        </message>
        <message>
            <source>with the tangent at {0} = {1}, slope {2}</source>
            <translation>及其在 {0} = {1} 处的切线，斜率 {2}</translation>
        </message>
        <message>
            <source>with no tangent at {0} = {1}</source>
            <translation>（在 {0} = {1} 处没有切线）</translation>
        </message>
        <message>
            <source>{v} = {x}    f({v}) = {y}
slope f′({x}) = {slope}
tangent: {equation}</source>
            <translation>{v} = {x}    f({v}) = {y}
斜率 f′({x}) = {slope}
切线：{equation}</translation>
        </message>
        <message>
            <source>{v} = {x}: f has no derivative here (value {y}, slope {slope})</source>
            <translation>{v} = {x}：f 在此处没有导数（函数值 {y}，斜率 {slope}）</translation>
        </message>
        <message>
            <source>Curve of f({v}) = {text}</source>
            <translation>f({v}) = {text} 的曲线</translation>
        </message>
        <message>
            <source>f{0}({1}), numerical: too large to work out ({2})</source>
            <translation>f{0}({1})，数值计算：太大，无法求出（{2}）</translation>
        </message>
        <message>
            <source>f{0}({1}), numerical while its exact form is worked out</source>
            <translation>f{0}({1})，求出精确表达式之前先用数值计算</translation>
        </message>
        <message>
            <source>{v} = {x}    f({v}) = {y}
{why}</source>
            <translation>{v} = {x}    f({v}) = {y}
{why}</translation>
        </message>
        <message>
            <source>f′({x}) does not exist</source>
            <translation>f′({x}) 不存在</translation>
        </message>
        <message>
            <source>{method}, error {error}</source>
            <translation>{method}，误差 {error}</translation>
        </message>
        <message>
            <source>{v} = {x}    {f}({v}) = {y}
{why}</source>
            <translation>{v} = {x}    {f}({v}) = {y}
{why}</translation>
        </message>
    </context>
    <context>
        <name>CurveView</name>
        <message>
            <source>Drag the point along the curve, or click here and use ← → (Shift: bigger steps)</source>
            <translation>沿曲线拖动该点，或单击此处后使用 ← →（Shift：步长更大）</translation>
        </message>
        <message>
            <source>Curve plot</source>
            <translation>曲线图</translation>
        </message>
        <message>
            <source>tangent</source>
            <translation>切线</translation>
        </message>
        <message>
            <source>secant</source>
            <translation>割线</translation>
        </message>
    </context>
    <context>
        <name>DocumentHistory</name>
        <message>
            <source>function</source>
            <translation>函数</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>颜色</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>可见性</translation>
        </message>
        <message>
            <source>value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>slider minimum</source>
            <translation>滑块最小值</translation>
        </message>
        <message>
            <source>slider maximum</source>
            <translation>滑块最大值</translation>
        </message>
        <message>
            <source>method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>table rows</source>
            <translation>表格行数</translation>
        </message>
        <message>
            <source>show f′</source>
            <translation>显示 f′</translation>
        </message>
        <message>
            <source>show f″</source>
            <translation>显示 f″</translation>
        </message>
        <message>
            <source>show secant</source>
            <translation>显示割线</translation>
        </message>
        <message>
            <source>variable</source>
            <translation>变量</translation>
        </message>
        <message>
            <source>point</source>
            <translation>点</translation>
        </message>
        <message>
            <source>direction v</source>
            <translation>方向 v</translation>
        </message>
        <message>
            <source>surface range</source>
            <translation>曲面范围</translation>
        </message>
        <message>
            <source>surface grid</source>
            <translation>曲面网格</translation>
        </message>
        <message>
            <source>field range</source>
            <translation>向量场范围</translation>
        </message>
        <message>
            <source>arrow spacing</source>
            <translation>箭头间距</translation>
        </message>
        <message>
            <source>arrow length</source>
            <translation>箭头长度</translation>
        </message>
        <message>
            <source>learning rate η</source>
            <translation>学习率 η</translation>
        </message>
        <message>
            <source>descent steps</source>
            <translation>下降步数</translation>
        </message>
        <message>
            <source>descent start</source>
            <translation>下降起点</translation>
        </message>
        <message>
            <source>change {field}</source>
            <translation>更改{field}</translation>
        </message>
        <message>
            <source>add function</source>
            <translation>添加函数</translation>
        </message>
        <message>
            <source>remove function</source>
            <translation>删除函数</translation>
        </message>
        <message>
            <source>differentiation mode</source>
            <translation>求导模式</translation>
        </message>
        <message>
            <source>expand composites</source>
            <translation>展开复合节点</translation>
        </message>
        <message>
            <source>lab point</source>
            <translation>实验室的点</translation>
        </message>
        <message>
            <source>step h</source>
            <translation>步长 h</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>vector function</source>
            <translation>向量函数</translation>
        </message>
        <message>
            <source>Jacobian point</source>
            <translation>雅可比矩阵的点</translation>
        </message>
        <message>
            <source>Jacobian mode</source>
            <translation>雅可比矩阵模式</translation>
        </message>
        <message>
            <source>seed v</source>
            <translation>种子 v</translation>
        </message>
        <message>
            <source>Hessian direction v</source>
            <translation>黑塞方向 v</translation>
        </message>
        <message>
            <source>dual numbers</source>
            <translation>对偶数</translation>
        </message>
        <message>
            <source>pinned points</source>
            <translation>固定的点</translation>
        </message>
        <message>
            <source>table points on the plot</source>
            <translation>图上的表格点</translation>
        </message>
        <message>
            <source>table x values</source>
            <translation>表格 x 值</translation>
        </message>
        <message>
            <source>table step</source>
            <translation>表格步长</translation>
        </message>
        <message>
            <source>table start</source>
            <translation>表格起始值</translation>
        </message>
        <message>
            <source>Taylor centre a</source>
            <translation>泰勒中心 a</translation>
        </message>
        <message>
            <source>Taylor degree</source>
            <translation>泰勒次数</translation>
        </message>
        <message>
            <source>concavity shading</source>
            <translation>凹凸着色</translation>
        </message>
        <message>
            <source>race function</source>
            <translation>竞赛函数</translation>
        </message>
        <message>
            <source>race start</source>
            <translation>竞赛起点</translation>
        </message>
        <message>
            <source>race view</source>
            <translation>竞赛视图范围</translation>
        </message>
        <message>
            <source>race steps</source>
            <translation>竞赛步数</translation>
        </message>
        <message>
            <source>optimizers in the race</source>
            <translation>参赛的优化器</translation>
        </message>
        <message>
            <source>hyperparameters</source>
            <translation>超参数</translation>
        </message>
        <message>
            <source>learning-rate schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>schedule factor γ</source>
            <translation>调度因子 γ</translation>
        </message>
        <message>
            <source>schedule period</source>
            <translation>调度周期</translation>
        </message>
        <message>
            <source>gradient noise σ</source>
            <translation>梯度噪声 σ</translation>
        </message>
        <message>
            <source>noise seed</source>
            <translation>噪声种子</translation>
        </message>
        <message>
            <source>loss scale</source>
            <translation>损失刻度</translation>
        </message>
    </context>
    <context>
        <name>ErrorView</name>
        <message>
            <source>Error of the quotient against the exact derivative, for each h</source>
            <translation>对每个 h，差商相对于精确导数的误差</translation>
        </message>
        <message>
            <source>Error plot</source>
            <translation>误差图</translation>
        </message>
        <message>
            <source>|error|</source>
            <translation>|误差|</translation>
        </message>
        <message>
            <source>best h</source>
            <translation>最佳 h</translation>
        </message>
        <message>
            <source>truncation</source>
            <translation>截断误差</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>舍入误差</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>cannot export to '{suffix}': choose a .svg or .png file</source>
            <translation>无法导出为“{suffix}”：请选择 .svg 或 .png 文件</translation>
        </message>
        <message>
            <source>PNG scale must be one of {scales}, not {scale}</source>
            <translation>PNG 缩放倍数必须是 {scales} 之一，而不是 {scale}</translation>
        </message>
        <message>
            <source>the image could not be encoded as PNG</source>
            <translation>无法将图像编码为 PNG</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>there is no function of two variables to descend</source>
            <translation>没有可做梯度下降的二元函数</translation>
        </message>
        <message>
            <source>Secant turning into the tangent</source>
            <translation>割线逐渐变为切线</translation>
        </message>
        <message>
            <source>Gradient descent walked</source>
            <translation>逐步走完的梯度下降</translation>
        </message>
        <message>
            <source>Backpropagation stepped through the graph</source>
            <translation>逐步经过计算图的反向传播</translation>
        </message>
        <message>
            <source>cannot write an animation to '{suffix}': choose .gif, .apng, .png or .mp4</source>
            <translation>无法将动画写入“{suffix}”：请选择 .gif、.apng、.png 或 .mp4</translation>
        </message>
        <message>
            <source>an animation needs at least 2 frames and 1 to 60 frames a second</source>
            <translation>动画至少需要 2 帧，每秒 1 到 60 帧</translation>
        </message>
        <message>
            <source>{frames} frames of {width}×{height} are too many for a GIF: choose fewer or smaller</source>
            <translation>{frames} 帧 {width}×{height} 的画面对 GIF 来说太多：请减少帧数或缩小尺寸</translation>
        </message>
        <message>
            <source>cannot export to '{suffix}': choose a .svg, .pdf or .png file</source>
            <translation>无法导出为“{suffix}”：请选择 .svg、.pdf 或 .png 文件</translation>
        </message>
        <message>
            <source>Optimizer race played</source>
            <translation>优化器竞赛回放</translation>
        </message>
    </context>
    <context>
        <name>ExpressionEdit</name>
        <message>
            <source>type a function, e.g. 3x^2 - 4x</source>
            <translation>输入函数，例如 3x^2 - 4x</translation>
        </message>
    </context>
    <context>
        <name>FieldView</name>
        <message>
            <source>Gradient field plot</source>
            <translation>梯度场图</translation>
        </message>
        <message>
            <source>Arrow keys move the point, Ctrl+arrows the start of descent, [ and ] turn v, Enter runs descent (Shift: bigger steps)</source>
            <translation>方向键移动该点，Ctrl+方向键移动下降起点，[ 和 ] 旋转 v，Enter 运行下降（Shift：步长更大）</translation>
        </message>
        <message>
            <source>−∇f points downhill</source>
            <translation>−∇f 指向下坡方向</translation>
        </message>
    </context>
    <context>
        <name>FunctionList</name>
        <message>
            <source>Function {name}</source>
            <translation>函数 {name}</translation>
        </message>
        <message>
            <source>Change the colour</source>
            <translation>更改颜色</translation>
        </message>
        <message>
            <source>Function colour</source>
            <translation>函数颜色</translation>
        </message>
        <message>
            <source>Show or hide this function</source>
            <translation>显示或隐藏此函数</translation>
        </message>
        <message>
            <source>Show function</source>
            <translation>显示函数</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>函数</translation>
        </message>
        <message>
            <source>Remove this function</source>
            <translation>删除此函数</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>删除函数</translation>
        </message>
        <message>
            <source>+ Add function</source>
            <translation>+ 添加函数</translation>
        </message>
        <message>
            <source>Add another function to the plot (Ctrl+Shift+N)</source>
            <translation>向图中再添加一个函数（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>How the function was read</source>
            <translation>函数的读法</translation>
        </message>
        <message>
            <source>read as: {reading}</source>
            <translation>读作：{reading}</translation>
        </message>
    </context>
    <context>
        <name>GraphPanel</name>
        <message>
            <source>Reverse mode (backpropagation)</source>
            <translation>反向模式（反向传播）</translation>
        </message>
        <message>
            <source>Forward mode (one pass per input)</source>
            <translation>前向模式（每个输入一遍）</translation>
        </message>
        <message>
            <source>Step forward ▶</source>
            <translation>向前一步 ▶</translation>
        </message>
        <message>
            <source>Compute the next node (forward mode: its value and tangent)</source>
            <translation>计算下一个节点（前向模式：其值与切向量）</translation>
        </message>
        <message>
            <source>◀ Step backward</source>
            <translation>◀ 向后一步</translation>
        </message>
        <message>
            <source>Pass the gradient back through the next node</source>
            <translation>将梯度反向传过下一个节点</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Back to the first step (Home in the graph)</source>
            <translation>回到第一步（在计算图中按 Home）</translation>
        </message>
        <message>
            <source>Expand sigmoid, softplus</source>
            <translation>展开 sigmoid、softplus</translation>
        </message>
        <message>
            <source>Show composite nodes as the exp, + and 1/x nodes they are made of</source>
            <translation>把复合节点显示为组成它们的 exp、+ 和 1/x 节点</translation>
        </message>
        <message>
            <source>Differentiation mode</source>
            <translation>求导模式</translation>
        </message>
        <message>
            <source>Reverse mode passes the gradient back once; forward mode passes a tangent once per input</source>
            <translation>反向模式将梯度反向传递一次；前向模式对每个输入各传递一次切向量</translation>
        </message>
        <message>
            <source>Upstream gradient v: a vector output needs one, e.g. [1, 1, 1, 1]</source>
            <translation>上游梯度 v：向量输出需要它，例如 [1, 1, 1, 1]</translation>
        </message>
        <message>
            <source>seed v =</source>
            <translation>种子 v =</translation>
        </message>
        <message>
            <source>The value of {name}: a number, or a vector such as [0, 1, 2, 3]</source>
            <translation>{name} 的值：一个数，或像 [0, 1, 2, 3] 这样的向量</translation>
        </message>
        <message>
            <source>seed v</source>
            <translation>种子 v</translation>
        </message>
        <message>
            <source>Dual numbers</source>
            <translation>对偶数</translation>
        </message>
        <message>
            <source>Forward mode: show each node as value + tangent·ε</source>
            <translation>前向模式：每个节点显示为 值 + 切线·ε</translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>Double-click an input to change its value</source>
            <translation>双击输入节点可修改其值</translation>
        </message>
        <message>
            <source>Computational graph</source>
            <translation>计算图</translation>
        </message>
    </context>
    <context>
        <name>LimitPanel</name>
        <message>
            <source>quotient</source>
            <translation>差商</translation>
        </message>
        <message>
            <source>error</source>
            <translation>误差</translation>
        </message>
        <message>
            <source>note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Limit table</source>
            <translation>极限表</translation>
        </message>
        <message>
            <source>Limit table caption</source>
            <translation>极限表说明</translation>
        </message>
        <message>
            <source>The difference quotient for h = 10⁻¹ … 10⁻ⁿ and its error</source>
            <translation>h = 10⁻¹ … 10⁻ⁿ 时的差商及其误差</translation>
        </message>
    </context>
    <context>
        <name>LossView</name>
        <message>
            <source>Loss plot</source>
            <translation>损失图</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>第 k 步</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>每步的 f</translation>
        </message>
        <message>
            <source>f (log scale)</source>
            <translation>f（对数刻度）</translation>
        </message>
        <message>
            <source>{0}: {1} values</source>
            <translation>{0}：{1} 个值</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Curve</source>
            <translation>曲线</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>视图</translation>
        </message>
        <message>
            <source>Functions</source>
            <translation>函数</translation>
        </message>
        <message>
            <source>Point and tangent</source>
            <translation>点与切线</translation>
        </message>
        <message>
            <source>Limit of the difference quotient</source>
            <translation>差商的极限</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>计算图</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Alt+1 to Alt+{last} switch between the views</source>
            <translation>按 Alt+1 至 Alt+{last} 在视图之间切换</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a saved lesson (.guicalc)</source>
            <translation>打开已保存的课程（.guicalc）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>&amp;Add function</source>
            <translation>添加函数(&amp;A)</translation>
        </message>
        <message>
            <source>Add another function (Ctrl+Shift+N)</source>
            <translation>再添加一个函数（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Export figure…</source>
            <translation>导出图形(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the current figure as SVG or PNG (Ctrl+E)</source>
            <translation>将当前图形保存为 SVG 或 PNG（Ctrl+E）</translation>
        </message>
        <message>
            <source>&amp;Copy figure</source>
            <translation>复制图形(&amp;C)</translation>
        </message>
        <message>
            <source>⌂ Home</source>
            <translation>⌂ 初始视图</translation>
        </message>
        <message>
            <source>Back to the default view of the curve (Ctrl+0)</source>
            <translation>回到曲线的默认视图（Ctrl+0）</translation>
        </message>
        <message>
            <source>Show f′</source>
            <translation>显示 f′</translation>
        </message>
        <message>
            <source>Show f″</source>
            <translation>显示 f″</translation>
        </message>
        <message>
            <source>Edit function</source>
            <translation>编辑函数</translation>
        </message>
        <message>
            <source>Focus the view</source>
            <translation>聚焦到视图</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the plot or graph, where the arrow keys work</source>
            <translation>将键盘焦点移到图形或计算图上，在那里可以使用方向键</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Full screen for a projector: large fonts, thick lines (F5; Esc leaves)</source>
            <translation>投影用全屏：大字体、粗线条（F5；Esc 退出）</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>投影仪</translation>
        </message>
        <message>
            <source>E&amp;xamples</source>
            <translation>示例(&amp;X)</translation>
        </message>
        <message>
            <source>{title} view</source>
            <translation>{title}视图</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Takes effect when guicalc starts again</source>
            <translation>重新启动 guicalc 后生效</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>The interface will be in {language} when guicalc starts again.</source>
            <translation>重新启动 guicalc 后，界面将显示为{language}。</translation>
        </message>
        <message>
            <source>Example: {title}</source>
            <translation>示例：{title}</translation>
        </message>
        <message>
            <source>Surface and field</source>
            <translation>曲面与向量场</translation>
        </message>
        <message>
            <source>SVG vector graphics (*.svg)</source>
            <translation>SVG 矢量图形 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image {scale}× (*.png)</source>
            <translation>PNG 图像 {scale}× (*.png)</translation>
        </message>
        <message>
            <source>Export figure</source>
            <translation>导出图形</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>已导出 {path}</translation>
        </message>
        <message>
            <source>Figure copied (SVG and image)</source>
            <translation>已复制图形（SVG 与图像）</translation>
        </message>
        <message>
            <source>Autodiff lab</source>
            <translation>自动微分实验室</translation>
        </message>
        <message>
            <source>Table of values</source>
            <translation>函数值表</translation>
        </message>
        <message>
            <source>Export &amp;animation…</source>
            <translation>导出动画(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the secant, descent or backpropagation as GIF or MP4</source>
            <translation>将割线、梯度下降或反向传播保存为 GIF 或 MP4</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>GIF animation (*.gif)</source>
            <translation>GIF 动画 (*.gif)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4 视频 (*.mp4)</translation>
        </message>
        <message>
            <source>Animated PNG (*.apng)</source>
            <translation>动态 PNG (*.apng)</translation>
        </message>
        <message>
            <source>Export animation</source>
            <translation>导出动画</translation>
        </message>
        <message>
            <source>Making {animation}…</source>
            <translation>正在制作{animation}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Animation cancelled; nothing was written</source>
            <translation>已取消动画，未写入任何文件</translation>
        </message>
        <message>
            <source>Save the current figure as SVG, PDF or PNG (Ctrl+E)</source>
            <translation>将当前图形保存为 SVG、PDF 或 PNG（Ctrl+E）</translation>
        </message>
        <message>
            <source>Taylor</source>
            <translation>泰勒</translation>
        </message>
        <message>
            <source>Settings ignored: {note}</source>
            <translation>已忽略的设置：{note}</translation>
        </message>
        <message>
            <source>Optimizer race</source>
            <translation>优化器竞赛</translation>
        </message>
        <message>
            <source>Save the secant, descent or backpropagation as GIF or MP4 (Ctrl+Shift+E)</source>
            <translation>将割线、梯度下降或反向传播保存为 GIF 或 MP4（Ctrl+Shift+E）</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Parameter {name}</source>
            <translation>参数 {name}</translation>
        </message>
        <message>
            <source>The value of {name}</source>
            <translation>{name} 的值</translation>
        </message>
        <message>
            <source>Smallest value on the slider</source>
            <translation>滑块的最小值</translation>
        </message>
        <message>
            <source>Largest value on the slider</source>
            <translation>滑块的最大值</translation>
        </message>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
    </context>
    <context>
        <name>ParseError</name>
        <message>
            <source>Column {column}: {message}</source>
            <translation>第 {column} 列：{message}</translation>
        </message>
    </context>
    <context>
        <name>PointPanel</name>
        <message>
            <source>forward</source>
            <translation>前向</translation>
        </message>
        <message>
            <source>backward</source>
            <translation>后向</translation>
        </message>
        <message>
            <source>central</source>
            <translation>中心</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Where the tangent touches the curve</source>
            <translation>切线与曲线相切的位置</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>点的 x</translation>
        </message>
        <message>
            <source>forward (f(x+h)−f(x))/h · backward (f(x)−f(x−h))/h · central (f(x+h)−f(x−h))/2h · auto: complex step or Richardson</source>
            <translation>前向 (f(x+h)−f(x))/h · 后向 (f(x)−f(x−h))/h · 中心 (f(x+h)−f(x−h))/2h · 自动：复步长或 Richardson</translation>
        </message>
        <message>
            <source>Difference method</source>
            <translation>差分方法</translation>
        </message>
        <message>
            <source>The floating-point type the quotient is computed in: float16 shows rounding break the limit early</source>
            <translation>计算差商所用的浮点类型：float16 会显示舍入过早地破坏极限</translation>
        </message>
        <message>
            <source>Floating-point type</source>
            <translation>浮点类型</translation>
        </message>
        <message>
            <source>The secant's step h (log scale)</source>
            <translation>割线的步长 h（对数刻度）</translation>
        </message>
        <message>
            <source>Step h</source>
            <translation>步长 h</translation>
        </message>
        <message>
            <source>▶ shrink h</source>
            <translation>▶ 缩小 h</translation>
        </message>
        <message>
            <source>Shrink h step by step: watch the secant turn into the tangent (Space)</source>
            <translation>逐步缩小 h：看割线如何变成切线（空格键）</translation>
        </message>
        <message>
            <source>Shrink h</source>
            <translation>缩小 h</translation>
        </message>
        <message>
            <source>Rows of the limit table: h = 10⁻¹ … 10⁻ⁿ</source>
            <translation>极限表的行：h = 10⁻¹ … 10⁻ⁿ</translation>
        </message>
        <message>
            <source>Show the derivative f′ (Ctrl+1)</source>
            <translation>显示导数 f′（Ctrl+1）</translation>
        </message>
        <message>
            <source>Show the second derivative f″ (Ctrl+2)</source>
            <translation>显示二阶导数 f″（Ctrl+2）</translation>
        </message>
        <message>
            <source>secant</source>
            <translation>割线</translation>
        </message>
        <message>
            <source>Show the secant through x and x + h</source>
            <translation>显示经过 x 与 x + h 的割线</translation>
        </message>
        <message>
            <source>Tangent readout</source>
            <translation>切线读数</translation>
        </message>
        <message>
            <source>Secant readout</source>
            <translation>割线读数</translation>
        </message>
        <message>
            <source>Point &amp;x</source>
            <translation>点 x(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>方法(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>类型(&amp;T)</translation>
        </message>
        <message>
            <source>Step &amp;h</source>
            <translation>步长 &amp;h</translation>
        </message>
        <message>
            <source>Table rows</source>
            <translation>表格行数</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>■ stop</source>
            <translation>■ 停止</translation>
        </message>
    </context>
    <context>
        <name>RangeEditor</name>
        <message>
            <source>from</source>
            <translation>从</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
        <message>
            <source>{0}: {1} from</source>
            <translation>{0}：{1} 起始值</translation>
        </message>
        <message>
            <source>Where the {0} axis starts</source>
            <translation>{0} 轴的起点</translation>
        </message>
        <message>
            <source>{0}: {1} to</source>
            <translation>{0}：{1} 结束值</translation>
        </message>
        <message>
            <source>Where the {0} axis ends</source>
            <translation>{0} 轴的终点</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Curve plot</source>
            <translation>曲线图</translation>
        </message>
        <message>
            <source>Gradient field plot</source>
            <translation>梯度场图</translation>
        </message>
        <message>
            <source>Graph view</source>
            <translation>计算图视图</translation>
        </message>
        <message>
            <source>← →</source>
            <translation>← →</translation>
        </message>
        <message>
            <source>Move the point along the curve</source>
            <translation>沿曲线移动该点</translation>
        </message>
        <message>
            <source>Shift+← →</source>
            <translation>Shift+← →</translation>
        </message>
        <message>
            <source>Move the point ten times as far</source>
            <translation>以十倍距离移动该点</translation>
        </message>
        <message>
            <source>Point and tangent</source>
            <translation>点与切线</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>空格键</translation>
        </message>
        <message>
            <source>Shrink h step by step, or stop</source>
            <translation>逐步缩小 h，或停止</translation>
        </message>
        <message>
            <source>← → ↑ ↓</source>
            <translation>← → ↑ ↓</translation>
        </message>
        <message>
            <source>Move the point (Shift: ten times as far)</source>
            <translation>移动该点（Shift：十倍距离）</translation>
        </message>
        <message>
            <source>[ ]</source>
            <translation>[ ]</translation>
        </message>
        <message>
            <source>Turn the direction v (Shift: 45°)</source>
            <translation>旋转方向 v（Shift：45°）</translation>
        </message>
        <message>
            <source>Ctrl+← → ↑ ↓</source>
            <translation>Ctrl+← → ↑ ↓</translation>
        </message>
        <message>
            <source>Move the start of gradient descent</source>
            <translation>移动梯度下降的起点</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Run gradient descent</source>
            <translation>运行梯度下降</translation>
        </message>
        <message>
            <source>→ or N</source>
            <translation>→ 或 N</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>向前一步</translation>
        </message>
        <message>
            <source>← or P</source>
            <translation>← 或 P</translation>
        </message>
        <message>
            <source>Step backward (the gradient pass)</source>
            <translation>向后一步（梯度传递）</translation>
        </message>
        <message>
            <source>Next step, forward then backward</source>
            <translation>下一步（先前向，再反向）</translation>
        </message>
        <message>
            <source>Home or R</source>
            <translation>Home 或 R</translation>
        </message>
        <message>
            <source>Back to the first step</source>
            <translation>回到第一步</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>任意位置</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab，Shift+Tab</translation>
        </message>
        <message>
            <source>Next or previous control</source>
            <translation>下一个或上一个控件</translation>
        </message>
        <message>
            <source>{0}, then arrows and Enter</source>
            <translation>{0}，然后用方向键和 Enter</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Menu and toolbar shortcuts</source>
            <translation>菜单和工具栏快捷键</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Keys inside the views</source>
            <translation>视图中的按键</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>位置</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>作用</translation>
        </message>
        <message>
            <source>Menus</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>In the views</source>
            <translation>在视图中</translation>
        </message>
        <message>
            <source>Pin a labelled point where the point is</source>
            <translation>在点所在处固定一个带坐标标签的点</translation>
        </message>
        <message>
            <source>Move the point to the previous or next point of interest</source>
            <translation>把点移到上一个或下一个特殊点</translation>
        </message>
        <message>
            <source>Taylor view</source>
            <translation>泰勒视图</translation>
        </message>
        <message>
            <source>Ctrl+] Ctrl+[</source>
            <translation>Ctrl+] Ctrl+[</translation>
        </message>
        <message>
            <source>Raise or lower the degree n</source>
            <translation>升高或降低次数 n</translation>
        </message>
        <message>
            <source>Taylor plot</source>
            <translation>泰勒图</translation>
        </message>
        <message>
            <source>Move the centre a (Shift: ten times as far)</source>
            <translation>移动中心 a（Shift：移动十倍距离）</translation>
        </message>
    </context>
    <context>
        <name>SurfaceView</name>
        <message>
            <source>3D view needs OpenGL</source>
            <translation>3D 视图需要 OpenGL</translation>
        </message>
        <message>
            <source>3D view needs OpenGL context sharing (Qt.AA_ShareOpenGLContexts) for a second 3D view</source>
            <translation>第二个 3D 视图需要 OpenGL 上下文共享（Qt.AA_ShareOpenGLContexts）</translation>
        </message>
    </context>
    <context>
        <name>TwoVariablePanel</name>
        <message>
            <source>The readouts and settings below the views; scrolls on a small screen</source>
            <translation>视图下方的读数与设置；小屏幕上可滚动</translation>
        </message>
        <message>
            <source>Point, direction and descent</source>
            <translation>点、方向与梯度下降</translation>
        </message>
        <message>
            <source>set an expression first</source>
            <translation>请先输入表达式</translation>
        </message>
        <message>
            <source>horizontal axes:</source>
            <translation>水平轴：</translation>
        </message>
        <message>
            <source>and</source>
            <translation>和</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>曲面</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>向量场</translation>
        </message>
        <message>
            <source>same length</source>
            <translation>等长</translation>
        </message>
        <message>
            <source>Arrows of one length show the direction of −∇f only</source>
            <translation>等长箭头只显示 −∇f 的方向</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>arrows every</source>
            <translation>箭头间距</translation>
        </message>
        <message>
            <source>Gradient readout</source>
            <translation>梯度读数</translation>
        </message>
        <message>
            <source>At the point</source>
            <translation>在该点</translation>
        </message>
        <message>
            <source>Directional derivative readout</source>
            <translation>方向导数读数</translation>
        </message>
        <message>
            <source>Directional derivative (drag the tip of v)</source>
            <translation>方向导数（拖动 v 的箭头）</translation>
        </message>
        <message>
            <source>angle of v</source>
            <translation>v 的角度</translation>
        </message>
        <message>
            <source>Run descent</source>
            <translation>运行下降</translation>
        </message>
        <message>
            <source>Descent readout</source>
            <translation>下降读数</translation>
        </message>
        <message>
            <source>Click the field to choose a start, then Run.</source>
            <translation>单击向量场选择起点，然后运行。</translation>
        </message>
        <message>
            <source>Gradient descent  x ← x − η∇f(x)</source>
            <translation>梯度下降  x ← x − η∇f(x)</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>start x</source>
            <translation>起点 x</translation>
        </message>
        <message>
            <source>First horizontal axis</source>
            <translation>第一水平轴</translation>
        </message>
        <message>
            <source>The variable along the first axis</source>
            <translation>沿第一条轴的变量</translation>
        </message>
        <message>
            <source>Second horizontal axis</source>
            <translation>第二水平轴</translation>
        </message>
        <message>
            <source>The variable along the second axis</source>
            <translation>沿第二条轴的变量</translation>
        </message>
        <message>
            <source>Surface grid</source>
            <translation>曲面网格</translation>
        </message>
        <message>
            <source>Samples per axis of the surface</source>
            <translation>曲面每条轴上的采样数</translation>
        </message>
        <message>
            <source>Arrow spacing</source>
            <translation>箭头间距</translation>
        </message>
        <message>
            <source>Distance between the arrows of −∇f</source>
            <translation>−∇f 箭头之间的距离</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>点的 x</translation>
        </message>
        <message>
            <source>First coordinate of the point</source>
            <translation>该点的第一个坐标</translation>
        </message>
        <message>
            <source>Point y</source>
            <translation>点的 y</translation>
        </message>
        <message>
            <source>Second coordinate of the point</source>
            <translation>该点的第二个坐标</translation>
        </message>
        <message>
            <source>Angle of v</source>
            <translation>v 的角度</translation>
        </message>
        <message>
            <source>Direction of the directional derivative</source>
            <translation>方向导数的方向</translation>
        </message>
        <message>
            <source>Learning rate η</source>
            <translation>学习率 η</translation>
        </message>
        <message>
            <source>Step size of gradient descent</source>
            <translation>梯度下降的步长</translation>
        </message>
        <message>
            <source>Descent steps</source>
            <translation>下降步数</translation>
        </message>
        <message>
            <source>How many steps descent takes</source>
            <translation>下降要走多少步</translation>
        </message>
        <message>
            <source>Descent start x</source>
            <translation>下降起点 x</translation>
        </message>
        <message>
            <source>First coordinate where descent starts</source>
            <translation>下降起点的第一个坐标</translation>
        </message>
        <message>
            <source>Descent start y</source>
            <translation>下降起点 y</translation>
        </message>
        <message>
            <source>Second coordinate where descent starts</source>
            <translation>下降起点的第二个坐标</translation>
        </message>
        <message>
            <source>Run gradient descent from the start (Enter in the field plot)</source>
            <translation>从起点运行梯度下降（在向量场图中按 Enter）</translation>
        </message>
        <message>
            <source>Surface plot</source>
            <translation>曲面图</translation>
        </message>
        <message>
            <source>point ({0}, {1}) = ({2}, {3}), f = {4}</source>
            <translation>点 ({0}, {1}) = ({2}, {3})，f = {4}</translation>
        </message>
        <message>
            <source>Contours and −∇f arrows of {0}; {1}; v at {2}°; descent starts at ({3}, {4})</source>
            <translation>{0} 的等高线与 −∇f 箭头；{1}；v 的角度为 {2}°；下降起点 ({3}, {4})</translation>
        </message>
        <message>
            <source>Surface of {0} with the tangent plane at the {1}</source>
            <translation>{0} 的曲面及切平面，{1}</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>每步的 f</translation>
        </message>
        <message>
            <source>Step {k} of {steps}: f = {f}</source>
            <translation>第 {k} 步（共 {steps} 步）：f = {f}</translation>
        </message>
        <message>
            <source>DIVERGING: f grows</source>
            <translation>正在发散：f 增大</translation>
        </message>
        <message>
            <source>f per step: converged</source>
            <translation>每步的 f：已收敛</translation>
        </message>
        <message>
            <source>Directional derivative</source>
            <translation>方向导数</translation>
        </message>
        <message>
            <source>Curvature and Newton</source>
            <translation>曲率与牛顿法</translation>
        </message>
        <message>
            <source>The Hessian at the point and Newton's method</source>
            <translation>该点的黑塞矩阵与牛顿法</translation>
        </message>
        <message>
            <source>The Hessian at the point, its eigenvalues, the kind of point and Newton's step</source>
            <translation>该点处的黑塞矩阵、其特征值、点的类型以及牛顿步</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>Open lesson</source>
            <translation>打开课程</translation>
        </message>
        <message>
            <source>{name} could not be opened:

{reason}

Nothing was changed.</source>
            <translation>无法打开 {name}：

{reason}

未做任何更改。</translation>
        </message>
        <message>
            <source>Cannot open lesson</source>
            <translation>无法打开课程</translation>
        </message>
        <message>
            <source>Save lesson</source>
            <translation>保存课程</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Save the changes to {name}?</source>
            <translation>保存对 {name} 的更改吗？</translation>
        </message>
        <message>
            <source>Autosave failed: {reason}</source>
            <translation>自动保存失败：{reason}</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>恢复未保存的工作吗？</translation>
        </message>
        <message>
            <source>guicalc did not close properly last time. Restore the work autosaved at {stamp}?</source>
            <translation>guicalc 上次未正常关闭。要恢复 {stamp} 自动保存的工作吗？</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>{path} was not saved:

{reason}</source>
            <translation>{path} 未保存：

{reason}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>guicalc lessons (*{suffix})</source>
            <translation>guicalc 课程 (*{suffix})</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>磁盘上的文件已更改</translation>
        </message>
        <message>
            <source>{name} was changed by another program or window since it was opened here. Replace it with this lesson?</source>
            <translation>{name} 在此处打开后已被其他程序或窗口修改。要用本课替换它吗？</translation>
        </message>
        <message>
            <source>Autosave is off: {reason}</source>
            <translation>自动保存已关闭：{reason}</translation>
        </message>
        <message>
            <source>Autosave: {reason}</source>
            <translation>自动保存：{reason}</translation>
        </message>
        <message>
            <source>{count} more autosaved lessons will be offered at the next start</source>
            <translation>另有 {count} 个自动保存的课程将在下次启动时提供</translation>
        </message>
        <message>
            <source>{count} sessions left unsaved work.</source>
            <translation>有 {count} 个会话留下了未保存的工作。</translation>
        </message>
        <message>
            <source>No keeps it for the next start; Discard deletes it.</source>
            <translation>选“否”将保留到下次启动；选“放弃”则删除。</translation>
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <source>no tangent here</source>
            <translation>此处没有切线</translation>
        </message>
        <message>
            <source>{why}; this forward quotient tends to the right slope {slope}</source>
            <translation>{why}；这个前向差商趋于右侧斜率 {slope}</translation>
        </message>
        <message>
            <source>{why}; this backward quotient tends to the left slope {slope}</source>
            <translation>{why}；这个后向差商趋于左侧斜率 {slope}</translation>
        </message>
        <message>
            <source>{why}; the central quotient averages the two one-sided slopes</source>
            <translation>{why}；中心差商是两侧单侧斜率的平均</translation>
        </message>
    </context>
    <context>
        <name>descent</name>
        <message>
            <source>Diverged after {k} steps: {grew}. The learning rate η = {rate} is too large.</source>
            <translation>{k} 步后发散：{grew}。学习率 η = {rate} 太大。</translation>
        </message>
        <message>
            <source>Diverged after {k} steps: {grew}. The learning rate η = {rate} is too large; the path leaves the view at step {left}.</source>
            <translation>{k} 步后发散：{grew}。学习率 η = {rate} 太大；路径在第 {left} 步离开视图。</translation>
        </message>
        <message>
            <source>f grew from {first} to {last}</source>
            <translation>f 从 {first} 增大到 {last}</translation>
        </message>
        <message>
            <source>f went from {first} to a value too large to compute</source>
            <translation>f 从 {first} 变为大到无法计算的值</translation>
        </message>
        <message>
            <source>Stopped after {k} steps: ∇f is undefined at {end}, so there is no step to take.</source>
            <translation>{k} 步后停止：∇f 在 {end} 处无定义，无法继续迈步。</translation>
        </message>
        <message>
            <source>Converged to {end} after {k} steps: f = {last}.</source>
            <translation>{k} 步后收敛到 {end}：f = {last}。</translation>
        </message>
        <message>
            <source>Not converged after {k} steps: f went from {first} to {last}, now at {end}. Try more steps or another learning rate.</source>
            <translation>{k} 步后仍未收敛：f 从 {first} 变为 {last}，当前位于 {end}。请增加步数或换一个学习率。</translation>
        </message>
        <message>
            <source>Not converged after {k} steps: f went from {first} to {last}, now at {end}. Try more steps or another learning rate; the path leaves the view at step {left}.</source>
            <translation>{k} 步后仍未收敛：f 从 {first} 变为 {last}，当前位于 {end}。请增加步数或换一个学习率；路径在第 {left} 步离开视图。</translation>
        </message>
    </context>
    <context>
        <name>difference</name>
        <message>
            <source>x = {x:g} is beyond the range of {dtype}</source>
            <translation>x = {x:g} 超出了 {dtype} 的范围</translation>
        </message>
        <message>
            <source>h = {h:g} rounds to 0 in {dtype}: the quotient would divide by zero</source>
            <translation>h = {h:g} 在 {dtype} 中被舍入为 0：差商会除以零</translation>
        </message>
        <message>
            <source>x ± h rounds back to x in {dtype} (h is below its resolution near x = {x:g}): the numerator is 0</source>
            <translation>在 {dtype} 中 x ± h 被舍入回 x（h 小于 x = {x:g} 附近的分辨率）：分子为 0</translation>
        </message>
        <message>
            <source>f is not finite near x = {x:g}</source>
            <translation>f 在 x = {x:g} 附近不是有限值</translation>
        </message>
        <message>
            <source>f has no real value at x = {x:g}</source>
            <translation>f 在 x = {x:g} 处没有实数值</translation>
        </message>
        <message>
            <source>f is not differentiable at x = {x:g}</source>
            <translation>f 在 x = {x:g} 处不可导</translation>
        </message>
        <message>
            <source>central difference at 60+ digits</source>
            <translation>60 位以上精度的中心差分</translation>
        </message>
        <message>
            <source>no derivative at x = {x:g}</source>
            <translation>在 x = {x:g} 处导数不存在</translation>
        </message>
        <message>
            <source>the {kind} in float64 was off by {error:.1e}; a central difference at 60+ digits gives this value</source>
            <translation>float64 中的{kind}偏差 {error:.1e}；此值由 60 位以上精度的中心差分求得</translation>
        </message>
        <message>
            <source>auto missed its target: {value:.6g} differs from the exact f′ = {exact:.12g} by {error:.1e}</source>
            <translation>自动方法未达到目标：{value:.6g} 与精确的 f′ = {exact:.12g} 相差 {error:.1e}</translation>
        </message>
    </context>
    <context>
        <name>directional</name>
        <message>
            <source>Drag the arrow tip to choose a direction v.</source>
            <translation>拖动箭头尖端来选择方向 v。</translation>
        </message>
        <message>
            <source>undefined (∇f is undefined here)</source>
            <translation>无定义（∇f 在此处无定义）</translation>
        </message>
    </context>
    <context>
        <name>examples</name>
        <message>
            <source>Derivatives and limits</source>
            <translation>导数与极限</translation>
        </message>
        <message>
            <source>f(x) = 3x² − 4x: the limit at x = 1 (d2l 2.4)</source>
            <translation>f(x) = 3x² − 4x：x = 1 处的极限（d2l 2.4）</translation>
        </message>
        <message>
            <source>Rounding: the same limit in float16</source>
            <translation>舍入：用 float16 求同一个极限</translation>
        </message>
        <message>
            <source>Exercise: x³ − 1/x and its tangent at x = 1</source>
            <translation>练习：x³ − 1/x 及其在 x = 1 处的切线</translation>
        </message>
        <message>
            <source>Central difference: 0.01x² + 0.1x at x = 5</source>
            <translation>中心差分：x = 5 处的 0.01x² + 0.1x</translation>
        </message>
        <message>
            <source>Chain rule: x₁² + 2x₂ with x₁ = sin t, x₂ = cos t</source>
            <translation>链式法则：x₁ = sin t，x₂ = cos t 时的 x₁² + 2x₂</translation>
        </message>
        <message>
            <source>sigmoid(x) and its derivative σ(1 − σ)</source>
            <translation>sigmoid(x) 及其导数 σ(1 − σ)</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>x0² + x1²: surface and −∇f field</source>
            <translation>x0² + x1²：曲面与 −∇f 向量场</translation>
        </message>
        <message>
            <source>Exercise: 3x1² + 5e^x2</source>
            <translation>练习：3x1² + 5e^x2</translation>
        </message>
        <message>
            <source>Exercise: ‖x‖₂ = sqrt(x1² + x2²)</source>
            <translation>练习：‖x‖₂ = sqrt(x1² + x2²)</translation>
        </message>
        <message>
            <source>Backpropagation</source>
            <translation>反向传播</translation>
        </message>
        <message>
            <source>(a + b)·c at a = 50, b = 70, c = 2</source>
            <translation>a = 50，b = 70，c = 2 时的 (a + b)·c</translation>
        </message>
        <message>
            <source>x·y at x = 2, y = 3</source>
            <translation>x = 2，y = 3 时的 x·y</translation>
        </message>
        <message>
            <source>exp(x) at x = 2</source>
            <translation>x = 2 时的 exp(x)</translation>
        </message>
        <message>
            <source>1/x at x = 4</source>
            <translation>x = 4 时的 1/x</translation>
        </message>
        <message>
            <source>sigmoid(x) at x = 0, as one node</source>
            <translation>x = 0 时的 sigmoid(x)，作为单个节点</translation>
        </message>
        <message>
            <source>2·xᵀx with x = [0, 1, 2, 3]</source>
            <translation>x = [0, 1, 2, 3] 时的 2·xᵀx</translation>
        </message>
        <message>
            <source>x·x needs a seed v (vector output)</source>
            <translation>x·x 需要种子 v（向量输出）</translation>
        </message>
    </context>
    <context>
        <name>graph</name>
        <message>
            <source>the expression has no variable, so there is nothing to differentiate</source>
            <translation>表达式没有变量，因此没有可求导的对象</translation>
        </message>
        <message>
            <source>give a value for {names}</source>
            <translation>请给出 {names} 的值</translation>
        </message>
        <message>
            <source>{name} has {size}</source>
            <translation>{name} 有 {size} 个</translation>
        </message>
        <message>
            <source>the vectors have different lengths ({lengths})</source>
            <translation>向量长度不同（{lengths}）</translation>
        </message>
        <message>
            <source>grad can be implicitly created only for scalar outputs: the output is a vector of {size} elements, so give a seed vector v of that length to compute vᵀJ</source>
            <translation>只有标量输出才能隐式创建梯度：输出是含 {size} 个元素的向量，请给出同样长度的种子向量 v 来计算 vᵀJ</translation>
        </message>
        <message>
            <source>the seed v must have the output's shape: the output is {output}, v is {seed}</source>
            <translation>种子 v 必须与输出形状相同：输出为 {output}，v 为 {seed}</translation>
        </message>
        <message>
            <source>{node} passes the upstream gradient {upstream} unchanged to {targets}</source>
            <translation>{node} 把上游梯度 {upstream} 原样传给 {targets}</translation>
        </message>
        <message>
            <source>{node} receives {upstream} from upstream and passes upstream × local derivative:</source>
            <translation>{node} 从上游收到 {upstream}，并传出 上游梯度 × 局部导数：</translation>
        </message>
        <message>
            <source>to {input}: {product}</source>
            <translation>传给 {input}：{product}</translation>
        </message>
        <message>
            <source>grad {value}</source>
            <translation>梯度 {value}</translation>
        </message>
        <message>
            <source>Forward pass: {done} of {n} operations computed.</source>
            <translation>前向传播：已计算 {n} 个运算中的 {done} 个。</translation>
        </message>
        <message>
            <source>Forward pass: {done} of {n} operations computed. Output {output}.</source>
            <translation>前向传播：已计算 {n} 个运算中的 {done} 个。输出 {output}。</translation>
        </message>
        <message>
            <source>Backward pass: {done} of {n} operations.</source>
            <translation>反向传播：{n} 个运算中的 {done} 个。</translation>
        </message>
        <message>
            <source>Backward pass complete: {gradients}.</source>
            <translation>反向传播完成：{gradients}。</translation>
        </message>
        <message>
            <source>Step forward to compute the values, or backward to run backpropagation.</source>
            <translation>向前一步计算各值，或向后一步运行反向传播。</translation>
        </message>
        <message>
            <source>Pass {index} starts with d{input}/d{input} = 1 and every other input's tangent 0.</source>
            <translation>第 {index} 遍从 d{input}/d{input} = 1、其他所有输入的切向量为 0 开始。</translation>
        </message>
        <message>
            <source>Forward mode, pass {index} of {passes} (along {input}): {done} of {n} operations. Forward mode needs one pass per input ({passes}); reverse mode one backward pass per output ({outputs}).</source>
            <translation>前向模式，第 {index} 遍（共 {passes} 遍，沿 {input}）：{n} 个运算中的 {done} 个。前向模式每个输入需要一遍（{passes} 遍）；反向模式每个输出只需一次反向传播（{outputs} 次）。</translation>
        </message>
        <message>
            <source>{node}: no derivative exists at {x}; the graph passes 0 back there, as PyTorch and JAX do</source>
            <translation>{node}：在 {x} 处导数不存在；计算图像 PyTorch 和 JAX 一样在此处回传 0</translation>
        </message>
        <message>
            <source>{node}: the local derivative at {x} is {exact}, which float64 rounds to 0: the gradient vanishes here (PyTorch computes 0 as well)</source>
            <translation>{node}：在 {x} 处的局部导数为 {exact}，float64 将其舍入为 0：梯度在此消失（PyTorch 也算出 0）</translation>
        </message>
        <message>
            <source>{input} (argument {k})</source>
            <translation>{input}（第 {k} 个参数）</translation>
        </message>
    </context>
    <context>
        <name>parse</name>
        <message>
            <source>the expression is too long ({length} characters; the limit is {limit})</source>
            <translation>表达式太长（{length} 个字符；上限为 {limit}）</translation>
        </message>
        <message>
            <source>type an expression, for example 3x^2 - 4x</source>
            <translation>请输入表达式，例如 3x^2 - 4x</translation>
        </message>
        <message>
            <source>this number has {digits} digits; at most {limit} are allowed</source>
            <translation>这个数有 {digits} 位；最多允许 {limit} 位</translation>
        </message>
        <message>
            <source>a name cannot end with '_' or contain '__'</source>
            <translation>名称不能以 '_' 结尾，也不能包含 '__'</translation>
        </message>
        <message>
            <source>unknown function '{name}'</source>
            <translation>未知函数 '{name}'</translation>
        </message>
        <message>
            <source>'{name}' is a function: write {name}({suffix}) or {name}(x)</source>
            <translation>'{name}' 是函数：请写成 {name}({suffix}) 或 {name}(x)</translation>
        </message>
        <message>
            <source>text in quotes is not part of an expression</source>
            <translation>引号中的文字不属于表达式</translation>
        </message>
        <message>
            <source>'=' is not needed: type only the right-hand side, for example 3x^2 - 4x</source>
            <translation>不需要 '='：只输入右边，例如 3x^2 - 4x</translation>
        </message>
        <message>
            <source>'{char}' is not used here: group with ( and )</source>
            <translation>这里不用 '{char}'：请用 ( 和 ) 分组</translation>
        </message>
        <message>
            <source>invisible character {name} (U+{code:04X}) is not allowed</source>
            <translation>不允许使用不可见字符 {name}（U+{code:04X}）</translation>
        </message>
        <message>
            <source>'{char}' is not part of the expression language</source>
            <translation>'{char}' 不是表达式语言的一部分</translation>
        </message>
        <message>
            <source>'{opening}' at column {column} is not closed: expected '{closing}' before the end</source>
            <translation>第 {column} 列的 '{opening}' 未闭合：结尾前应有 '{closing}'</translation>
        </message>
        <message>
            <source>'{opening}' at column {column} is not closed: expected '{closing}' before '{token}'</source>
            <translation>第 {column} 列的 '{opening}' 未闭合：'{token}' 前应有 '{closing}'</translation>
        </message>
        <message>
            <source>the expression is nested too deeply (more than {limit} levels)</source>
            <translation>表达式嵌套过深（超过 {limit} 层）</translation>
        </message>
        <message>
            <source>')' has no matching '('</source>
            <translation>')' 没有匹配的 '('</translation>
        </message>
        <message>
            <source>unexpected '{token}'</source>
            <translation>意外的 '{token}'</translation>
        </message>
        <message>
            <source>division by zero</source>
            <translation>除以零</translation>
        </message>
        <message>
            <source>'^' needs an exponent after it</source>
            <translation>'^' 后面需要指数</translation>
        </message>
        <message>
            <source>empty parentheses: put an expression inside</source>
            <translation>括号为空：请在里面写表达式</translation>
        </message>
        <message>
            <source>the expression ends too early: something is missing here</source>
            <translation>表达式结束得太早：这里缺了东西</translation>
        </message>
        <message>
            <source>something is missing before ')'</source>
            <translation>')' 前缺了东西</translation>
        </message>
        <message>
            <source>'{token}' cannot start a term here</source>
            <translation>这里不能以 '{token}' 开始一项</translation>
        </message>
        <message>
            <source>a negative power of '{name}' is ambiguous: write 1/{name}(x) for the reciprocal or a{name}(x) for the inverse function</source>
            <translation>'{name}' 的负数次幂有歧义：倒数请写 1/{name}(x)，反函数请写 a{name}(x)</translation>
        </message>
        <message>
            <source>a negative power of '{name}' is ambiguous: write 1/{name}(x) for the reciprocal</source>
            <translation>'{name}' 的负数次幂有歧义：倒数请写 1/{name}(x)</translation>
        </message>
        <message>
            <source>'{name}' needs an argument, for example {name}(x)</source>
            <translation>'{name}' 需要参数，例如 {name}(x)</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} 到 {high}</translation>
        </message>
        <message>
            <source>{name} takes {wanted} argument, not {count}</source>
            <translation>{name} 接受 {wanted} 个参数，而不是 {count} 个</translation>
        </message>
        <message>
            <source>{name} takes {wanted} arguments, not {count}</source>
            <translation>{name} 接受 {wanted} 个参数，而不是 {count} 个</translation>
        </message>
        <message>
            <source>after a function name, '^' takes a number, as in sin^2(x)</source>
            <translation>函数名后的 '^' 须跟一个数，如 sin^2(x)</translation>
        </message>
        <message>
            <source>a superscript needs digits, as in x² or x⁻¹</source>
            <translation>上标需要数字，如 x² 或 x⁻¹</translation>
        </message>
        <message>
            <source>this number is outside the range a computer can hold (about 1e±308)</source>
            <translation>这个数超出了计算机能表示的范围（约 1e±308）</translation>
        </message>
        <message>
            <source>this power is far too large to compute (about 10^{size}; the limit is 10^±{limit})</source>
            <translation>这个幂太大，无法计算（约 10^{size}；上限为 10^±{limit}）</translation>
        </message>
        <message>
            <source>this power is far too small to compute (about 10^{size}; the limit is 10^±{limit})</source>
            <translation>这个幂太小，无法计算（约 10^{size}；上限为 10^±{limit}）</translation>
        </message>
        <message>
            <source>the exponent is too large here (the limit is {limit}, except for a plain variable such as x)</source>
            <translation>这里的指数太大（上限为 {limit}，x 这样的单个变量除外）</translation>
        </message>
        <message>
            <source>this constant has no real value (like ln of a negative number or asin of a number beyond ±1)</source>
            <translation>这个常数没有实数值（例如负数的 ln，或超出 ±1 的数的 asin）</translation>
        </message>
        <message>
            <source>cannot build this expression: {reason}</source>
            <translation>无法构造此表达式：{reason}</translation>
        </message>
        <message>
            <source>this has no value: it divides by zero (or takes ln 0)</source>
            <translation>这没有值：它除以零（或求 ln 0）</translation>
        </message>
        <message>
            <source>this number is far too large to compute (the limit is about 10^{limit})</source>
            <translation>这个数太大，无法计算（上限约为 10^{limit}）</translation>
        </message>
        <message>
            <source>the two-variable view draws functions of two variables; this one has {count}: {names}</source>
            <translation>双变量视图绘制两个变量的函数；此函数有 {count} 个变量：{names}</translation>
        </message>
        <message>
            <source>'{text}' has two decimal points: a number has at most one, as in 2.5</source>
            <translation>'{text}' 有两个小数点：一个数最多只有一个小数点，例如 2.5</translation>
        </message>
        <message>
            <source>a decimal number is written with a point: {whole}.{fraction}, not {whole},{fraction} (a comma separates a function's arguments, as in log(2, x))</source>
            <translation>小数用小数点书写：{whole}.{fraction}，而不是 {whole},{fraction}（逗号用于分隔函数的参数，例如 log(2, x)）</translation>
        </message>
        <message>
            <source>{name} has an error in its own row</source>
            <translation>{name} 所在的行有错误</translation>
        </message>
        <message>
            <source>named functions call each other more than {limit} deep</source>
            <translation>命名函数之间的相互调用超过 {limit} 层</translation>
        </message>
        <message>
            <source>{name} refers to itself: {cycle}</source>
            <translation>{name} 引用了自身：{cycle}</translation>
        </message>
        <message>
            <source>{name} is already defined in row {row}</source>
            <translation>{name} 已在第 {row} 行定义</translation>
        </message>
        <message>
            <source>{name} is not defined: write a row {name}(x) = …</source>
            <translation>{name} 未定义：请写一行 {name}(x) = …</translation>
        </message>
        <message>
            <source>at most two primes: f′ or f″</source>
            <translation>最多两个撇号：f′ 或 f″</translation>
        </message>
        <message>
            <source>write what {name}({variable}) is after '='</source>
            <translation>请在 '=' 后写出 {name}({variable}) 的表达式</translation>
        </message>
        <message>
            <source>'{name}' is already a function or constant: name yours differently, for example f or g</source>
            <translation>'{name}' 已经是函数或常数：请换一个名字，例如 f 或 g</translation>
        </message>
        <message>
            <source>keep typing: '{letters}' begins {names}</source>
            <translation>请继续输入：'{letters}' 是 {names} 的开头</translation>
        </message>
    </context>
    <context>
        <name>surface</name>
        <message>
            <source>two different variables are needed, not {x!r} and {y!r}</source>
            <translation>需要两个不同的变量，而不是 {x!r} 和 {y!r}</translation>
        </message>
        <message>
            <source>{names} must be one of the two variables</source>
            <translation>{names} 必须是这两个变量之一</translation>
        </message>
        <message>
            <source>this function is too large for the surface and field (more than {limit} nodes): working out its gradient would freeze the window</source>
            <translation>此函数太大，无法绘制曲面和向量场（超过 {limit} 个节点）：计算其梯度会使窗口卡住</translation>
        </message>
        <message>
            <source>∂f/∂{name} = {formula} = {exact}   (central diff.: {numeric})</source>
            <translation>∂f/∂{name} = {formula} = {exact}   （中心差分：{numeric}）</translation>
        </message>
        <message>
            <source>∇f is undefined at {at}: no tangent plane there</source>
            <translation>∇f 在 {at} 处无定义：那里没有切平面</translation>
        </message>
        <message>
            <source>(the central difference still gives ({x}, {y}) and hides the corner)</source>
            <translation>（中心差分仍给出 ({x}, {y})，掩盖了尖点）</translation>
        </message>
    </context>
    <context>
        <name>vectors</name>
        <message>
            <source>{what} must be a number or a list of numbers</source>
            <translation>{what} 必须是一个数或一列数</translation>
        </message>
        <message>
            <source>{what} must be a number or a flat list of numbers, not a nested list</source>
            <translation>{what} 必须是一个数或不嵌套的一列数</translation>
        </message>
        <message>
            <source>{what} must have between 1 and {limit} elements</source>
            <translation>{what} 的元素个数必须在 1 到 {limit} 之间</translation>
        </message>
        <message>
            <source>{what}: {text!r} is not a number</source>
            <translation>{what}：{text!r} 不是数</translation>
        </message>
        <message>
            <source>{what}: {text!r} is not a finite number</source>
            <translation>{what}：{text!r} 不是有限数</translation>
        </message>
        <message>
            <source>{what}: write a vector as [0, 1, 2, 3] (one pair of brackets)</source>
            <translation>{what}：向量请写成 [0, 1, 2, 3]（一对方括号）</translation>
        </message>
        <message>
            <source>{what}: the vector is empty</source>
            <translation>{what}：向量为空</translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>字符串</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>expected {what} for {where}, got {kind}</source>
            <translation>{where} 应为{what}，实际为{kind}</translation>
        </message>
        <message>
            <source>{where} has {count} entries; the limit is {limit}</source>
            <translation>{where} 有 {count} 项；上限为 {limit}</translation>
        </message>
        <message>
            <source>{where} must be a finite number within ±{limit:.0e}</source>
            <translation>{where} 必须是 ±{limit:.0e} 以内的有限数</translation>
        </message>
        <message>
            <source>{where} must be positive, got {x:g}</source>
            <translation>{where} 必须为正数，实际为 {x:g}</translation>
        </message>
        <message>
            <source>{where} must be from {low:g} to {high:g}, got {x:g}</source>
            <translation>{where} 必须在 {low:g} 到 {high:g} 之间，实际为 {x:g}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>{where} must be from {low} to {high}, got {value}</source>
            <translation>{where} 必须在 {low} 到 {high} 之间，实际为 {value}</translation>
        </message>
        <message>
            <source>{where} is {length} characters long; the limit is {limit}</source>
            <translation>{where} 长 {length} 个字符；上限为 {limit}</translation>
        </message>
        <message>
            <source>{where} holds a character that is not valid Unicode</source>
            <translation>{where} 含有无效的 Unicode 字符</translation>
        </message>
        <message>
            <source>{where}: {value} is not a variable name</source>
            <translation>{where}：{value} 不是变量名</translation>
        </message>
        <message>
            <source>{where} must be one of {options}, got {value}</source>
            <translation>{where} 必须是 {options} 之一，实际为 {value}</translation>
        </message>
        <message>
            <source>{where} must be a colour #RRGGBB, got {value}</source>
            <translation>{where} 必须是 #RRGGBB 颜色，实际为 {value}</translation>
        </message>
        <message>
            <source>{where} must hold two numbers [from, to]</source>
            <translation>{where} 必须包含两个数 [起, 止]</translation>
        </message>
        <message>
            <source>{where} must go from a smaller to a larger number, got [{low:g}, {high:g}]</source>
            <translation>{where} 必须从较小的数到较大的数，实际为 [{low:g}, {high:g}]</translation>
        </message>
        <message>
            <source>cannot save: {reason}</source>
            <translation>无法保存：{reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>the file is nested more than {limit} levels deep</source>
            <translation>文件嵌套超过 {limit} 层</translation>
        </message>
        <message>
            <source>this is not a guicalc workspace (it lacks "format": "guicalc")</source>
            <translation>这不是 guicalc 工作区文件（缺少 "format": "guicalc"）</translation>
        </message>
        <message>
            <source>the file does not say its format version</source>
            <translation>文件没有注明格式版本</translation>
        </message>
        <message>
            <source>this file was written by a newer guicalc (format {version}); this version reads format {supported}</source>
            <translation>此文件由较新版本的 guicalc（格式 {version}）写入；本版本读取格式 {supported}</translation>
        </message>
        <message>
            <source>the file holds no document</source>
            <translation>文件中没有文档</translation>
        </message>
        <message>
            <source>the file holds {constant}: every number must be finite</source>
            <translation>文件含有 {constant}：所有数都必须是有限数</translation>
        </message>
        <message>
            <source>the number {number} is too large</source>
            <translation>数 {number} 太大</translation>
        </message>
        <message>
            <source>a whole number of {digits} digits is too long</source>
            <translation>{digits} 位的整数太长</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object</source>
            <translation>键 {key} 在同一对象中出现了两次</translation>
        </message>
        <message>
            <source>the file ends too early (line {line}): it is truncated or incomplete</source>
            <translation>文件结束得太早（第 {line} 行）：它被截断或不完整</translation>
        </message>
        <message>
            <source>line {line}, column {column}: this is not valid JSON ({reason})</source>
            <translation>第 {line} 行，第 {column} 列：不是有效的 JSON（{reason}）</translation>
        </message>
        <message>
            <source>the file is {size:,.1f} MB; a workspace is at most {limit:g} MB</source>
            <translation>文件大小为 {size:,.1f} MB；工作区文件最大为 {limit:g} MB</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>这不是普通文件</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>无法读取文件：{reason}</translation>
        </message>
        <message>
            <source>this is not UTF-8 text (byte {byte})</source>
            <translation>这不是 UTF-8 文本（第 {byte} 字节）</translation>
        </message>
        <message>
            <source>{where} must be a pair [row, x]</source>
            <translation>{where} 必须是 [行, x] 数对</translation>
        </message>
        <message>
            <source>{where} is empty: a lesson has at least one function</source>
            <translation>{where} 为空：一节课至少要有一个函数</translation>
        </message>
        <message>
            <source>{where} has no optimizer {name}</source>
            <translation>{where} 中没有优化器 {name}</translation>
        </message>
        <message>
            <source>{where} names an optimizer twice</source>
            <translation>{where} 中同一个优化器出现了两次</translation>
        </message>
    </context>
    <context>
        <name>JacobianView</name>
        <message>
            <source>Jacobian being built</source>
            <translation>正在构建的雅可比矩阵</translation>
        </message>
        <message>
            <source>Space: the next pass; Home: start again</source>
            <translation>Space：下一遍；Home：从头开始</translation>
        </message>
    </context>
    <context>
        <name>LabPanel</name>
        <message>
            <source>The point: x=1, or a=50, b=70, c=2 (Alt+P)</source>
            <translation>点：x=1，或 a=50, b=70, c=2（Alt+P）</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>点</translation>
        </message>
        <message>
            <source>The variable to differentiate by</source>
            <translation>求导的变量</translation>
        </message>
        <message>
            <source>Differentiate by</source>
            <translation>求导变量</translation>
        </message>
        <message>
            <source>&amp;Point</source>
            <translation>点(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Differentiate by</source>
            <translation>求导变量(&amp;D)</translation>
        </message>
        <message>
            <source>Lab pages</source>
            <translation>实验室页面</translation>
        </message>
        <message>
            <source>Gradient check</source>
            <translation>梯度检验</translation>
        </message>
        <message>
            <source>Jacobian</source>
            <translation>雅可比矩阵</translation>
        </message>
        <message>
            <source>Rule by rule</source>
            <translation>逐条法则</translation>
        </message>
        <message>
            <source>Double backward</source>
            <translation>二次反向传播</translation>
        </message>
        <message>
            <source>The floating-point type of the difference quotients</source>
            <translation>差商的浮点类型</translation>
        </message>
        <message>
            <source>Type of the differences</source>
            <translation>差分的类型</translation>
        </message>
        <message>
            <source>Step h of the differences; empty: √ε one-sided, ∛ε central</source>
            <translation>差分的步长 h；留空：单侧用 √ε，中心用 ∛ε</translation>
        </message>
        <message>
            <source>Step h</source>
            <translation>步长 h</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Relative tolerance of pass/fail; empty: the type's default</source>
            <translation>通过/失败的相对容差；留空：该类型的默认值</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>类型(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;h =</source>
            <translation>&amp;h =</translation>
        </message>
        <message>
            <source>T&amp;olerance</source>
            <translation>容差(&amp;O)</translation>
        </message>
        <message>
            <source>Exact derivative</source>
            <translation>精确导数</translation>
        </message>
        <message>
            <source>The exact derivative and the tolerance</source>
            <translation>精确导数与容差</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>f′</source>
            <translation>f′</translation>
        </message>
        <message>
            <source>Relative error</source>
            <translation>相对误差</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Cross-check of the derivative</source>
            <translation>导数交叉检验</translation>
        </message>
        <message>
            <source>Every way to compute f′, against the exact value</source>
            <translation>计算 f′ 的每种方法与精确值对照</translation>
        </message>
        <message>
            <source>A vector function in brackets, such as [x0*x1, sin(x0), x0 + x1^2]</source>
            <translation>方括号中的向量函数，例如 [x0*x1, sin(x0), x0 + x1^2]</translation>
        </message>
        <message>
            <source>Vector function</source>
            <translation>向量函数</translation>
        </message>
        <message>
            <source>Its point, such as x0=1, x1=2</source>
            <translation>它的点，例如 x0=1, x1=2</translation>
        </message>
        <message>
            <source>Point of the vector function</source>
            <translation>向量函数的点</translation>
        </message>
        <message>
            <source>Forward mode: column by column (JVPs)</source>
            <translation>前向模式：逐列（JVP）</translation>
        </message>
        <message>
            <source>Reverse mode: row by row (VJPs)</source>
            <translation>反向模式：逐行（VJP）</translation>
        </message>
        <message>
            <source>Forward mode needs one pass per input, reverse mode one per output</source>
            <translation>前向模式每个输入需要一遍，反向模式每个输出需要一遍</translation>
        </message>
        <message>
            <source>How the Jacobian is built</source>
            <translation>雅可比矩阵的构建方式</translation>
        </message>
        <message>
            <source>Next pass ▶</source>
            <translation>下一遍 ▶</translation>
        </message>
        <message>
            <source>One more JVP or VJP (Space in the figure)</source>
            <translation>再做一次 JVP 或 VJP（在图中按 Space）</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Build the Jacobian pass by pass, animated</source>
            <translation>逐遍动画构建雅可比矩阵</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Back to no pass (Home in the figure)</source>
            <translation>回到尚未计算的状态（在图中按 Home）</translation>
        </message>
        <message>
            <source>v for vᵀJ: one number per output, such as [1, 2, 3]</source>
            <translation>vᵀJ 中的 v：每个输出一个数，例如 [1, 2, 3]</translation>
        </message>
        <message>
            <source>Seed v</source>
            <translation>种子 v</translation>
        </message>
        <message>
            <source>v for J·v: one number per input, such as [1, −1]</source>
            <translation>J·v 中的 v：每个输入一个数，例如 [1, −1]</translation>
        </message>
        <message>
            <source>Direction v</source>
            <translation>方向 v</translation>
        </message>
        <message>
            <source>&amp;f =</source>
            <translation>&amp;f =</translation>
        </message>
        <message>
            <source>a&amp;t</source>
            <translation>点(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;seed v =</source>
            <translation>种子 v =(&amp;S)</translation>
        </message>
        <message>
            <source>di&amp;rection v =</source>
            <translation>方向 v =(&amp;R)</translation>
        </message>
        <message>
            <source>Rules applied, one per step</source>
            <translation>每一步应用的法则</translation>
        </message>
        <message>
            <source>↑ and ↓ step through the derivation</source>
            <translation>用 ↑ 和 ↓ 逐步查看求导过程</translation>
        </message>
        <message>
            <source>The step, with the part the rule acts on marked</source>
            <translation>标出法则作用部分的这一步</translation>
        </message>
        <message>
            <source>v of H·v, one number per variable; empty: all ones (f″ for one variable)</source>
            <translation>H·v 中的 v，每个变量一个数；留空：全为 1（单变量时即 f″）</translation>
        </message>
        <message>
            <source>Hessian direction v</source>
            <translation>黑塞方向 v</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>下一步 ▶</translation>
        </message>
        <message>
            <source>The next step through the second graph (Space in it)</source>
            <translation>第二个图的下一步（在图中按 Space）</translation>
        </message>
        <message>
            <source>Graph of the gradient (double backward)</source>
            <translation>梯度的计算图（二次反向传播）</translation>
        </message>
        <message>
            <source>H·v with v =</source>
            <translation>H·v，v =</translation>
        </message>
        <message>
            <source>{name} must be a number here</source>
            <translation>此处 {name} 必须是一个数</translation>
        </message>
        <message>
            <source>The function is too large for the lab (more than {limit} nodes in its tree).</source>
            <translation>函数太大，实验室无法处理（其表达式树超过 {limit} 个节点）。</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>h and the tolerance must be positive</source>
            <translation>h 和容差必须为正</translation>
        </message>
        <message>
            <source>f′ = {derivative}; exact value with 50 digits: {exact}. Pass: relative error ≤ {tolerance:g}; the differences are computed in {dtype}.</source>
            <translation>f′ = {derivative}；50 位精确值：{exact}。通过条件：相对误差 ≤ {tolerance:g}；差分以 {dtype} 计算。</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>v needs {count} numbers, one per variable</source>
            <translation>v 需要 {count} 个数，每个变量一个</translation>
        </message>
        <message>
            <source>The backward pass through the graph of f gave vᵀ∇f = {gradient}; its own backward pass gives H·v = [{hv}].</source>
            <translation>经过 f 的计算图的反向传播给出 vᵀ∇f = {gradient}；它自身的反向传播给出 H·v = [{hv}]。</translation>
        </message>
        <message>
            <source>With one variable and v = 1 that is f″ = {value}.</source>
            <translation>单变量且 v = 1 时，这就是 f″ = {value}。</translation>
        </message>
        <message>
            <source>vᵀ∇f is a constant, so the second graph has no input: H·v = 0.</source>
            <translation>vᵀ∇f 是常数，所以第二个图没有输入：H·v = 0。</translation>
        </message>
        <message>
            <source>{count} of its nodes are values the first pass saved.</source>
            <translation>其中 {count} 个节点是第一遍保存下来的值。</translation>
        </message>
        <message>
            <source>Forward mode: {done} of {passes} passes. Pass i is one JVP J·eᵢ and gives column i. Reverse mode would need {other} passes (one per output).</source>
            <translation>前向模式：第 {done} 遍，共 {passes} 遍。第 i 遍是一次 JVP J·eᵢ，给出第 i 列。反向模式需要 {other} 遍（每个输出一遍）。</translation>
        </message>
        <message>
            <source>Reverse mode: {done} of {passes} passes. Pass j is one VJP eⱼᵀJ and gives row j. Forward mode would need {other} passes (one per input).</source>
            <translation>反向模式：第 {done} 遍，共 {passes} 遍。第 j 遍是一次 VJP eⱼᵀJ，给出第 j 行。前向模式需要 {other} 遍（每个输入一遍）。</translation>
        </message>
    </context>
    <context>
        <name>crosscheck</name>
        <message>
            <source>symbolic derivative</source>
            <translation>符号导数</translation>
        </message>
        <message>
            <source>forward difference</source>
            <translation>前向差分</translation>
        </message>
        <message>
            <source>backward difference</source>
            <translation>后向差分</translation>
        </message>
        <message>
            <source>central difference</source>
            <translation>中心差分</translation>
        </message>
        <message>
            <source>complex step</source>
            <translation>复步长</translation>
        </message>
        <message>
            <source>forward mode (dual numbers)</source>
            <translation>前向模式（对偶数）</translation>
        </message>
        <message>
            <source>reverse mode (backpropagation)</source>
            <translation>反向模式（反向传播）</translation>
        </message>
        <message>
            <source>the expression has no variable {name}</source>
            <translation>表达式中没有变量 {name}</translation>
        </message>
        <message>
            <source>f has no real value at this point</source>
            <translation>f 在此点没有实数值</translation>
        </message>
        <message>
            <source>f′ has no finite value at this point, so there is nothing to check against</source>
            <translation>f′ 在此点没有有限值，因此无从对照</translation>
        </message>
        <message>
            <source>no finite value</source>
            <translation>没有有限值</translation>
        </message>
        <message>
            <source>rounding: the error {error:.1e} is above the tolerance {tolerance:.0e}</source>
            <translation>舍入：误差 {error:.1e} 超过容差 {tolerance:.0e}</translation>
        </message>
        <message>
            <source>truncation: the step is too large (the exact quotient is already off by {part:.1e}); a smaller h would help</source>
            <translation>截断：步长太大（精确计算的差商已偏离 {part:.1e}）；更小的 h 会有帮助</translation>
        </message>
        <message>
            <source>rounding: f(x ± h) agree in most of their digits and the subtraction cancels them (rounding contributes {part:.1e}); a larger h or a wider dtype would help</source>
            <translation>舍入：f(x ± h) 的大部分位数相同，相减时被抵消（舍入贡献 {part:.1e}）；更大的 h 或更宽的类型会有帮助</translation>
        </message>
        <message>
            <source>f is not analytic (it uses |x|, ReLU, floor or a sign), so it has no complex extension to step into</source>
            <translation>f 不是解析函数（用了 |x|、ReLU、floor 或符号函数），没有可供复步长使用的复延拓</translation>
        </message>
        <message>
            <source>a kink: {function} changes slope where {argument} = 0, so the left and right slopes differ and f′ there is a convention; each method picks a side or an average</source>
            <translation>折点：{function} 在 {argument} = 0 处改变斜率，左右斜率不同，此处的 f′ 只是约定；各方法取一侧或平均</translation>
        </message>
    </context>
    <context>
        <name>derivation</name>
        <message>
            <source>constant rule</source>
            <translation>常数法则</translation>
        </message>
        <message>
            <source>d/dx x = 1</source>
            <translation>d/dx x = 1</translation>
        </message>
        <message>
            <source>sum rule</source>
            <translation>和法则</translation>
        </message>
        <message>
            <source>constant multiple rule</source>
            <translation>常数倍法则</translation>
        </message>
        <message>
            <source>product rule</source>
            <translation>乘积法则</translation>
        </message>
        <message>
            <source>quotient rule</source>
            <translation>商法则</translation>
        </message>
        <message>
            <source>power rule</source>
            <translation>幂法则</translation>
        </message>
        <message>
            <source>exp/log rule</source>
            <translation>exp/log 法则</translation>
        </message>
        <message>
            <source>exponential rule</source>
            <translation>指数函数法则</translation>
        </message>
        <message>
            <source>logarithm rule</source>
            <translation>对数法则</translation>
        </message>
        <message>
            <source>chain rule</source>
            <translation>链式法则</translation>
        </message>
        <message>
            <source>derivative of {function}</source>
            <translation>{function} 的导数</translation>
        </message>
        <message>
            <source>{chain} (outer function: {outer})</source>
            <translation>{chain}（外层函数：{outer}）</translation>
        </message>
        <message>
            <source>the derivation needs more than {limit} steps</source>
            <translation>求导过程超过 {limit} 步</translation>
        </message>
        <message>
            <source>no rule for {expression}</source>
            <translation>没有适用于 {expression} 的法则</translation>
        </message>
        <message>
            <source>{function} has no derivative rule</source>
            <translation>{function} 没有求导法则</translation>
        </message>
    </context>
    <context>
        <name>double backward</name>
        <message>
            <source>double backward works on scalar operations; {name} reduces a vector</source>
            <translation>二次反向传播只适用于标量运算；{name} 会归约一个向量</translation>
        </message>
        <message>
            <source>f″ needs a function of one variable</source>
            <translation>f″ 需要单变量函数</translation>
        </message>
    </context>
    <context>
        <name>jacobian</name>
        <message>
            <source>'[' is not closed: write [x0*x1, sin(x0)]</source>
            <translation>'[' 没有闭合：请写成 [x0*x1, sin(x0)]</translation>
        </message>
        <message>
            <source>an empty component: write [x0*x1, sin(x0)]</source>
            <translation>有空的分量：请写成 [x0*x1, sin(x0)]</translation>
        </message>
        <message>
            <source>the direction v</source>
            <translation>方向 v</translation>
        </message>
        <message>
            <source>the seed v</source>
            <translation>种子 v</translation>
        </message>
        <message>
            <source>{what} needs {size} numbers, not {given}</source>
            <translation>{what} 需要 {size} 个数，而不是 {given} 个</translation>
        </message>
    </context>
    <context>
        <name>differentiable</name>
        <message>
            <source>no derivative at {v} = {x}: f is infinite there, or too large to compute</source>
            <translation>在 {v} = {x} 处导数不存在：f 在该点为无穷大，或大得无法计算</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is not defined there</source>
            <translation>在 {v} = {x} 处导数不存在：f 在该点没有定义</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f jumps here</source>
            <translation>在 {v} = {x} 处导数不存在：f 在此处跳跃</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f has no one-sided derivative here</source>
            <translation>在 {v} = {x} 处导数不存在：f 在此处也没有单侧导数</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is defined only to the right here (right slope {slope})</source>
            <translation>在 {v} = {x} 处导数不存在：f 在此处只在右侧有定义（右侧斜率 {slope}）</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is defined only to the left here (left slope {slope})</source>
            <translation>在 {v} = {x} 处导数不存在：f 在此处只在左侧有定义（左侧斜率 {slope}）</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: the tangent is vertical (slope {slope} from both sides)</source>
            <translation>在 {v} = {x} 处导数不存在：切线是竖直的（两侧斜率均为 {slope}）</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: left slope {left}, right slope {right}</source>
            <translation>在 {v} = {x} 处导数不存在：左侧斜率 {left}，右侧斜率 {right}</translation>
        </message>
    </context>
    <context>
        <name>PointsOfInterest</name>
        <message>
            <source>{kind} ({x}, {y})</source>
            <translation>{kind} ({x}, {y})</translation>
        </message>
        <message>
            <source>{kind} at x = {x}</source>
            <translation>x = {x} 处的{kind}</translation>
        </message>
        <message>
            <source>discontinuity</source>
            <translation>间断点</translation>
        </message>
        <message>
            <source>intersection</source>
            <translation>交点</translation>
        </message>
        <message>
            <source>inflection point</source>
            <translation>拐点</translation>
        </message>
        <message>
            <source>local maximum</source>
            <translation>局部极大值</translation>
        </message>
        <message>
            <source>local minimum</source>
            <translation>局部极小值</translation>
        </message>
        <message>
            <source>root</source>
            <translation>根</translation>
        </message>
    </context>
    <context>
        <name>ValueTable</name>
        <message>
            <source>from</source>
            <translation>起始</translation>
        </message>
        <message>
            <source>Table of values</source>
            <translation>函数值表</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步长</translation>
        </message>
        <message>
            <source>Type an x in the first column (π/2 works); the last row adds one</source>
            <translation>在第一列输入 x（也可以输入 π/2）；在最后一行输入可添加一行</translation>
        </message>
        <message>
            <source>Draw each row's point (x, f(x)) on the curve plot</source>
            <translation>在曲线图上画出每一行的点 (x, f(x))</translation>
        </message>
        <message>
            <source>Points on the plot</source>
            <translation>在图上显示点</translation>
        </message>
        <message>
            <source>Replace the x column by start, start + step, …</source>
            <translation>把 x 列替换为 起始值、起始值 + 步长、…</translation>
        </message>
        <message>
            <source>Fill by step</source>
            <translation>按步长填充</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>How many x the step fills</source>
            <translation>按步长填充的 x 的个数</translation>
        </message>
        <message>
            <source>The step between x</source>
            <translation>相邻 x 之间的步长</translation>
        </message>
        <message>
            <source>The first x when the column is filled by a step</source>
            <translation>按步长填充该列时的第一个 x</translation>
        </message>
    </context>
    <context>
        <name>AnimationDialog</name>
        <message>
            <source>Export animation</source>
            <translation>导出动画</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>动画</translation>
        </message>
        <message>
            <source>Width (pixels)</source>
            <translation>宽度（像素）</translation>
        </message>
        <message>
            <source>Height (pixels)</source>
            <translation>高度（像素）</translation>
        </message>
        <message>
            <source>Frames per second</source>
            <translation>每秒帧数</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>帧数</translation>
        </message>
    </context>
    <context>
        <name>CurvaturePanel</name>
        <message>
            <source>Hessian readout</source>
            <translation>黑塞矩阵读数</translation>
        </message>
        <message>
            <source>Newton step</source>
            <translation>牛顿步</translation>
        </message>
        <message>
            <source>Gradient step</source>
            <translation>梯度步</translation>
        </message>
        <message>
            <source>Run Newton from the start</source>
            <translation>从起点运行牛顿法</translation>
        </message>
        <message>
            <source>quadratic model on the surface</source>
            <translation>曲面上的二次模型</translation>
        </message>
        <message>
            <source>Newton readout</source>
            <translation>牛顿法读数</translation>
        </message>
        <message>
            <source>Newton steps</source>
            <translation>牛顿步数</translation>
        </message>
        <message>
            <source>How many steps Newton's method may take</source>
            <translation>牛顿法最多可走的步数</translation>
        </message>
        <message>
            <source>Move the point to the minimum of its quadratic model: x − H⁻¹∇f</source>
            <translation>把点移到其二次模型的最小点：x − H⁻¹∇f</translation>
        </message>
        <message>
            <source>Move the point by one step of gradient descent: x − η∇f</source>
            <translation>按梯度下降的一步移动点：x − η∇f</translation>
        </message>
        <message>
            <source>Run Newton</source>
            <translation>运行牛顿法</translation>
        </message>
        <message>
            <source>Newton's method from the descent start, compared with descent</source>
            <translation>从下降起点运行牛顿法，并与梯度下降比较</translation>
        </message>
        <message>
            <source>Quadratic model</source>
            <translation>二次模型</translation>
        </message>
        <message>
            <source>Draw f(p) + ∇f·d + ½·dᵀ·H·d over the surface at the point</source>
            <translation>在该点处把 f(p) + ∇f·d + ½·dᵀ·H·d 画在曲面上</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>Newton step: |Δx| = {size}, f = {value}</source>
            <translation>牛顿步：|Δx| = {size}，f = {value}</translation>
        </message>
        <message>
            <source>Gradient step: |Δx| = {size}</source>
            <translation>梯度步：|Δx| = {size}</translation>
        </message>
        <message>
            <source>step sizes |Δx|: {sizes}</source>
            <translation>步长 |Δx|：{sizes}</translation>
        </message>
        <message>
            <source>Gradient descent with η = {rate}: {verdict}</source>
            <translation>η = {rate} 的梯度下降：{verdict}</translation>
        </message>
        <message>
            <source>Newton's method jumps to the stationary point of the quadratic model: x ← x − H⁻¹∇f(x).</source>
            <translation>牛顿法跳到二次模型的驻点：x ← x − H⁻¹∇f(x)。</translation>
        </message>
        <message>
            <source>H = [[{a}, {b}], [{b}, {c}]]</source>
            <translation>H = [[{a}, {b}], [{b}, {c}]]</translation>
        </message>
        <message>
            <source>λ₁ = {l1} along ({v11}, {v12}); λ₂ = {l2} along ({v21}, {v22})</source>
            <translation>λ₁ = {l1}，方向 ({v11}, {v12})；λ₂ = {l2}，方向 ({v21}, {v22})</translation>
        </message>
        <message>
            <source>κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = {kappa};  along v: vᵀ·H·v/|v|² = {along}</source>
            <translation>κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = {kappa}；沿 v：vᵀ·H·v/|v|² = {along}</translation>
        </message>
        <message>
            <source>Draw f(p) + ∇f·d + ½dᵀHd over the surface at the point</source>
            <translation>在该点处把 f(p) + ∇f·d + ½dᵀHd 画在曲面上</translation>
        </message>
        <message>
            <source>κ = |λ|max/|λ|min = {kappa};  along v: vᵀHv/|v|² = {along}</source>
            <translation>κ = |λ|max/|λ|min = {kappa}；  沿 v：vᵀHv/|v|² = {along}</translation>
        </message>
    </context>
    <context>
        <name>TaylorPanel</name>
        <message>
            <source>shade f″ &gt; 0 and f″ &lt; 0</source>
            <translation>为 f″ &gt; 0 和 f″ &lt; 0 着色</translation>
        </message>
        <message>
            <source>Taylor readout</source>
            <translation>泰勒读数</translation>
        </message>
        <message>
            <source>degree n</source>
            <translation>次数 n</translation>
        </message>
        <message>
            <source>centre a</source>
            <translation>中心 a</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>error at</source>
            <translation>误差位置</translation>
        </message>
        <message>
            <source>Taylor degree</source>
            <translation>泰勒次数</translation>
        </message>
        <message>
            <source>Degree n of the Taylor polynomial (Ctrl+] and Ctrl+[)</source>
            <translation>泰勒多项式的次数 n（Ctrl+] 和 Ctrl+[）</translation>
        </message>
        <message>
            <source>Centre a</source>
            <translation>中心 a</translation>
        </message>
        <message>
            <source>Where the polynomial touches f</source>
            <translation>多项式与 f 相切之处</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <source>The band where |f − Pₙ| is below this is shaded</source>
            <translation>|f − Pₙ| 小于此值的区间会被着色</translation>
        </message>
        <message>
            <source>Concavity shading</source>
            <translation>凹凸着色</translation>
        </message>
        <message>
            <source>Shade where f curves up or down and mark inflection points</source>
            <translation>为 f 向上弯或向下弯的区域着色，并标出拐点</translation>
        </message>
        <message>
            <source>Error at x</source>
            <translation>x 处的误差</translation>
        </message>
        <message>
            <source>Where the readout gives |f − Pₙ|</source>
            <translation>读数给出 |f − Pₙ| 的位置</translation>
        </message>
        <message>
            <source>inflection points: {points}</source>
            <translation>拐点：{points}</translation>
        </message>
        <message>
            <source>no inflection point in view</source>
            <translation>视图内没有拐点</translation>
        </message>
        <message>
            <source>cₖ = f⁽ᵏ⁾(a)/k!, with f⁽ᵏ⁾({a}) for k = 0…{n}: {values}</source>
            <translation>cₖ = f⁽ᵏ⁾(a)/k!，其中 k = 0…{n} 的 f⁽ᵏ⁾({a})：{values}</translation>
        </message>
        <message>
            <source>at {v} = {x}: |f − P{n}| = {error}</source>
            <translation>在 {v} = {x} 处：|f − P{n}| = {error}</translation>
        </message>
        <message>
            <source>f and its Taylor polynomial of degree {n} at {v} = {a}</source>
            <translation>f 及其在 {v} = {a} 处的 {n} 次泰勒多项式</translation>
        </message>
        <message>
            <source>Taylor polynomial</source>
            <translation>泰勒多项式</translation>
        </message>
        <message>
            <source>The polynomial Pₙ with its coefficients</source>
            <translation>多项式 Pₙ 及其系数</translation>
        </message>
        <message>
            <source>Where |f − Pₙ| is below the tolerance, the error at x, the inflection points</source>
            <translation>|f − Pₙ| 小于容差的位置、x 处的误差、拐点</translation>
        </message>
        <message>
            <source>f is too large to shade where it curves up or down</source>
            <translation>f 太大，无法为其向上弯或向下弯的区域着色</translation>
        </message>
        <message>
            <source>This function is too large for the Taylor view (more than {limit} nodes in its tree).</source>
            <translation>这个函数对泰勒视图来说太大了（其表达式树超过 {limit} 个节点）。</translation>
        </message>
        <message>
            <source>The Taylor polynomial of f at the centre a</source>
            <translation>f 在中心 a 处的泰勒多项式</translation>
        </message>
        <message>
            <source>f and its derivatives at the centre a</source>
            <translation>f 及其导数在中心 a 处的值</translation>
        </message>
    </context>
    <context>
        <name>TaylorView</name>
        <message>
            <source>Drag the centre a, or click here and use ← → (Shift: bigger steps); Ctrl+] and Ctrl+[ change the degree</source>
            <translation>拖动中心 a，或点击此处后用 ← →（Shift：大步）；Ctrl+] 和 Ctrl+[ 改变次数</translation>
        </message>
        <message>
            <source>Taylor plot</source>
            <translation>泰勒图</translation>
        </message>
        <message>
            <source>inflection</source>
            <translation>拐点</translation>
        </message>
        <message>
            <source>The error |f − Pₙ| of the Taylor polynomial, on a log scale</source>
            <translation>泰勒多项式的误差 |f − Pₙ|（对数刻度）</translation>
        </message>
        <message>
            <source>Taylor error plot</source>
            <translation>泰勒误差图</translation>
        </message>
        <message>
            <source>|f − Pₙ|</source>
            <translation>|f − Pₙ|</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>容差</translation>
        </message>
    </context>
    <context>
        <name>hessian</name>
        <message>
            <source>f is too large for its Hessian to be worked out here (a first derivative has more than {limit} nodes)</source>
            <translation>f 太大，无法在此计算其黑塞矩阵（某个一阶导数超过 {limit} 个节点）</translation>
        </message>
        <message>
            <source>The Hessian is undefined here.</source>
            <translation>黑塞矩阵在此处没有定义。</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a bowl curving up (λ = {lam}).</source>
            <translation>不是驻点（∇f ≠ 0）；二次模型是向上弯的碗（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a cap curving down (λ = {lam}).</source>
            <translation>不是驻点（∇f ≠ 0）；二次模型是向下弯的帽子（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a saddle (λ = {lam}).</source>
            <translation>不是驻点（∇f ≠ 0）；二次模型是马鞍形（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is flat along one direction (λ = {lam}).</source>
            <translation>不是驻点（∇f ≠ 0）；二次模型沿一个方向是平的（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Minimum: ∇f = 0 and every eigenvalue is positive (λ = {lam}).</source>
            <translation>极小点：∇f = 0，且所有特征值都为正（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Maximum: ∇f = 0 and every eigenvalue is negative (λ = {lam}).</source>
            <translation>极大点：∇f = 0，且所有特征值都为负（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Saddle point: ∇f = 0, f curves up along one eigenvector and down along another (λ = {lam}).</source>
            <translation>鞍点：∇f = 0，f 沿一个特征向量向上弯，沿另一个向下弯（λ = {lam}）。</translation>
        </message>
        <message>
            <source>Degenerate: ∇f = 0 but an eigenvalue is 0, so the second derivatives cannot tell (λ = {lam}).</source>
            <translation>退化：∇f = 0，但有一个特征值为 0，二阶导数无法判断（λ = {lam}）。</translation>
        </message>
        <message>
            <source>No positive curvature here: no learning-rate bound from H.</source>
            <translation>此处没有正曲率：无法由 H 得到学习率上界。</translation>
        </message>
        <message>
            <source>stable for η &lt; 2/λₘₐₓ = {bound} (λₘₐₓ = {top})</source>
            <translation>η &lt; 2/λₘₐₓ = {bound} 时稳定（λₘₐₓ = {top}）</translation>
        </message>
        <message>
            <source>stable for η &lt; 2/λmax = {bound} (λmax = {top})</source>
            <translation>η &lt; 2/λmax = {bound} 时稳定（λmax = {top}）</translation>
        </message>
    </context>
    <context>
        <name>newton</name>
        <message>
            <source>Newton reached the minimum {end} in {k} steps.</source>
            <translation>牛顿法用 {k} 步到达极小点 {end}。</translation>
        </message>
        <message>
            <source>Newton stopped at a saddle point {end} after {k} steps: it jumps to where ∇f = 0, and a saddle is such a point. It is attracted to saddles; gradient descent is not.</source>
            <translation>牛顿法在 {k} 步后停在鞍点 {end}：它跳向 ∇f = 0 的点，而鞍点正是这样的点。牛顿法会被鞍点吸引，梯度下降则不会。</translation>
        </message>
        <message>
            <source>Newton climbed to a maximum {end} after {k} steps: the quadratic model curves down, so its stationary point is its top, not a minimum.</source>
            <translation>牛顿法在 {k} 步后爬到了极大点 {end}：二次模型向下弯，所以它的驻点是顶部，而不是极小点。</translation>
        </message>
        <message>
            <source>Newton stopped at {end} after {k} steps, where ∇f = 0 but the Hessian has a zero eigenvalue: the second derivatives cannot tell what this point is.</source>
            <translation>牛顿法在 {k} 步后停在 {end}：这里 ∇f = 0，但黑塞矩阵有一个零特征值，二阶导数无法判断这是什么点。</translation>
        </message>
        <message>
            <source>Newton cannot step from {end} (after {k} steps): the Hessian is singular there, so the quadratic model has no single stationary point to jump to.</source>
            <translation>牛顿法无法从 {end} 继续（{k} 步之后）：那里的黑塞矩阵是奇异的，二次模型没有唯一的驻点可以跳过去。</translation>
        </message>
        <message>
            <source>Newton diverged after {k} steps: the quadratic model is a poor guide far from a minimum, and the jumps grow.</source>
            <translation>牛顿法在 {k} 步后发散：远离极小点时二次模型不是好的向导，跳跃越来越大。</translation>
        </message>
        <message>
            <source>Newton stopped after {k} steps: f, ∇f or the Hessian is undefined at {end}.</source>
            <translation>牛顿法在 {k} 步后停止：f、∇f 或黑塞矩阵在 {end} 处没有定义。</translation>
        </message>
        <message>
            <source>Newton has not converged after {k} steps; now at {end}.</source>
            <translation>牛顿法在 {k} 步后仍未收敛；当前位于 {end}。</translation>
        </message>
    </context>
    <context>
        <name>taylor</name>
        <message>
            <source>the degree must be from 0 to {n}</source>
            <translation>次数必须在 0 到 {n} 之间</translation>
        </message>
        <message>
            <source>no Taylor polynomial at {name} = {a}: {reason}</source>
            <translation>在 {name} = {a} 处没有泰勒多项式：{reason}</translation>
        </message>
        <message>
            <source>|f − P{n}| ≥ {tol} everywhere in view</source>
            <translation>视图内处处 |f − P{n}| ≥ {tol}</translation>
        </message>
        <message>
            <source>|f − P{n}| &lt; {tol} for {lo} ≤ {v} ≤ {hi} (in view)</source>
            <translation>当 {lo} ≤ {v} ≤ {hi} 时 |f − P{n}| &lt; {tol}（视图内）</translation>
        </message>
        <message>
            <source>f has no Taylor series here: it is not smooth or not defined at this point</source>
            <translation>f 在此处没有泰勒级数：它在这一点不光滑或没有定义</translation>
        </message>
        <message>
            <source>{name} has no value</source>
            <translation>{name} 没有值</translation>
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message>
            <source>{folder}: {reason}</source>
            <translation>{folder}：{reason}</translation>
        </message>
        <message>
            <source>{folder} is not writable; autosaving to {fallback}</source>
            <translation>{folder} 不可写；改为自动保存到 {fallback}</translation>
        </message>
    </context>
    <context>
        <name>RaceFieldView</name>
        <message>
            <source>Race of the optimizers</source>
            <translation>优化器竞赛</translation>
        </message>
        <message>
            <source>Left and Right step back and forward (Shift: 10 steps), Home and End go to the start and the end, Space plays and pauses</source>
            <translation>左右方向键后退、前进一步（Shift：10 步），Home 和 End 到开头和结尾，空格播放和暂停</translation>
        </message>
    </context>
    <context>
        <name>RaceLossView</name>
        <message>
            <source>Loss per step of every optimizer</source>
            <translation>每个优化器每步的损失</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>第 k 步</translation>
        </message>
        <message>
            <source>f per step (linear: f &lt; 0)</source>
            <translation>每步的 f（线性：f &lt; 0）</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>每步的 f</translation>
        </message>
        <message>
            <source>f (log scale)</source>
            <translation>f（对数刻度）</translation>
        </message>
        <message>
            <source>{name}: f from {first} to {last} in {steps} steps</source>
            <translation>{name}：{steps} 步内 f 从 {first} 变为 {last}</translation>
        </message>
    </context>
    <context>
        <name>RacePanel</name>
        <message>
            <source>Learning rate η</source>
            <translation>学习率 η</translation>
        </message>
        <message>
            <source>Momentum β (RMSProp α)</source>
            <translation>动量 β（RMSProp 的 α）</translation>
        </message>
        <message>
            <source>First-moment decay β₁</source>
            <translation>一阶矩衰减 β₁</translation>
        </message>
        <message>
            <source>Second-moment decay β₂</source>
            <translation>二阶矩衰减 β₂</translation>
        </message>
        <message>
            <source>ε</source>
            <translation>ε</translation>
        </message>
        <message>
            <source>Decoupled weight decay λ</source>
            <translation>解耦权重衰减 λ</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>曲面</translation>
        </message>
        <message>
            <source>A test function with its start, view and learning rates</source>
            <translation>带起点、视图范围和学习率的测试函数</translation>
        </message>
        <message>
            <source>Your own f</source>
            <translation>自定义 f</translation>
        </message>
        <message>
            <source>f(x0, x1)</source>
            <translation>f(x0, x1)</translation>
        </message>
        <message>
            <source>The function the optimizers descend; Enter runs the race</source>
            <translation>优化器下降的函数；按 Enter 运行竞赛</translation>
        </message>
        <message>
            <source>Start x0</source>
            <translation>起点 x0</translation>
        </message>
        <message>
            <source>Where every racer starts</source>
            <translation>所有参赛者的起点</translation>
        </message>
        <message>
            <source>Start x1</source>
            <translation>起点 x1</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>How many steps each racer takes</source>
            <translation>每个参赛者走的步数</translation>
        </message>
        <message>
            <source>&amp;Surface</source>
            <translation>曲面(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;f =</source>
            <translation>&amp;f =</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>步数(&amp;T)</translation>
        </message>
        <message>
            <source>Racers</source>
            <translation>参赛者</translation>
        </message>
        <message>
            <source>Race {name}</source>
            <translation>{name} 参赛</translation>
        </message>
        <message>
            <source>Race this optimizer</source>
            <translation>让这个优化器参赛</translation>
        </message>
        <message>
            <source>Hyperparameters</source>
            <translation>超参数</translation>
        </message>
        <message>
            <source>Optimizer to tune</source>
            <translation>要调整的优化器</translation>
        </message>
        <message>
            <source>Whose hyperparameters the sliders set</source>
            <translation>滑块设置哪个优化器的超参数</translation>
        </message>
        <message>
            <source>T&amp;une</source>
            <translation>调整(&amp;U)</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys and Page Up/Down</source>
            <translation>拖动，或使用方向键和 Page Up/Down</translation>
        </message>
        <message>
            <source>Schedule and noise</source>
            <translation>调度与噪声</translation>
        </message>
        <message>
            <source>Learning-rate schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>η per step: constant, cut by γ every period, times γ each step, or cosine to 0</source>
            <translation>每步的 η：恒定、每个周期乘以 γ、每步乘以 γ，或余弦降到 0</translation>
        </message>
        <message>
            <source>Schedule factor γ</source>
            <translation>调度因子 γ</translation>
        </message>
        <message>
            <source>The factor of the step and exponential schedules</source>
            <translation>阶梯和指数调度的因子</translation>
        </message>
        <message>
            <source>Schedule period</source>
            <translation>调度周期</translation>
        </message>
        <message>
            <source>Steps between two cuts of the step schedule</source>
            <translation>阶梯调度两次下调之间的步数</translation>
        </message>
        <message>
            <source>Gradient noise σ</source>
            <translation>梯度噪声 σ</translation>
        </message>
        <message>
            <source>σ of Gaussian noise added to every gradient: descent becomes SGD</source>
            <translation>加到每个梯度上的高斯噪声的 σ：下降变成 SGD</translation>
        </message>
        <message>
            <source>Noise seed</source>
            <translation>噪声种子</translation>
        </message>
        <message>
            <source>The same seed gives the same noise: a race can be run again</source>
            <translation>相同的种子给出相同的噪声：竞赛可以重现</translation>
        </message>
        <message>
            <source>Loss on a &amp;log scale</source>
            <translation>损失用对数刻度(&amp;L)</translation>
        </message>
        <message>
            <source>Loss on a log scale</source>
            <translation>损失用对数刻度</translation>
        </message>
        <message>
            <source>f per step on a logarithmic axis (when f &gt; 0)</source>
            <translation>每步的 f 画在对数轴上（f &gt; 0 时）</translation>
        </message>
        <message>
            <source>Sc&amp;hedule</source>
            <translation>调度(&amp;H)</translation>
        </message>
        <message>
            <source>γ</source>
            <translation>γ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <source>&amp;Noise σ</source>
            <translation>噪声 σ(&amp;N)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>种子</translation>
        </message>
        <message>
            <source>To the start</source>
            <translation>回到开头</translation>
        </message>
        <message>
            <source>Back to step 0 (Home in the plot)</source>
            <translation>回到第 0 步（图中按 Home）</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>后退一步</translation>
        </message>
        <message>
            <source>One step back (Left in the plot)</source>
            <translation>后退一步（图中按左方向键）</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>播放</translation>
        </message>
        <message>
            <source>Play the race from here, or pause it (Space in the plot)</source>
            <translation>从这里播放竞赛或暂停（图中按空格）</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>前进一步</translation>
        </message>
        <message>
            <source>One step forward (Right in the plot)</source>
            <translation>前进一步（图中按右方向键）</translation>
        </message>
        <message>
            <source>To the end</source>
            <translation>到结尾</translation>
        </message>
        <message>
            <source>To the last step (End in the plot)</source>
            <translation>到最后一步（图中按 End）</translation>
        </message>
        <message>
            <source>Step of the race</source>
            <translation>竞赛的步</translation>
        </message>
        <message>
            <source>Drag to move through the steps</source>
            <translation>拖动以浏览各步</translation>
        </message>
        <message>
            <source>step {step} of {steps}</source>
            <translation>第 {step} 步，共 {steps} 步</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>判定</translation>
        </message>
        <message>
            <source>choose the surface {name}</source>
            <translation>选择曲面 {name}</translation>
        </message>
        <message>
            <source>Update of {name}</source>
            <translation>{name} 的更新</translation>
        </message>
    </context>
    <context>
        <name>optimizers</name>
        <message>
            <source>Gradient descent</source>
            <translation>梯度下降</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <source>AdaGrad</source>
            <translation>AdaGrad</translation>
        </message>
        <message>
            <source>RMSProp</source>
            <translation>RMSProp</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
    </context>
    <context>
        <name>presets</name>
        <message>
            <source>Bowl x0² + x1²</source>
            <translation>碗 x0² + x1²</translation>
        </message>
        <message>
            <source>Every optimizer gets there; the race is about how straight the path is.</source>
            <translation>每个优化器都能到达；比的是路径有多直。</translation>
        </message>
        <message>
            <source>Ill-conditioned quadratic (κ = 100)</source>
            <translation>病态二次函数（κ = 100）</translation>
        </message>
        <message>
            <source>Descent zig-zags across the narrow valley; momentum at β* needs √κ times fewer steps.</source>
            <translation>梯度下降在狭窄的山谷中来回之字形移动；β* 下的动量法所需步数少 √κ 倍。</translation>
        </message>
        <message>
            <source>Rosenbrock</source>
            <translation>Rosenbrock 函数</translation>
        </message>
        <message>
            <source>Finding the curved valley is easy; following it to (1, 1) is not.</source>
            <translation>找到弯曲的山谷很容易；沿着它走到 (1, 1) 却不容易。</translation>
        </message>
        <message>
            <source>Beale</source>
            <translation>Beale 函数</translation>
        </message>
        <message>
            <source>Flat arms and steep walls: the minimum is at (3, 0.5).</source>
            <translation>平坦的臂和陡峭的壁：最小值在 (3, 0.5)。</translation>
        </message>
        <message>
            <source>Himmelblau</source>
            <translation>Himmelblau 函数</translation>
        </message>
        <message>
            <source>Four minima of equal depth: which one a run finds depends on how it moves.</source>
            <translation>四个同样深的最小值：找到哪一个取决于它如何移动。</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Booth 函数</translation>
        </message>
        <message>
            <source>A tilted quadratic bowl (κ = 9) with its minimum at (1, 3).</source>
            <translation>倾斜的二次碗（κ = 9），最小值在 (1, 3)。</translation>
        </message>
        <message>
            <source>Saddle x0² − x1²</source>
            <translation>鞍面 x0² − x1²</translation>
        </message>
        <message>
            <source>Started almost on the ridge: descent creeps toward the saddle, the adaptive methods walk off it.</source>
            <translation>几乎从山脊上出发：梯度下降慢慢爬向鞍点，自适应方法则离开它。</translation>
        </message>
        <message>
            <source>Plateau</source>
            <translation>平台</translation>
        </message>
        <message>
            <source>Far from the hole the gradient is almost 0: a fixed η crawls, Adam rescales and moves.</source>
            <translation>远离洞口处梯度几乎为 0：固定的 η 爬得很慢，Adam 重新缩放并前进。</translation>
        </message>
    </context>
    <context>
        <name>race</name>
        <message>
            <source>{name}: θ₀ = {theta}, f = {f}</source>
            <translation>{name}：θ₀ = {theta}，f = {f}</translation>
        </message>
        <message>
            <source>{name}: stopped at step {k} ({verdict})</source>
            <translation>{name}：在第 {k} 步停止（{verdict}）</translation>
        </message>
        <message>
            <source>{name}, step {t}: η = {lr}</source>
            <translation>{name}，第 {t} 步：η = {lr}</translation>
        </message>
        <message>
            <source>g = ∇f(θ) = {g}</source>
            <translation>g = ∇f(θ) = {g}</translation>
        </message>
        <message>
            <source>θ ← θ − η·g = {theta}</source>
            <translation>θ ← θ − η·g = {theta}</translation>
        </message>
        <message>
            <source>b ← β·b + g = {b}   (velocity, β = {beta})</source>
            <translation>b ← β·b + g = {b}   （速度，β = {beta}）</translation>
        </message>
        <message>
            <source>θ ← θ − η·b = {theta}</source>
            <translation>θ ← θ − η·b = {theta}</translation>
        </message>
        <message>
            <source>θ ← θ − η·(g + β·b) = {theta}   (look-ahead)</source>
            <translation>θ ← θ − η·(g + β·b) = {theta}   （前瞻）</translation>
        </message>
        <message>
            <source>s ← s + g² = {s}   (sum of squares)</source>
            <translation>s ← s + g² = {s}   （平方和）</translation>
        </message>
        <message>
            <source>θ ← θ − η·g/(√s + ε) = {theta}</source>
            <translation>θ ← θ − η·g/(√s + ε) = {theta}</translation>
        </message>
        <message>
            <source>v ← α·v + (1 − α)·g² = {v}   (mean square, α = {alpha})</source>
            <translation>v ← α·v + (1 − α)·g² = {v}   （均方，α = {alpha}）</translation>
        </message>
        <message>
            <source>θ ← θ − η·g/(√v + ε) = {theta}</source>
            <translation>θ ← θ − η·g/(√v + ε) = {theta}</translation>
        </message>
        <message>
            <source>θ ← θ·(1 − η·λ), λ = {decay}   (decoupled weight decay)</source>
            <translation>θ ← θ·(1 − η·λ)，λ = {decay}   （解耦权重衰减）</translation>
        </message>
        <message>
            <source>m ← β₁·m + (1 − β₁)·g = {m}   (first moment)</source>
            <translation>m ← β₁·m + (1 − β₁)·g = {m}   （一阶矩）</translation>
        </message>
        <message>
            <source>v ← β₂·v + (1 − β₂)·g² = {v}   (second moment)</source>
            <translation>v ← β₂·v + (1 − β₂)·g² = {v}   （二阶矩）</translation>
        </message>
        <message>
            <source>m̂ = m/(1 − β₁ᵗ) = {mhat}, v̂ = v/(1 − β₂ᵗ) = {vhat}   (bias correction: 1 − β₁ᵗ = {c1}, 1 − β₂ᵗ = {c2})</source>
            <translation>m̂ = m/(1 − β₁ᵗ) = {mhat}，v̂ = v/(1 − β₂ᵗ) = {vhat}   （偏差校正：1 − β₁ᵗ = {c1}，1 − β₂ᵗ = {c2}）</translation>
        </message>
        <message>
            <source>θ ← θ − η·m̂/(√v̂ + ε) = {theta}</source>
            <translation>θ ← θ − η·m̂/(√v̂ + ε) = {theta}</translation>
        </message>
        <message>
            <source>f(θ) = {f}</source>
            <translation>f(θ) = {f}</translation>
        </message>
        <message>
            <source>{name} got there first: converged after {k} steps.</source>
            <translation>{name} 最先到达：{k} 步后收敛。</translation>
        </message>
        <message>
            <source>Then: {others}.</source>
            <translation>其次：{others}。</translation>
        </message>
        <message>
            <source>{name} ({k})</source>
            <translation>{name}（{k}）</translation>
        </message>
        <message>
            <source>Nobody converged in {k} steps; lowest f: {name} (f = {f}).</source>
            <translation>{k} 步内没有优化器收敛；f 最低的是 {name}（f = {f}）。</translation>
        </message>
        <message>
            <source>{name}: {verdict}</source>
            <translation>{name}：{verdict}</translation>
        </message>
        <message>
            <source>Not a quadratic: no closed-form rates (the theory is for quadratics).</source>
            <translation>不是二次函数：没有闭式收敛率（该理论针对二次函数）。</translation>
        </message>
        <message>
            <source>A quadratic with eigenvalues {low} and {high} of the Hessian: no minimum (a saddle or a valley).</source>
            <translation>黑塞矩阵特征值为 {low} 和 {high} 的二次函数：没有最小值（鞍面或山谷）。</translation>
        </message>
        <message>
            <source>Hessian eigenvalues λmin = {low}, λmax = {high}: condition number κ = {kappa}</source>
            <translation>黑塞矩阵特征值 λmin = {low}，λmax = {high}：条件数 κ = {kappa}</translation>
        </message>
        <message>
            <source>Descent diverges for η &gt; 2/λmax = {stable}; fastest at η = 2/(λmin + λmax) = {best}, rate (κ − 1)/(κ + 1) = {rate}</source>
            <translation>η &gt; 2/λmax = {stable} 时梯度下降发散；η = 2/(λmin + λmax) = {best} 时最快，收敛率 (κ − 1)/(κ + 1) = {rate}</translation>
        </message>
        <message>
            <source>Momentum: fastest at η = (2/(√λmin + √λmax))² = {lr} and β* = ((√κ − 1)/(√κ + 1))² = {beta}, rate (√κ − 1)/(√κ + 1) = {rate}</source>
            <translation>动量法：η = (2/(√λmin + √λmax))² = {lr}，β* = ((√κ − 1)/(√κ + 1))² = {beta} 时最快，收敛率 (√κ − 1)/(√κ + 1) = {rate}</translation>
        </message>
        <message>
            <source>{name}: measured rate {measured}, theory {expected}</source>
            <translation>{name}：实测收敛率 {measured}，理论值 {expected}</translation>
        </message>
        <message>
            <source>none (adaptive)</source>
            <translation>无（自适应）</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>constant</source>
            <translation>恒定</translation>
        </message>
        <message>
            <source>step</source>
            <translation>阶梯</translation>
        </message>
        <message>
            <source>exponential</source>
            <translation>指数</translation>
        </message>
        <message>
            <source>cosine</source>
            <translation>余弦</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>f grew from {first} to {last}</source>
            <translation>f 从 {first} 增大到 {last}</translation>
        </message>
        <message>
            <source>f went from {first} to a value too large to compute</source>
            <translation>f 从 {first} 变得大到无法计算</translation>
        </message>
        <message>
            <source>Diverged at step {step}, where the path leaves the view: {grew}.</source>
            <translation>在第 {step} 步发散，路径在此离开视图：{grew}。</translation>
        </message>
        <message>
            <source>Diverged at step {step}: {grew}.</source>
            <translation>在第 {step} 步发散：{grew}。</translation>
        </message>
        <message>
            <source>Escaped the saddle at {saddle} by step {escape}: f fell from {first} to {last} and keeps falling; the path leaves the view at step {step}.</source>
            <translation>到第 {escape} 步已逃离 {saddle} 处的鞍点：f 从 {first} 降到 {last} 并继续下降；路径在第 {step} 步离开视图。</translation>
        </message>
        <message>
            <source>Still going downhill at step {step}, where it leaves the view: f fell from {first} to {last}.</source>
            <translation>在第 {step} 步离开视图时仍在下坡：f 从 {first} 降到 {last}。</translation>
        </message>
        <message>
            <source>Stuck near a saddle since step {since}: at {end} ∇f is almost 0 (|∇f| = {norm}) but f curves down in some direction; f = {last}.</source>
            <translation>从第 {since} 步起困在鞍点附近：在 {end} 处 ∇f 几乎为 0（|∇f| = {norm}），但 f 在某个方向向下弯；f = {last}。</translation>
        </message>
        <message>
            <source>Converged to {end} after {since} steps: f = {last}.</source>
            <translation>{since} 步后收敛到 {end}：f = {last}。</translation>
        </message>
        <message>
            <source>Diverged: f grew from {first} to {last}, above its start from step {step} on.</source>
            <translation>发散：f 从 {first} 增大到 {last}，从第 {step} 步起高于起点。</translation>
        </message>
        <message>
            <source>Escaped the saddle at {saddle} by step {escape} and still moving after {k} steps: f fell from {first} to {last}, now at {end}.</source>
            <translation>到第 {escape} 步已逃离 {saddle} 处的鞍点，{k} 步后仍在移动：f 从 {first} 降到 {last}，现在位于 {end}。</translation>
        </message>
        <message>
            <source>Crawling on a plateau: after {k} steps f has only gone from {first} to {last}; |∇f| = {norm} is too small for steps of η·∇f.</source>
            <translation>在平台上缓慢爬行：{k} 步后 f 仅从 {first} 变为 {last}；|∇f| = {norm} 对于 η·∇f 的步长太小。</translation>
        </message>
        <message>
            <source>Still moving after {k} steps: f went from {first} to {last}, now at {end} (|∇f| = {norm}).</source>
            <translation>{k} 步后仍在移动：f 从 {first} 变为 {last}，现在位于 {end}（|∇f| = {norm}）。</translation>
        </message>
        <message>
            <source>converged</source>
            <translation>收敛</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>发散</translation>
        </message>
        <message>
            <source>stuck at a saddle</source>
            <translation>困在鞍点</translation>
        </message>
        <message>
            <source>still moving</source>
            <translation>仍在移动</translation>
        </message>
    </context>
</TS>
