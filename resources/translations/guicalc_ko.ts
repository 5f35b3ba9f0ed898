<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>App</name>
        <message>
            <source>{name} could not be opened:

{reason}

The window shows the default example.</source>
            <translation>{name} 파일을 열 수 없습니다:

{reason}

창에는 기본 예제가 표시됩니다.</translation>
        </message>
        <message>
            <source>Cannot open lesson</source>
            <translation>수업 파일을 열 수 없음</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>guicalc met an unexpected error and kept running:

{error}

Your work is autosaved. The details below can be copied into a bug report.</source>
            <translation>guicalc에서 예기치 않은 오류가 발생했지만 계속 실행 중입니다:

{error}

작업 내용은 자동 저장되었습니다. 아래 세부 정보를 복사해 버그 보고서에 붙여 넣을 수 있습니다.</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>문제가 발생했습니다</translation>
        </message>
    </context>
    <context>
        <name>CurveController</name>
        <message>
            <source>{expression} has two variables: shown in the surface and field views</source>
            <translation>{expression}은(는) 변수가 두 개입니다: 곡면과 벡터장 보기에 표시됩니다</translation>
        </message>
        <message>
            <source>{text} has no real value between {x0} and {x1}</source>
            <translation>{text}은(는) {x0}에서 {x1} 사이에서 실숫값이 없습니다</translation>
        </message>
        <message>
            <source>{v} = {x}    {f}({v}) = {y}
slope {f}′({x}) = {slope}
tangent: {equation}</source>
            <translation>{v} = {x}    {f}({v}) = {y}
기울기 {f}′({x}) = {slope}
접선: {equation}</translation>
        </message>
        <message>
            <source>{v} = {x}: {f} has no derivative here (value {y}, slope {slope})</source>
            <translation>{v} = {x}: 이 점에서 {f}의 도함수가 없습니다 (함숫값 {y}, 기울기 {slope})</translation>
        </message>
        <message>
            <source>complex step</source>
            <translation>복소 스텝</translation>
        </message>
        <message>
            <source>{method} ({kind})</source>
            <translation>{method} ({kind})</translation>
        </message>
        <message>
            <source>exact f′ = {slope}</source>
            <translation>정확한 f′ = {slope}</translation>
        </message>
        <message>
            <source>f′ ≈ {slope} (complex step: f′ has no symbolic form here)</source>
            <translation>f′ ≈ {slope} (복소 스텝: 여기서는 f′의 기호식이 없습니다)</translation>
        </message>
        <message>
            <source>{method} quotient in {dtype} at {v} = {x}; {reference}</source>
            <translation>{v} = {x}에서 {dtype}(으)로 계산한 {method} 차분 몫; {reference}</translation>
        </message>
        <message>
            <source>Curve of {f}({v}) = {text}</source>
            <translation>{f}({v}) = {text}의 곡선</translation>
        </message>
        <message>
            <source>with the tangent at {v} = {x}, slope {slope}</source>
            <translation>및 {v} = {x}에서의 접선 (기울기 {slope})</translation>
        </message>
        <message>
            <source>with no tangent at {v} = {x}</source>
            <translation>({v} = {x}에서는 접선이 없음)</translation>
        </message>
        <message>
            <source>stopped after {0:g} s</source>
            <translation>{0:g}초 후 중단됨</translation>
        </message>
        <message>
            <source>sympy failed on it</source>
            <translation>sympy가 처리하지 못함</translation>
        </message>
        <message>
            <source>more than {0} nodes</source>
            <translation>노드 {0}개 초과</translation>
        </message>
        <message>
            <source>f{0} is too large to work out symbolically ({1}); it is computed numerically from f</source>
            <translation>f{0}은(는) 너무 커서 기호적으로 구할 수 없으므로 ({1}) f로부터 수치적으로 계산합니다</translation>
        </message>
        <message>
            <source>{0}({1}), numerical: too large to work out ({2})</source>
            <translation>{0}({1}), 수치 계산: 너무 커서 구할 수 없음 ({2})</translation>
        </message>
        <message>
            <source>{0}({1}), numerical while its exact form is worked out</source>
            <translation>{0}({1}), 정확한 식을 구하는 동안 수치 계산</translation>
        </message>
        <message>
            <source>Working… reading the lesson's functions ({0} of {1})</source>
            <translation>작업 중… 수업의 함수를 읽는 중 ({0}/{1})</translation>
        </message>
        <message>
            <source>undefined</source>
            <translation>정의되지 않음</translation>
        </message>
        <message>
            <source>secant slope ({method}, {dtype}, h = {h:.0e}) = {value}</source>
            <translation>할선의 기울기 ({method}, {dtype}, h = {h:.0e}) = {value}</translation>
        </message>
        <message>
            <source>no usable quotient at this point</source>
            <translation>이 점에서는 쓸 수 있는 차분 몫이 없습니다</translation>
        </message>
        <message>
            <source>h ≤ {h:.0e}: {dtype} loses h, the quotient breaks down</source>
            <translation>h ≤ {h:.0e}: {dtype}에서 h가 사라져 차분 몫이 무너집니다</translation>
        </message>
        <message>
            <source>{0} has no real value between {1} and {2}</source>
            <translation>{0}은(는) {1}에서 {2} 사이에서 실숫값이 없습니다</translation>
        </message>
        <message>
            <source>exact f′ = {0}</source>
            <translation>정확한 f′ = {0}</translation>
        </message>
        <message>
            <source>f′ ≈ {0} (complex step: f′ has no symbolic form here)</source>
            <translation>f′ ≈ {0} (복소 스텝: 여기서는 f′의 기호식이 없습니다)</translation>
        </message>
        <message>
            <source>Curve of f({0}) = {1}</source>
            <translation>f({0}) = {1}의 곡선</translation>
        </message>
        <message>
            <source>with the tangent at {0} = {1}, slope {2}</source>
            <translation>및 {0} = {1}에서의 접선 (기울기 {2})</translation>
        </message>
        <message>
            <source>with no tangent at {0} = {1}</source>
            <translation>({0} = {1}에서는 접선이 없음)</translation>
        </message>
        <message>
            <source>{v} = {x}    f({v}) = {y}
slope f′({x}) = {slope}
tangent: {equation}</source>
            <translation>{v} = {x}    f({v}) = {y}
기울기 f′({x}) = {slope}
접선: {equation}</translation>
        </message>
        <message>
            <source>{v} = {x}: f has no derivative here (value {y}, slope {slope})</source>
            <translation>{v} = {x}: 이 점에서 f의 도함수가 없습니다 (함숫값 {y}, 기울기 {slope})</translation>
        </message>
        <message>
            <source>Curve of f({v}) = {text}</source>
            <translation>f({v}) = {text}의 곡선</translation>
        </message>
        <message>
            <source>f{0}({1}), numerical: too large to work out ({2})</source>
            <translation>f{0}({1}), 수치 계산: 너무 커서 구할 수 없음 ({2})</translation>
        </message>
        <message>
            <source>f{0}({1}), numerical while its exact form is worked out</source>
            <translation>f{0}({1}), 정확한 식을 구하는 동안 수치 계산</translation>
        </message>
        <message>
            <source>{v} = {x}    f({v}) = {y}
{why}</source>
            <translation>{v} = {x}    f({v}) = {y}
{why}</translation>
        </message>
        <message>
            <source>f′({x}) does not exist</source>
            <translation>f′({x})가 존재하지 않습니다</translation>
        </message>
        <message>
            <source>{method}, error {error}</source>
            <translation>{method}, 오차 {error}</translation>
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
            <translation>점을 곡선을 따라 끌거나, 여기를 클릭하고 ← → 키를 쓰세요 (Shift: 더 크게 이동)</translation>
        </message>
        <message>
            <source>Curve plot</source>
            <translation>곡선 그래프</translation>
        </message>
        <message>
            <source>tangent</source>
            <translation>접선</translation>
        </message>
        <message>
            <source>secant</source>
            <translation>할선</translation>
        </message>
    </context>
    <context>
        <name>DocumentHistory</name>
        <message>
            <source>function</source>
            <translation>함수</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>색</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>표시 여부</translation>
        </message>
        <message>
            <source>value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>slider minimum</source>
            <translation>슬라이더 최솟값</translation>
        </message>
        <message>
            <source>slider maximum</source>
            <translation>슬라이더 최댓값</translation>
        </message>
        <message>
            <source>method</source>
            <translation>방법</translation>
        </message>
        <message>
            <source>type</source>
            <translation>형식</translation>
        </message>
        <message>
            <source>table rows</source>
            <translation>표의 행 수</translation>
        </message>
        <message>
            <source>show f′</source>
            <translation>f′ 표시</translation>
        </message>
        <message>
            <source>show f″</source>
            <translation>f″ 표시</translation>
        </message>
        <message>
            <source>show secant</source>
            <translation>할선 표시</translation>
        </message>
        <message>
            <source>variable</source>
            <translation>변수</translation>
        </message>
        <message>
            <source>point</source>
            <translation>점</translation>
        </message>
        <message>
            <source>direction v</source>
            <translation>방향 v</translation>
        </message>
        <message>
            <source>surface range</source>
            <translation>곡면 범위</translation>
        </message>
        <message>
            <source>surface grid</source>
            <translation>곡면 격자</translation>
        </message>
        <message>
            <source>field range</source>
            <translation>벡터장 범위</translation>
        </message>
        <message>
            <source>arrow spacing</source>
            <translation>화살표 간격</translation>
        </message>
        <message>
            <source>arrow length</source>
            <translation>화살표 길이</translation>
        </message>
        <message>
            <source>learning rate η</source>
            <translation>학습률 η</translation>
        </message>
        <message>
            <source>descent steps</source>
            <translation>하강 스텝 수</translation>
        </message>
        <message>
            <source>descent start</source>
            <translation>하강 시작점</translation>
        </message>
        <message>
            <source>change {field}</source>
            <translation>{field} 변경</translation>
        </message>
        <message>
            <source>add function</source>
            <translation>함수 추가</translation>
        </message>
        <message>
            <source>remove function</source>
            <translation>함수 삭제</translation>
        </message>
        <message>
            <source>differentiation mode</source>
            <translation>미분 모드</translation>
        </message>
        <message>
            <source>expand composites</source>
            <translation>합성 노드 펼치기</translation>
        </message>
        <message>
            <source>lab point</source>
            <translation>실험실의 점</translation>
        </message>
        <message>
            <source>step h</source>
            <translation>간격 h</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>vector function</source>
            <translation>벡터 함수</translation>
        </message>
        <message>
            <source>Jacobian point</source>
            <translation>야코비안의 점</translation>
        </message>
        <message>
            <source>Jacobian mode</source>
            <translation>야코비안 모드</translation>
        </message>
        <message>
            <source>seed v</source>
            <translation>시드 v</translation>
        </message>
        <message>
            <source>Hessian direction v</source>
            <translation>헤세 방향 v</translation>
        </message>
        <message>
            <source>dual numbers</source>
            <translation>이중수</translation>
        </message>
        <message>
            <source>pinned points</source>
            <translation>고정한 점</translation>
        </message>
        <message>
            <source>table points on the plot</source>
            <translation>그래프 위 표의 점</translation>
        </message>
        <message>
            <source>table x values</source>
            <translation>표 x 값</translation>
        </message>
        <message>
            <source>table step</source>
            <translation>표 간격</translation>
        </message>
        <message>
            <source>table start</source>
            <translation>표 시작값</translation>
        </message>
        <message>
            <source>Taylor centre a</source>
            <translation>테일러 중심 a</translation>
        </message>
        <message>
            <source>Taylor degree</source>
            <translation>테일러 차수</translation>
        </message>
        <message>
            <source>concavity shading</source>
            <translation>오목·볼록 음영</translation>
        </message>
        <message>
            <source>race function</source>
            <translation>경주 함수</translation>
        </message>
        <message>
            <source>race start</source>
            <translation>경주 시작점</translation>
        </message>
        <message>
            <source>race view</source>
            <translation>경주 보기 범위</translation>
        </message>
        <message>
            <source>race steps</source>
            <translation>경주 단계 수</translation>
        </message>
        <message>
            <source>optimizers in the race</source>
            <translation>경주하는 옵티마이저</translation>
        </message>
        <message>
            <source>hyperparameters</source>
            <translation>하이퍼파라미터</translation>
        </message>
        <message>
            <source>learning-rate schedule</source>
            <translation>학습률 스케줄</translation>
        </message>
        <message>
            <source>schedule factor γ</source>
            <translation>스케줄 계수 γ</translation>
        </message>
        <message>
            <source>schedule period</source>
            <translation>스케줄 주기</translation>
        </message>
        <message>
            <source>gradient noise σ</source>
            <translation>기울기 잡음 σ</translation>
        </message>
        <message>
            <source>noise seed</source>
            <translation>잡음 시드</translation>
        </message>
        <message>
            <source>loss scale</source>
            <translation>손실 눈금</translation>
        </message>
    </context>
    <context>
        <name>ErrorView</name>
        <message>
            <source>Error of the quotient against the exact derivative, for each h</source>
            <translation>각 h에 대해, 정확한 도함수와 비교한 차분 몫의 오차</translation>
        </message>
        <message>
            <source>Error plot</source>
            <translation>오차 그래프</translation>
        </message>
        <message>
            <source>|error|</source>
            <translation>|오차|</translation>
        </message>
        <message>
            <source>best h</source>
            <translation>최적 h</translation>
        </message>
        <message>
            <source>truncation</source>
            <translation>절단 오차</translation>
        </message>
        <message>
            <source>rounding</source>
            <translation>반올림 오차</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>cannot export to '{suffix}': choose a .svg or .png file</source>
            <translation>'{suffix}' 형식으로는 내보낼 수 없습니다: .svg 또는 .png 파일을 고르세요</translation>
        </message>
        <message>
            <source>PNG scale must be one of {scales}, not {scale}</source>
            <translation>PNG 배율은 {scale}이(가) 아니라 {scales} 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>the image could not be encoded as PNG</source>
            <translation>이미지를 PNG로 인코딩할 수 없습니다</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>{path}에 쓸 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>there is no function of two variables to descend</source>
            <translation>경사 하강법을 적용할 이변수 함수가 없습니다</translation>
        </message>
        <message>
            <source>Secant turning into the tangent</source>
            <translation>접선이 되어 가는 할선</translation>
        </message>
        <message>
            <source>Gradient descent walked</source>
            <translation>한 걸음씩 따라가는 경사 하강법</translation>
        </message>
        <message>
            <source>Backpropagation stepped through the graph</source>
            <translation>그래프를 한 단계씩 지나는 역전파</translation>
        </message>
        <message>
            <source>cannot write an animation to '{suffix}': choose .gif, .apng, .png or .mp4</source>
            <translation>'{suffix}' 형식으로는 애니메이션을 저장할 수 없습니다: .gif, .apng, .png 또는 .mp4를 고르세요</translation>
        </message>
        <message>
            <source>an animation needs at least 2 frames and 1 to 60 frames a second</source>
            <translation>애니메이션에는 프레임이 2개 이상, 초당 1~60 프레임이 필요합니다</translation>
        </message>
        <message>
            <source>{frames} frames of {width}×{height} are too many for a GIF: choose fewer or smaller</source>
            <translation>{width}×{height} 크기의 프레임 {frames}개는 GIF로 만들기에 너무 많습니다: 더 적게 또는 더 작게 고르세요</translation>
        </message>
        <message>
            <source>cannot export to '{suffix}': choose a .svg, .pdf or .png file</source>
            <translation>'{suffix}' 형식으로는 내보낼 수 없습니다: .svg, .pdf 또는 .png 파일을 고르세요</translation>
        </message>
        <message>
            <source>Optimizer race played</source>
            <translation>옵티마이저 경주 재생</translation>
        </message>
    </context>
    <context>
        <name>ExpressionEdit</name>
        <message>
            <source>type a function, e.g. 3x^2 - 4x</source>
            <translation>함수를 입력하세요. 예: 3x^2 - 4x</translation>
        </message>
    </context>
    <context>
        <name>FieldView</name>
        <message>
            <source>Gradient field plot</source>
            <translation>기울기 벡터장 그래프</translation>
        </message>
        <message>
            <source>Arrow keys move the point, Ctrl+arrows the start of descent, [ and ] turn v, Enter runs descent (Shift: bigger steps)</source>
            <translation>화살표 키로 점을, Ctrl+화살표 키로 하강 시작점을 옮기고, [ 와 ]로 v를 돌리며, Enter로 하강을 실행합니다 (Shift: 더 크게 이동)</translation>
        </message>
        <message>
            <source>−∇f points downhill</source>
            <translation>−∇f는 내리막을 가리킵니다</translation>
        </message>
    </context>
    <context>
        <name>FunctionList</name>
        <message>
            <source>Function {name}</source>
            <translation>함수 {name}</translation>
        </message>
        <message>
            <source>Change the colour</source>
            <translation>색 바꾸기</translation>
        </message>
        <message>
            <source>Function colour</source>
            <translation>함수 색</translation>
        </message>
        <message>
            <source>Show or hide this function</source>
            <translation>이 함수 보이기/숨기기</translation>
        </message>
        <message>
            <source>Show function</source>
            <translation>함수 표시</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>함수</translation>
        </message>
        <message>
            <source>Remove this function</source>
            <translation>이 함수 삭제</translation>
        </message>
        <message>
            <source>Remove function</source>
            <translation>함수 삭제</translation>
        </message>
        <message>
            <source>+ Add function</source>
            <translation>+ 함수 추가</translation>
        </message>
        <message>
            <source>Add another function to the plot (Ctrl+Shift+N)</source>
            <translation>그래프에 함수를 하나 더 추가 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>How the function was read</source>
            <translation>함수를 읽은 방식</translation>
        </message>
        <message>
            <source>read as: {reading}</source>
            <translation>이렇게 읽었습니다: {reading}</translation>
        </message>
    </context>
    <context>
        <name>GraphPanel</name>
        <message>
            <source>Reverse mode (backpropagation)</source>
            <translation>역방향 모드 (역전파)</translation>
        </message>
        <message>
            <source>Forward mode (one pass per input)</source>
            <translation>순방향 모드 (입력마다 한 번씩 통과)</translation>
        </message>
        <message>
            <source>Step forward ▶</source>
            <translation>앞으로 한 단계 ▶</translation>
        </message>
        <message>
            <source>Compute the next node (forward mode: its value and tangent)</source>
            <translation>다음 노드를 계산합니다 (순방향 모드: 값과 접선 성분)</translation>
        </message>
        <message>
            <source>◀ Step backward</source>
            <translation>◀ 뒤로 한 단계</translation>
        </message>
        <message>
            <source>Pass the gradient back through the next node</source>
            <translation>다음 노드를 거쳐 기울기를 뒤로 전달합니다</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>처음으로</translation>
        </message>
        <message>
            <source>Back to the first step (Home in the graph)</source>
            <translation>첫 단계로 돌아가기 (계산 그래프에서 Home)</translation>
        </message>
        <message>
            <source>Expand sigmoid, softplus</source>
            <translation>sigmoid, softplus 펼치기</translation>
        </message>
        <message>
            <source>Show composite nodes as the exp, + and 1/x nodes they are made of</source>
            <translation>합성 노드를 그것을 이루는 exp, +, 1/x 노드로 나누어 보여 줍니다</translation>
        </message>
        <message>
            <source>Differentiation mode</source>
            <translation>미분 모드</translation>
        </message>
        <message>
            <source>Reverse mode passes the gradient back once; forward mode passes a tangent once per input</source>
            <translation>역방향 모드는 기울기를 한 번 뒤로 전달하고, 순방향 모드는 입력마다 한 번씩 접선 성분을 전달합니다</translation>
        </message>
        <message>
            <source>Upstream gradient v: a vector output needs one, e.g. [1, 1, 1, 1]</source>
            <translation>상류 기울기 v: 출력이 벡터이면 필요합니다. 예: [1, 1, 1, 1]</translation>
        </message>
        <message>
            <source>seed v =</source>
            <translation>시드 v =</translation>
        </message>
        <message>
            <source>The value of {name}: a number, or a vector such as [0, 1, 2, 3]</source>
            <translation>{name}의 값: 수 하나 또는 [0, 1, 2, 3] 같은 벡터</translation>
        </message>
        <message>
            <source>seed v</source>
            <translation>시드 v</translation>
        </message>
        <message>
            <source>Dual numbers</source>
            <translation>이중수</translation>
        </message>
        <message>
            <source>Forward mode: show each node as value + tangent·ε</source>
            <translation>순방향 모드: 각 노드를 값 + 접선·ε로 보여 줍니다</translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>Double-click an input to change its value</source>
            <translation>입력 노드를 두 번 클릭하면 값을 바꿀 수 있습니다</translation>
        </message>
        <message>
            <source>Computational graph</source>
            <translation>계산 그래프</translation>
        </message>
    </context>
    <context>
        <name>LimitPanel</name>
        <message>
            <source>quotient</source>
            <translation>차분 몫</translation>
        </message>
        <message>
            <source>error</source>
            <translation>오차</translation>
        </message>
        <message>
            <source>note</source>
            <translation>참고</translation>
        </message>
        <message>
            <source>Limit table</source>
            <translation>극한 표</translation>
        </message>
        <message>
            <source>Limit table caption</source>
            <translation>극한 표 설명</translation>
        </message>
        <message>
            <source>The difference quotient for h = 10⁻¹ … 10⁻ⁿ and its error</source>
            <translation>h = 10⁻¹ … 10⁻ⁿ에 대한 차분 몫과 그 오차</translation>
        </message>
    </context>
    <context>
        <name>LossView</name>
        <message>
            <source>Loss plot</source>
            <translation>손실 그래프</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>스텝 k</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>스텝별 f</translation>
        </message>
        <message>
            <source>f (log scale)</source>
            <translation>f (로그 눈금)</translation>
        </message>
        <message>
            <source>{0}: {1} values</source>
            <translation>{0}: 값 {1}개</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Curve</source>
            <translation>곡선</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Functions</source>
            <translation>함수</translation>
        </message>
        <message>
            <source>Point and tangent</source>
            <translation>점과 접선</translation>
        </message>
        <message>
            <source>Limit of the difference quotient</source>
            <translation>차분 몫의 극한</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Graph</source>
            <translation>계산 그래프</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>Alt+1 to Alt+{last} switch between the views</source>
            <translation>Alt+1 ~ Alt+{last}로 보기를 전환합니다</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>새로 만들기(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>열기(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a saved lesson (.guicalc)</source>
            <translation>저장한 수업 열기 (.guicalc)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>다른 이름으로 저장(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>편집(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>다시 실행</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <source>&amp;Add function</source>
            <translation>함수 추가(&amp;A)</translation>
        </message>
        <message>
            <source>Add another function (Ctrl+Shift+N)</source>
            <translation>함수를 하나 더 추가 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Export figure…</source>
            <translation>그림 내보내기(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the current figure as SVG or PNG (Ctrl+E)</source>
            <translation>현재 그림을 SVG 또는 PNG로 저장 (Ctrl+E)</translation>
        </message>
        <message>
            <source>&amp;Copy figure</source>
            <translation>그림 복사(&amp;C)</translation>
        </message>
        <message>
            <source>⌂ Home</source>
            <translation>⌂ 처음 보기</translation>
        </message>
        <message>
            <source>Back to the default view of the curve (Ctrl+0)</source>
            <translation>곡선의 기본 보기로 돌아가기 (Ctrl+0)</translation>
        </message>
        <message>
            <source>Show f′</source>
            <translation>f′ 보기</translation>
        </message>
        <message>
            <source>Show f″</source>
            <translation>f″ 보기</translation>
        </message>
        <message>
            <source>Edit function</source>
            <translation>함수 편집</translation>
        </message>
        <message>
            <source>Focus the view</source>
            <translation>보기로 포커스 이동</translation>
        </message>
        <message>
            <source>Move the keyboard focus to the plot or graph, where the arrow keys work</source>
            <translation>화살표 키가 작동하는 그래프나 계산 그래프로 키보드 포커스를 옮깁니다</translation>
        </message>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>발표 모드(&amp;P)</translation>
        </message>
        <message>
            <source>Full screen for a projector: large fonts, thick lines (F5; Esc leaves)</source>
            <translation>프로젝터용 전체 화면: 큰 글꼴, 굵은 선 (F5, 나가기는 Esc)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>테마(&amp;T)</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>밝게</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>어둡게</translation>
        </message>
        <message>
            <source>Projector</source>
            <translation>프로젝터</translation>
        </message>
        <message>
            <source>E&amp;xamples</source>
            <translation>예제(&amp;X)</translation>
        </message>
        <message>
            <source>{title} view</source>
            <translation>{title} 보기</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>단축키(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>언어(&amp;L)</translation>
        </message>
        <message>
            <source>Takes effect when guicalc starts again</source>
            <translation>guicalc를 다시 시작하면 적용됩니다</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>시스템 언어</translation>
        </message>
        <message>
            <source>The interface will be in {language} when guicalc starts again.</source>
            <translation>guicalc를 다시 시작하면 화면이 {language}(으)로 표시됩니다.</translation>
        </message>
        <message>
            <source>Example: {title}</source>
            <translation>예제: {title}</translation>
        </message>
        <message>
            <source>Surface and field</source>
            <translation>곡면과 벡터장</translation>
        </message>
        <message>
            <source>SVG vector graphics (*.svg)</source>
            <translation>SVG 벡터 그래픽 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image {scale}× (*.png)</source>
            <translation>PNG 이미지 {scale}× (*.png)</translation>
        </message>
        <message>
            <source>Export figure</source>
            <translation>그림 내보내기</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>내보내기 실패</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>{path}(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Figure copied (SVG and image)</source>
            <translation>그림을 복사했습니다 (SVG와 이미지)</translation>
        </message>
        <message>
            <source>Autodiff lab</source>
            <translation>자동 미분 실험실</translation>
        </message>
        <message>
            <source>Table of values</source>
            <translation>값의 표</translation>
        </message>
        <message>
            <source>Export &amp;animation…</source>
            <translation>애니메이션 내보내기(&amp;A)…</translation>
        </message>
        <message>
            <source>Save the secant, descent or backpropagation as GIF or MP4</source>
            <translation>할선, 경사 하강법 또는 역전파를 GIF나 MP4로 저장</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 문서 (*.pdf)</translation>
        </message>
        <message>
            <source>GIF animation (*.gif)</source>
            <translation>GIF 애니메이션 (*.gif)</translation>
        </message>
        <message>
            <source>MP4 video (*.mp4)</source>
            <translation>MP4 동영상 (*.mp4)</translation>
        </message>
        <message>
            <source>Animated PNG (*.apng)</source>
            <translation>애니메이션 PNG (*.apng)</translation>
        </message>
        <message>
            <source>Export animation</source>
            <translation>애니메이션 내보내기</translation>
        </message>
        <message>
            <source>Making {animation}…</source>
            <translation>{animation} 만드는 중…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Animation cancelled; nothing was written</source>
            <translation>애니메이션을 취소했습니다. 아무것도 저장하지 않았습니다</translation>
        </message>
        <message>
            <source>Save the current figure as SVG, PDF or PNG (Ctrl+E)</source>
            <translation>현재 그림을 SVG, PDF 또는 PNG로 저장 (Ctrl+E)</translation>
        </message>
        <message>
            <source>Taylor</source>
            <translation>테일러</translation>
        </message>
        <message>
            <source>Settings ignored: {note}</source>
            <translation>무시된 설정: {note}</translation>
        </message>
        <message>
            <source>Optimizer race</source>
            <translation>옵티마이저 경주</translation>
        </message>
        <message>
            <source>Save the secant, descent or backpropagation as GIF or MP4 (Ctrl+Shift+E)</source>
            <translation>할선, 경사 하강법 또는 역전파를 GIF나 MP4로 저장 (Ctrl+Shift+E)</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>Parameter {name}</source>
            <translation>매개변수 {name}</translation>
        </message>
        <message>
            <source>The value of {name}</source>
            <translation>{name}의 값</translation>
        </message>
        <message>
            <source>Smallest value on the slider</source>
            <translation>슬라이더의 가장 작은 값</translation>
        </message>
        <message>
            <source>Largest value on the slider</source>
            <translation>슬라이더의 가장 큰 값</translation>
        </message>
        <message>
            <source>from</source>
            <translation>최소</translation>
        </message>
        <message>
            <source>to</source>
            <translation>최대</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>매개변수</translation>
        </message>
    </context>
    <context>
        <name>ParseError</name>
        <message>
            <source>Column {column}: {message}</source>
            <translation>{column}번째 열: {message}</translation>
        </message>
    </context>
    <context>
        <name>PointPanel</name>
        <message>
            <source>forward</source>
            <translation>전진</translation>
        </message>
        <message>
            <source>backward</source>
            <translation>후진</translation>
        </message>
        <message>
            <source>central</source>
            <translation>중앙</translation>
        </message>
        <message>
            <source>auto</source>
            <translation>자동</translation>
        </message>
        <message>
            <source>Where the tangent touches the curve</source>
            <translation>접선이 곡선에 닿는 곳</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>점의 x</translation>
        </message>
        <message>
            <source>forward (f(x+h)−f(x))/h · backward (f(x)−f(x−h))/h · central (f(x+h)−f(x−h))/2h · auto: complex step or Richardson</source>
            <translation>전진 (f(x+h)−f(x))/h · 후진 (f(x)−f(x−h))/h · 중앙 (f(x+h)−f(x−h))/2h · 자동: 복소 스텝 또는 Richardson</translation>
        </message>
        <message>
            <source>Difference method</source>
            <translation>차분 방법</translation>
        </message>
        <message>
            <source>The floating-point type the quotient is computed in: float16 shows rounding break the limit early</source>
            <translation>차분 몫을 계산하는 부동소수점 형식: float16에서는 반올림 때문에 극한이 일찍 무너집니다</translation>
        </message>
        <message>
            <source>Floating-point type</source>
            <translation>부동소수점 형식</translation>
        </message>
        <message>
            <source>The secant's step h (log scale)</source>
            <translation>할선의 간격 h (로그 눈금)</translation>
        </message>
        <message>
            <source>Step h</source>
            <translation>간격 h</translation>
        </message>
        <message>
            <source>▶ shrink h</source>
            <translation>▶ h 줄이기</translation>
        </message>
        <message>
            <source>Shrink h step by step: watch the secant turn into the tangent (Space)</source>
            <translation>h를 조금씩 줄여 할선이 접선이 되는 모습을 봅니다 (Space)</translation>
        </message>
        <message>
            <source>Shrink h</source>
            <translation>h 줄이기</translation>
        </message>
        <message>
            <source>Rows of the limit table: h = 10⁻¹ … 10⁻ⁿ</source>
            <translation>극한 표의 행: h = 10⁻¹ … 10⁻ⁿ</translation>
        </message>
        <message>
            <source>Show the derivative f′ (Ctrl+1)</source>
            <translation>도함수 f′ 보기 (Ctrl+1)</translation>
        </message>
        <message>
            <source>Show the second derivative f″ (Ctrl+2)</source>
            <translation>이계도함수 f″ 보기 (Ctrl+2)</translation>
        </message>
        <message>
            <source>secant</source>
            <translation>할선</translation>
        </message>
        <message>
            <source>Show the secant through x and x + h</source>
            <translation>x와 x + h를 지나는 할선 보기</translation>
        </message>
        <message>
            <source>Tangent readout</source>
            <translation>접선 정보</translation>
        </message>
        <message>
            <source>Secant readout</source>
            <translation>할선 정보</translation>
        </message>
        <message>
            <source>Point &amp;x</source>
            <translation>점 x(&amp;X)</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>방법(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>형식(&amp;T)</translation>
        </message>
        <message>
            <source>Step &amp;h</source>
            <translation>간격 &amp;h</translation>
        </message>
        <message>
            <source>Table rows</source>
            <translation>표의 행 수</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>■ stop</source>
            <translation>■ 멈춤</translation>
        </message>
    </context>
    <context>
        <name>RangeEditor</name>
        <message>
            <source>from</source>
            <translation>최소</translation>
        </message>
        <message>
            <source>to</source>
            <translation>최대</translation>
        </message>
        <message>
            <source>{0}: {1} from</source>
            <translation>{0}: {1} 최솟값</translation>
        </message>
        <message>
            <source>Where the {0} axis starts</source>
            <translation>{0} 축이 시작하는 곳</translation>
        </message>
        <message>
            <source>{0}: {1} to</source>
            <translation>{0}: {1} 최댓값</translation>
        </message>
        <message>
            <source>Where the {0} axis ends</source>
            <translation>{0} 축이 끝나는 곳</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Curve plot</source>
            <translation>곡선 그래프</translation>
        </message>
        <message>
            <source>Gradient field plot</source>
            <translation>기울기 벡터장 그래프</translation>
        </message>
        <message>
            <source>Graph view</source>
            <translation>계산 그래프 보기</translation>
        </message>
        <message>
            <source>← →</source>
            <translation>← →</translation>
        </message>
        <message>
            <source>Move the point along the curve</source>
            <translation>곡선을 따라 점 이동</translation>
        </message>
        <message>
            <source>Shift+← →</source>
            <translation>Shift+← →</translation>
        </message>
        <message>
            <source>Move the point ten times as far</source>
            <translation>점을 열 배 멀리 이동</translation>
        </message>
        <message>
            <source>Point and tangent</source>
            <translation>점과 접선</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Shrink h step by step, or stop</source>
            <translation>h를 조금씩 줄이기 또는 멈추기</translation>
        </message>
        <message>
            <source>← → ↑ ↓</source>
            <translation>← → ↑ ↓</translation>
        </message>
        <message>
            <source>Move the point (Shift: ten times as far)</source>
            <translation>점 이동 (Shift: 열 배 멀리)</translation>
        </message>
        <message>
            <source>[ ]</source>
            <translation>[ ]</translation>
        </message>
        <message>
            <source>Turn the direction v (Shift: 45°)</source>
            <translation>방향 v 돌리기 (Shift: 45°)</translation>
        </message>
        <message>
            <source>Ctrl+← → ↑ ↓</source>
            <translation>Ctrl+← → ↑ ↓</translation>
        </message>
        <message>
            <source>Move the start of gradient descent</source>
            <translation>경사 하강법의 시작점 이동</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Run gradient descent</source>
            <translation>경사 하강법 실행</translation>
        </message>
        <message>
            <source>→ or N</source>
            <translation>→ 또는 N</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>앞으로 한 단계</translation>
        </message>
        <message>
            <source>← or P</source>
            <translation>← 또는 P</translation>
        </message>
        <message>
            <source>Step backward (the gradient pass)</source>
            <translation>뒤로 한 단계 (기울기 전달)</translation>
        </message>
        <message>
            <source>Next step, forward then backward</source>
            <translation>다음 단계 (순전파 다음에 역전파)</translation>
        </message>
        <message>
            <source>Home or R</source>
            <translation>Home 또는 R</translation>
        </message>
        <message>
            <source>Back to the first step</source>
            <translation>첫 단계로 돌아가기</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation>어디서나</translation>
        </message>
        <message>
            <source>Tab, Shift+Tab</source>
            <translation>Tab, Shift+Tab</translation>
        </message>
        <message>
            <source>Next or previous control</source>
            <translation>다음 또는 이전 컨트롤</translation>
        </message>
        <message>
            <source>{0}, then arrows and Enter</source>
            <translation>{0} 누른 뒤 화살표 키와 Enter</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>단축키</translation>
        </message>
        <message>
            <source>Menu and toolbar shortcuts</source>
            <translation>메뉴와 도구 모음 단축키</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>동작</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>키</translation>
        </message>
        <message>
            <source>Keys inside the views</source>
            <translation>보기 안에서 쓰는 키</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>위치</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>기능</translation>
        </message>
        <message>
            <source>Menus</source>
            <translation>메뉴</translation>
        </message>
        <message>
            <source>In the views</source>
            <translation>보기 안에서</translation>
        </message>
        <message>
            <source>Pin a labelled point where the point is</source>
            <translation>점이 있는 곳에 좌표가 표시된 점 고정하기</translation>
        </message>
        <message>
            <source>Move the point to the previous or next point of interest</source>
            <translation>점을 이전 또는 다음 관심 점으로 옮기기</translation>
        </message>
        <message>
            <source>Taylor view</source>
            <translation>테일러 보기</translation>
        </message>
        <message>
            <source>Ctrl+] Ctrl+[</source>
            <translation>Ctrl+] Ctrl+[</translation>
        </message>
        <message>
            <source>Raise or lower the degree n</source>
            <translation>차수 n을 올리거나 내리기</translation>
        </message>
        <message>
            <source>Taylor plot</source>
            <translation>테일러 그래프</translation>
        </message>
        <message>
            <source>Move the centre a (Shift: ten times as far)</source>
            <translation>중심 a 이동 (Shift: 열 배 멀리)</translation>
        </message>
    </context>
    <context>
        <name>SurfaceView</name>
        <message>
            <source>3D view needs OpenGL</source>
            <translation>3D 보기에는 OpenGL이 필요합니다</translation>
        </message>
        <message>
            <source>3D view needs OpenGL context sharing (Qt.AA_ShareOpenGLContexts) for a second 3D view</source>
            <translation>두 번째 3D 보기에는 OpenGL 컨텍스트 공유(Qt.AA_ShareOpenGLContexts)가 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>TwoVariablePanel</name>
        <message>
            <source>The readouts and settings below the views; scrolls on a small screen</source>
            <translation>보기 아래의 표시값과 설정; 작은 화면에서는 스크롤됩니다</translation>
        </message>
        <message>
            <source>Point, direction and descent</source>
            <translation>점, 방향, 경사 하강</translation>
        </message>
        <message>
            <source>set an expression first</source>
            <translation>먼저 식을 입력하세요</translation>
        </message>
        <message>
            <source>horizontal axes:</source>
            <translation>수평 축:</translation>
        </message>
        <message>
            <source>and</source>
            <translation>와(과)</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>곡면</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>벡터장</translation>
        </message>
        <message>
            <source>same length</source>
            <translation>같은 길이</translation>
        </message>
        <message>
            <source>Arrows of one length show the direction of −∇f only</source>
            <translation>화살표 길이를 같게 하면 −∇f의 방향만 보입니다</translation>
        </message>
        <message>
            <source>grid</source>
            <translation>격자</translation>
        </message>
        <message>
            <source>arrows every</source>
            <translation>화살표 간격</translation>
        </message>
        <message>
            <source>Gradient readout</source>
            <translation>기울기 정보</translation>
        </message>
        <message>
            <source>At the point</source>
            <translation>이 점에서</translation>
        </message>
        <message>
            <source>Directional derivative readout</source>
            <translation>방향 도함수 정보</translation>
        </message>
        <message>
            <source>Directional derivative (drag the tip of v)</source>
            <translation>방향 도함수 (v의 끝을 끌어 보세요)</translation>
        </message>
        <message>
            <source>angle of v</source>
            <translation>v의 각도</translation>
        </message>
        <message>
            <source>Run descent</source>
            <translation>하강 실행</translation>
        </message>
        <message>
            <source>Descent readout</source>
            <translation>하강 정보</translation>
        </message>
        <message>
            <source>Click the field to choose a start, then Run.</source>
            <translation>벡터장을 클릭해 시작점을 고른 뒤 실행하세요.</translation>
        </message>
        <message>
            <source>Gradient descent  x ← x − η∇f(x)</source>
            <translation>경사 하강법  x ← x − η∇f(x)</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>스텝 수</translation>
        </message>
        <message>
            <source>start x</source>
            <translation>시작 x</translation>
        </message>
        <message>
            <source>First horizontal axis</source>
            <translation>첫째 수평 축</translation>
        </message>
        <message>
            <source>The variable along the first axis</source>
            <translation>첫째 축을 따라 놓이는 변수</translation>
        </message>
        <message>
            <source>Second horizontal axis</source>
            <translation>둘째 수평 축</translation>
        </message>
        <message>
            <source>The variable along the second axis</source>
            <translation>둘째 축을 따라 놓이는 변수</translation>
        </message>
        <message>
            <source>Surface grid</source>
            <translation>곡면 격자</translation>
        </message>
        <message>
            <source>Samples per axis of the surface</source>
            <translation>곡면의 축당 표본 수</translation>
        </message>
        <message>
            <source>Arrow spacing</source>
            <translation>화살표 간격</translation>
        </message>
        <message>
            <source>Distance between the arrows of −∇f</source>
            <translation>−∇f 화살표 사이의 거리</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>점의 x</translation>
        </message>
        <message>
            <source>First coordinate of the point</source>
            <translation>점의 첫째 좌표</translation>
        </message>
        <message>
            <source>Point y</source>
            <translation>점의 y</translation>
        </message>
        <message>
            <source>Second coordinate of the point</source>
            <translation>점의 둘째 좌표</translation>
        </message>
        <message>
            <source>Angle of v</source>
            <translation>v의 각도</translation>
        </message>
        <message>
            <source>Direction of the directional derivative</source>
            <translation>방향 도함수의 방향</translation>
        </message>
        <message>
            <source>Learning rate η</source>
            <translation>학습률 η</translation>
        </message>
        <message>
            <source>Step size of gradient descent</source>
            <translation>경사 하강법의 스텝 크기</translation>
        </message>
        <message>
            <source>Descent steps</source>
            <translation>하강 스텝 수</translation>
        </message>
        <message>
            <source>How many steps descent takes</source>
            <translation>하강을 몇 스텝 진행할지</translation>
        </message>
        <message>
            <source>Descent start x</source>
            <translation>하강 시작 x</translation>
        </message>
        <message>
            <source>First coordinate where descent starts</source>
            <translation>하강 시작점의 첫째 좌표</translation>
        </message>
        <message>
            <source>Descent start y</source>
            <translation>하강 시작 y</translation>
        </message>
        <message>
            <source>Second coordinate where descent starts</source>
            <translation>하강 시작점의 둘째 좌표</translation>
        </message>
        <message>
            <source>Run gradient descent from the start (Enter in the field plot)</source>
            <translation>시작점에서 경사 하강법 실행 (벡터장 그래프에서 Enter)</translation>
        </message>
        <message>
            <source>Surface plot</source>
            <translation>곡면 그래프</translation>
        </message>
        <message>
            <source>point ({0}, {1}) = ({2}, {3}), f = {4}</source>
            <translation>점 ({0}, {1}) = ({2}, {3}), f = {4}</translation>
        </message>
        <message>
            <source>Contours and −∇f arrows of {0}; {1}; v at {2}°; descent starts at ({3}, {4})</source>
            <translation>{0}의 등고선과 −∇f 화살표; {1}; v의 각도 {2}°; 하강 시작점 ({3}, {4})</translation>
        </message>
        <message>
            <source>Surface of {0} with the tangent plane at the {1}</source>
            <translation>{0}의 곡면과 접평면, {1}</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>스텝별 f</translation>
        </message>
        <message>
            <source>Step {k} of {steps}: f = {f}</source>
            <translation>{steps}스텝 중 {k}번째: f = {f}</translation>
        </message>
        <message>
            <source>DIVERGING: f grows</source>
            <translation>발산 중: f가 커집니다</translation>
        </message>
        <message>
            <source>f per step: converged</source>
            <translation>스텝별 f: 수렴함</translation>
        </message>
        <message>
            <source>Directional derivative</source>
            <translation>방향 도함수</translation>
        </message>
        <message>
            <source>Curvature and Newton</source>
            <translation>곡률과 뉴턴법</translation>
        </message>
        <message>
            <source>The Hessian at the point and Newton's method</source>
            <translation>점에서의 헤세 행렬과 뉴턴법</translation>
        </message>
        <message>
            <source>The Hessian at the point, its eigenvalues, the kind of point and Newton's step</source>
            <translation>점에서의 헤세 행렬과 그 고윳값, 점의 종류, 뉴턴 스텝</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceFiles</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>최근 파일(&amp;R)</translation>
        </message>
        <message>
            <source>Open lesson</source>
            <translation>수업 열기</translation>
        </message>
        <message>
            <source>{name} could not be opened:

{reason}

Nothing was changed.</source>
            <translation>{name} 파일을 열 수 없습니다:

{reason}

아무것도 바뀌지 않았습니다.</translation>
        </message>
        <message>
            <source>Cannot open lesson</source>
            <translation>수업 파일을 열 수 없음</translation>
        </message>
        <message>
            <source>Save lesson</source>
            <translation>수업 저장</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>저장하지 않은 변경 사항</translation>
        </message>
        <message>
            <source>Save the changes to {name}?</source>
            <translation>{name}의 변경 사항을 저장할까요?</translation>
        </message>
        <message>
            <source>Autosave failed: {reason}</source>
            <translation>자동 저장 실패: {reason}</translation>
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation>저장하지 않은 작업을 복구할까요?</translation>
        </message>
        <message>
            <source>guicalc did not close properly last time. Restore the work autosaved at {stamp}?</source>
            <translation>지난번에 guicalc가 제대로 종료되지 않았습니다. {stamp}에 자동 저장된 작업을 복구할까요?</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>복구할 수 없음</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>저장할 수 없음</translation>
        </message>
        <message>
            <source>{path} was not saved:

{reason}</source>
            <translation>{path}을(를) 저장하지 못했습니다:

{reason}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path}에 저장했습니다</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>제목 없음</translation>
        </message>
        <message>
            <source>guicalc lessons (*{suffix})</source>
            <translation>guicalc 수업 (*{suffix})</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>디스크의 파일이 바뀜</translation>
        </message>
        <message>
            <source>{name} was changed by another program or window since it was opened here. Replace it with this lesson?</source>
            <translation>{name} 파일은 여기서 연 뒤에 다른 프로그램이나 창에서 바뀌었습니다. 이 수업으로 덮어쓸까요?</translation>
        </message>
        <message>
            <source>Autosave is off: {reason}</source>
            <translation>자동 저장이 꺼졌습니다: {reason}</translation>
        </message>
        <message>
            <source>Autosave: {reason}</source>
            <translation>자동 저장: {reason}</translation>
        </message>
        <message>
            <source>{count} more autosaved lessons will be offered at the next start</source>
            <translation>자동 저장된 수업 {count}개는 다음 시작 때 다시 제안합니다</translation>
        </message>
        <message>
            <source>{count} sessions left unsaved work.</source>
            <translation>{count}개 세션에 저장하지 않은 작업이 남아 있습니다.</translation>
        </message>
        <message>
            <source>No keeps it for the next start; Discard deletes it.</source>
            <translation>'아니요'는 다음 시작 때까지 보관하고, '버리기'는 삭제합니다.</translation>
        </message>
    </context>
    <context>
        <name>analysis</name>
        <message>
            <source>no tangent here</source>
            <translation>이 점에는 접선이 없습니다</translation>
        </message>
        <message>
            <source>{why}; this forward quotient tends to the right slope {slope}</source>
            <translation>{why}; 이 전진 차분몫은 오른쪽 기울기 {slope}에 가까워집니다</translation>
        </message>
        <message>
            <source>{why}; this backward quotient tends to the left slope {slope}</source>
            <translation>{why}; 이 후진 차분몫은 왼쪽 기울기 {slope}에 가까워집니다</translation>
        </message>
        <message>
            <source>{why}; the central quotient averages the two one-sided slopes</source>
            <translation>{why}; 중심 차분몫은 두 한쪽 기울기의 평균입니다</translation>
        </message>
    </context>
    <context>
        <name>descent</name>
        <message>
            <source>Diverged after {k} steps: {grew}. The learning rate η = {rate} is too large.</source>
            <translation>{k}스텝 후 발산했습니다: {grew}. 학습률 η = {rate}이(가) 너무 큽니다.</translation>
        </message>
        <message>
            <source>Diverged after {k} steps: {grew}. The learning rate η = {rate} is too large; the path leaves the view at step {left}.</source>
            <translation>{k}스텝 후 발산했습니다: {grew}. 학습률 η = {rate}이(가) 너무 큽니다. 경로는 {left}번째 스텝에서 화면을 벗어납니다.</translation>
        </message>
        <message>
            <source>f grew from {first} to {last}</source>
            <translation>f가 {first}에서 {last}(으)로 커졌습니다</translation>
        </message>
        <message>
            <source>f went from {first} to a value too large to compute</source>
            <translation>f가 {first}에서 계산할 수 없을 만큼 큰 값이 되었습니다</translation>
        </message>
        <message>
            <source>Stopped after {k} steps: ∇f is undefined at {end}, so there is no step to take.</source>
            <translation>{k}스텝 후 멈췄습니다: {end}에서 ∇f가 정의되지 않아 더 나아갈 수 없습니다.</translation>
        </message>
        <message>
            <source>Converged to {end} after {k} steps: f = {last}.</source>
            <translation>{k}스텝 후 {end}(으)로 수렴했습니다: f = {last}.</translation>
        </message>
        <message>
            <source>Not converged after {k} steps: f went from {first} to {last}, now at {end}. Try more steps or another learning rate.</source>
            <translation>{k}스텝 후에도 수렴하지 않았습니다: f는 {first}에서 {last}(으)로 바뀌었고 지금 {end}에 있습니다. 스텝 수를 늘리거나 학습률을 바꿔 보세요.</translation>
        </message>
        <message>
            <source>Not converged after {k} steps: f went from {first} to {last}, now at {end}. Try more steps or another learning rate; the path leaves the view at step {left}.</source>
            <translation>{k}스텝 후에도 수렴하지 않았습니다: f는 {first}에서 {last}(으)로 바뀌었고 지금 {end}에 있습니다. 스텝 수를 늘리거나 학습률을 바꿔 보세요. 경로는 {left}번째 스텝에서 화면을 벗어납니다.</translation>
        </message>
    </context>
    <context>
        <name>difference</name>
        <message>
            <source>x = {x:g} is beyond the range of {dtype}</source>
            <translation>x = {x:g}은(는) {dtype}의 범위를 벗어납니다</translation>
        </message>
        <message>
            <source>h = {h:g} rounds to 0 in {dtype}: the quotient would divide by zero</source>
            <translation>h = {h:g}은(는) {dtype}에서 0으로 반올림됩니다: 차분 몫이 0으로 나누게 됩니다</translation>
        </message>
        <message>
            <source>x ± h rounds back to x in {dtype} (h is below its resolution near x = {x:g}): the numerator is 0</source>
            <translation>{dtype}에서 x ± h가 다시 x로 반올림됩니다 (x = {x:g} 근처에서 h가 분해능보다 작음): 분자가 0입니다</translation>
        </message>
        <message>
            <source>f is not finite near x = {x:g}</source>
            <translation>x = {x:g} 근처에서 f가 유한하지 않습니다</translation>
        </message>
        <message>
            <source>f has no real value at x = {x:g}</source>
            <translation>x = {x:g}에서 f의 실숫값이 없습니다</translation>
        </message>
        <message>
            <source>f is not differentiable at x = {x:g}</source>
            <translation>x = {x:g}에서 f는 미분 가능하지 않습니다</translation>
        </message>
        <message>
            <source>central difference at 60+ digits</source>
            <translation>60자리 이상의 중심 차분</translation>
        </message>
        <message>
            <source>no derivative at x = {x:g}</source>
            <translation>x = {x:g}에서 도함수가 없습니다</translation>
        </message>
        <message>
            <source>the {kind} in float64 was off by {error:.1e}; a central difference at 60+ digits gives this value</source>
            <translation>float64의 {kind}는 {error:.1e}만큼 벗어났습니다; 이 값은 60자리 이상의 중심 차분으로 구했습니다</translation>
        </message>
        <message>
            <source>auto missed its target: {value:.6g} differs from the exact f′ = {exact:.12g} by {error:.1e}</source>
            <translation>자동 방법이 목표에 이르지 못했습니다: {value:.6g}는 정확한 f′ = {exact:.12g}와 {error:.1e}만큼 다릅니다</translation>
        </message>
    </context>
    <context>
        <name>directional</name>
        <message>
            <source>Drag the arrow tip to choose a direction v.</source>
            <translation>화살표 끝을 끌어 방향 v를 고르세요.</translation>
        </message>
        <message>
            <source>undefined (∇f is undefined here)</source>
            <translation>정의되지 않음 (여기서 ∇f가 정의되지 않음)</translation>
        </message>
    </context>
    <context>
        <name>examples</name>
        <message>
            <source>Derivatives and limits</source>
            <translation>도함수와 극한</translation>
        </message>
        <message>
            <source>f(x) = 3x² − 4x: the limit at x = 1 (d2l 2.4)</source>
            <translation>f(x) = 3x² − 4x: x = 1에서의 극한 (d2l 2.4)</translation>
        </message>
        <message>
            <source>Rounding: the same limit in float16</source>
            <translation>반올림 오차: 같은 극한을 float16으로</translation>
        </message>
        <message>
            <source>Exercise: x³ − 1/x and its tangent at x = 1</source>
            <translation>연습: x³ − 1/x와 x = 1에서의 접선</translation>
        </message>
        <message>
            <source>Central difference: 0.01x² + 0.1x at x = 5</source>
            <translation>중앙 차분: x = 5에서 0.01x² + 0.1x</translation>
        </message>
        <message>
            <source>Chain rule: x₁² + 2x₂ with x₁ = sin t, x₂ = cos t</source>
            <translation>연쇄 법칙: x₁ = sin t, x₂ = cos t일 때 x₁² + 2x₂</translation>
        </message>
        <message>
            <source>sigmoid(x) and its derivative σ(1 − σ)</source>
            <translation>sigmoid(x)와 그 도함수 σ(1 − σ)</translation>
        </message>
        <message>
            <source>Gradients</source>
            <translation>기울기</translation>
        </message>
        <message>
            <source>x0² + x1²: surface and −∇f field</source>
            <translation>x0² + x1²: 곡면과 −∇f 벡터장</translation>
        </message>
        <message>
            <source>Exercise: 3x1² + 5e^x2</source>
            <translation>연습: 3x1² + 5e^x2</translation>
        </message>
        <message>
            <source>Exercise: ‖x‖₂ = sqrt(x1² + x2²)</source>
            <translation>연습: ‖x‖₂ = sqrt(x1² + x2²)</translation>
        </message>
        <message>
            <source>Backpropagation</source>
            <translation>역전파</translation>
        </message>
        <message>
            <source>(a + b)·c at a = 50, b = 70, c = 2</source>
            <translation>a = 50, b = 70, c = 2에서 (a + b)·c</translation>
        </message>
        <message>
            <source>x·y at x = 2, y = 3</source>
            <translation>x = 2, y = 3에서 x·y</translation>
        </message>
        <message>
            <source>exp(x) at x = 2</source>
            <translation>x = 2에서 exp(x)</translation>
        </message>
        <message>
            <source>1/x at x = 4</source>
            <translation>x = 4에서 1/x</translation>
        </message>
        <message>
            <source>sigmoid(x) at x = 0, as one node</source>
            <translation>x = 0에서 sigmoid(x), 노드 하나로</translation>
        </message>
        <message>
            <source>2·xᵀx with x = [0, 1, 2, 3]</source>
            <translation>x = [0, 1, 2, 3]일 때 2·xᵀx</translation>
        </message>
        <message>
            <source>x·x needs a seed v (vector output)</source>
            <translation>x·x에는 시드 v가 필요합니다 (벡터 출력)</translation>
        </message>
    </context>
    <context>
        <name>graph</name>
        <message>
            <source>the expression has no variable, so there is nothing to differentiate</source>
            <translation>식에 변수가 없어 미분할 것이 없습니다</translation>
        </message>
        <message>
            <source>give a value for {names}</source>
            <translation>{names}의 값을 주세요</translation>
        </message>
        <message>
            <source>{name} has {size}</source>
            <translation>{name}은(는) {size}개</translation>
        </message>
        <message>
            <source>the vectors have different lengths ({lengths})</source>
            <translation>벡터의 길이가 서로 다릅니다 ({lengths})</translation>
        </message>
        <message>
            <source>grad can be implicitly created only for scalar outputs: the output is a vector of {size} elements, so give a seed vector v of that length to compute vᵀJ</source>
            <translation>기울기는 출력이 스칼라일 때만 암묵적으로 만들 수 있습니다: 출력이 원소 {size}개짜리 벡터이므로, vᵀJ를 계산하려면 같은 길이의 시드 벡터 v를 주세요</translation>
        </message>
        <message>
            <source>the seed v must have the output's shape: the output is {output}, v is {seed}</source>
            <translation>시드 v는 출력과 모양이 같아야 합니다: 출력은 {output}, v는 {seed}입니다</translation>
        </message>
        <message>
            <source>{node} passes the upstream gradient {upstream} unchanged to {targets}</source>
            <translation>{node}는 상류 기울기 {upstream}을(를) 그대로 {targets}에 전달합니다</translation>
        </message>
        <message>
            <source>{node} receives {upstream} from upstream and passes upstream × local derivative:</source>
            <translation>{node}는 상류에서 {upstream}을(를) 받아 상류 기울기 × 국소 도함수를 전달합니다:</translation>
        </message>
        <message>
            <source>to {input}: {product}</source>
            <translation>{input}(으)로: {product}</translation>
        </message>
        <message>
            <source>grad {value}</source>
            <translation>기울기 {value}</translation>
        </message>
        <message>
            <source>Forward pass: {done} of {n} operations computed.</source>
            <translation>순전파: 연산 {n}개 중 {done}개를 계산했습니다.</translation>
        </message>
        <message>
            <source>Forward pass: {done} of {n} operations computed. Output {output}.</source>
            <translation>순전파: 연산 {n}개 중 {done}개를 계산했습니다. 출력 {output}.</translation>
        </message>
        <message>
            <source>Backward pass: {done} of {n} operations.</source>
            <translation>역전파: 연산 {n}개 중 {done}개.</translation>
        </message>
        <message>
            <source>Backward pass complete: {gradients}.</source>
            <translation>역전파 완료: {gradients}.</translation>
        </message>
        <message>
            <source>Step forward to compute the values, or backward to run backpropagation.</source>
            <translation>앞으로 진행해 값을 계산하거나, 뒤로 진행해 역전파를 실행하세요.</translation>
        </message>
        <message>
            <source>Pass {index} starts with d{input}/d{input} = 1 and every other input's tangent 0.</source>
            <translation>{index}번째 통과는 d{input}/d{input} = 1, 다른 모든 입력의 접선 성분 0에서 시작합니다.</translation>
        </message>
        <message>
            <source>Forward mode, pass {index} of {passes} (along {input}): {done} of {n} operations. Forward mode needs one pass per input ({passes}); reverse mode one backward pass per output ({outputs}).</source>
            <translation>순방향 모드, {passes}번 중 {index}번째 통과 ({input} 방향): 연산 {n}개 중 {done}개. 순방향 모드는 입력마다 한 번씩 ({passes}번) 통과해야 하고, 역방향 모드는 출력마다 역방향 통과 한 번 ({outputs}번)이면 됩니다.</translation>
        </message>
        <message>
            <source>{node}: no derivative exists at {x}; the graph passes 0 back there, as PyTorch and JAX do</source>
            <translation>{node}: {x}에서 도함수가 존재하지 않습니다; 그래프는 PyTorch와 JAX처럼 그곳에서 0을 되돌려 보냅니다</translation>
        </message>
        <message>
            <source>{node}: the local derivative at {x} is {exact}, which float64 rounds to 0: the gradient vanishes here (PyTorch computes 0 as well)</source>
            <translation>{node}: {x}에서의 국소 도함수는 {exact}인데, float64는 이를 0으로 반올림합니다: 여기서 기울기가 소실됩니다 (PyTorch도 0을 계산합니다)</translation>
        </message>
        <message>
            <source>{input} (argument {k})</source>
            <translation>{input} (인수 {k})</translation>
        </message>
    </context>
    <context>
        <name>parse</name>
        <message>
            <source>the expression is too long ({length} characters; the limit is {limit})</source>
            <translation>식이 너무 깁니다 ({length}자, 한도는 {limit}자)</translation>
        </message>
        <message>
            <source>type an expression, for example 3x^2 - 4x</source>
            <translation>식을 입력하세요. 예: 3x^2 - 4x</translation>
        </message>
        <message>
            <source>this number has {digits} digits; at most {limit} are allowed</source>
            <translation>이 수는 {digits}자리입니다. 최대 {limit}자리까지 쓸 수 있습니다</translation>
        </message>
        <message>
            <source>a name cannot end with '_' or contain '__'</source>
            <translation>이름은 '_'로 끝나거나 '__'를 포함할 수 없습니다</translation>
        </message>
        <message>
            <source>unknown function '{name}'</source>
            <translation>알 수 없는 함수 '{name}'</translation>
        </message>
        <message>
            <source>'{name}' is a function: write {name}({suffix}) or {name}(x)</source>
            <translation>'{name}'은(는) 함수입니다: {name}({suffix}) 또는 {name}(x)처럼 쓰세요</translation>
        </message>
        <message>
            <source>text in quotes is not part of an expression</source>
            <translation>따옴표 안의 글자는 식에 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>'=' is not needed: type only the right-hand side, for example 3x^2 - 4x</source>
            <translation>'='는 필요 없습니다: 오른쪽 변만 입력하세요. 예: 3x^2 - 4x</translation>
        </message>
        <message>
            <source>'{char}' is not used here: group with ( and )</source>
            <translation>'{char}'는 여기서 쓰지 않습니다: ( 와 )로 묶으세요</translation>
        </message>
        <message>
            <source>invisible character {name} (U+{code:04X}) is not allowed</source>
            <translation>보이지 않는 문자 {name} (U+{code:04X})는 쓸 수 없습니다</translation>
        </message>
        <message>
            <source>'{char}' is not part of the expression language</source>
            <translation>'{char}'는 식에 쓸 수 있는 문자가 아닙니다</translation>
        </message>
        <message>
            <source>'{opening}' at column {column} is not closed: expected '{closing}' before the end</source>
            <translation>{column}번째 열의 '{opening}'가 닫히지 않았습니다: 끝나기 전에 '{closing}'가 있어야 합니다</translation>
        </message>
        <message>
            <source>'{opening}' at column {column} is not closed: expected '{closing}' before '{token}'</source>
            <translation>{column}번째 열의 '{opening}'가 닫히지 않았습니다: '{token}' 앞에 '{closing}'가 있어야 합니다</translation>
        </message>
        <message>
            <source>the expression is nested too deeply (more than {limit} levels)</source>
            <translation>식이 너무 깊게 중첩되었습니다 ({limit}단계 초과)</translation>
        </message>
        <message>
            <source>')' has no matching '('</source>
            <translation>')'에 짝이 되는 '('가 없습니다</translation>
        </message>
        <message>
            <source>unexpected '{token}'</source>
            <translation>예상하지 못한 '{token}'</translation>
        </message>
        <message>
            <source>division by zero</source>
            <translation>0으로 나누기</translation>
        </message>
        <message>
            <source>'^' needs an exponent after it</source>
            <translation>'^' 뒤에 지수가 있어야 합니다</translation>
        </message>
        <message>
            <source>empty parentheses: put an expression inside</source>
            <translation>빈 괄호입니다: 안에 식을 넣으세요</translation>
        </message>
        <message>
            <source>the expression ends too early: something is missing here</source>
            <translation>식이 너무 일찍 끝납니다: 여기에 무언가 빠졌습니다</translation>
        </message>
        <message>
            <source>something is missing before ')'</source>
            <translation>')' 앞에 무언가 빠졌습니다</translation>
        </message>
        <message>
            <source>'{token}' cannot start a term here</source>
            <translation>여기서는 '{token}'(으)로 항을 시작할 수 없습니다</translation>
        </message>
        <message>
            <source>a negative power of '{name}' is ambiguous: write 1/{name}(x) for the reciprocal or a{name}(x) for the inverse function</source>
            <translation>'{name}'의 음의 거듭제곱은 뜻이 모호합니다: 역수는 1/{name}(x), 역함수는 a{name}(x)로 쓰세요</translation>
        </message>
        <message>
            <source>a negative power of '{name}' is ambiguous: write 1/{name}(x) for the reciprocal</source>
            <translation>'{name}'의 음의 거듭제곱은 뜻이 모호합니다: 역수는 1/{name}(x)로 쓰세요</translation>
        </message>
        <message>
            <source>'{name}' needs an argument, for example {name}(x)</source>
            <translation>'{name}'에는 인수가 필요합니다. 예: {name}(x)</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low}~{high}</translation>
        </message>
        <message>
            <source>{name} takes {wanted} argument, not {count}</source>
            <translation>{name}의 인수는 {count}개가 아니라 {wanted}개입니다</translation>
        </message>
        <message>
            <source>{name} takes {wanted} arguments, not {count}</source>
            <translation>{name}의 인수는 {count}개가 아니라 {wanted}개입니다</translation>
        </message>
        <message>
            <source>after a function name, '^' takes a number, as in sin^2(x)</source>
            <translation>함수 이름 뒤의 '^'에는 sin^2(x)처럼 수가 와야 합니다</translation>
        </message>
        <message>
            <source>a superscript needs digits, as in x² or x⁻¹</source>
            <translation>위 첨자에는 x²나 x⁻¹처럼 숫자가 있어야 합니다</translation>
        </message>
        <message>
            <source>this number is outside the range a computer can hold (about 1e±308)</source>
            <translation>이 수는 컴퓨터가 다룰 수 있는 범위(약 1e±308)를 벗어납니다</translation>
        </message>
        <message>
            <source>this power is far too large to compute (about 10^{size}; the limit is 10^±{limit})</source>
            <translation>이 거듭제곱은 너무 커서 계산할 수 없습니다 (약 10^{size}, 한도는 10^±{limit})</translation>
        </message>
        <message>
            <source>this power is far too small to compute (about 10^{size}; the limit is 10^±{limit})</source>
            <translation>이 거듭제곱은 너무 작아서 계산할 수 없습니다 (약 10^{size}, 한도는 10^±{limit})</translation>
        </message>
        <message>
            <source>the exponent is too large here (the limit is {limit}, except for a plain variable such as x)</source>
            <translation>여기서는 지수가 너무 큽니다 (x 같은 변수 하나가 아니면 한도는 {limit})</translation>
        </message>
        <message>
            <source>this constant has no real value (like ln of a negative number or asin of a number beyond ±1)</source>
            <translation>이 상수는 실숫값이 없습니다 (음수의 ln이나 ±1을 벗어난 수의 asin처럼)</translation>
        </message>
        <message>
            <source>cannot build this expression: {reason}</source>
            <translation>이 식을 만들 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>this has no value: it divides by zero (or takes ln 0)</source>
            <translation>값이 없습니다: 0으로 나누거나 ln 0을 계산합니다</translation>
        </message>
        <message>
            <source>this number is far too large to compute (the limit is about 10^{limit})</source>
            <translation>이 수는 너무 커서 계산할 수 없습니다 (한도는 약 10^{limit})</translation>
        </message>
        <message>
            <source>the two-variable view draws functions of two variables; this one has {count}: {names}</source>
            <translation>이변수 보기는 변수가 두 개인 함수를 그립니다. 이 함수의 변수는 {count}개입니다: {names}</translation>
        </message>
        <message>
            <source>'{text}' has two decimal points: a number has at most one, as in 2.5</source>
            <translation>'{text}'에는 소수점이 두 개 있습니다: 수에는 2.5처럼 소수점이 하나까지만 있을 수 있습니다</translation>
        </message>
        <message>
            <source>a decimal number is written with a point: {whole}.{fraction}, not {whole},{fraction} (a comma separates a function's arguments, as in log(2, x))</source>
            <translation>소수는 점으로 씁니다: {whole},{fraction}가 아니라 {whole}.{fraction} (쉼표는 log(2, x)처럼 함수의 인수를 구분합니다)</translation>
        </message>
        <message>
            <source>{name} has an error in its own row</source>
            <translation>{name}의 행에 오류가 있습니다</translation>
        </message>
        <message>
            <source>named functions call each other more than {limit} deep</source>
            <translation>이름 붙은 함수가 서로를 {limit}단계보다 깊게 호출합니다</translation>
        </message>
        <message>
            <source>{name} refers to itself: {cycle}</source>
            <translation>{name}이(가) 자기 자신을 참조합니다: {cycle}</translation>
        </message>
        <message>
            <source>{name} is already defined in row {row}</source>
            <translation>{name}은(는) 이미 {row}행에 정의되어 있습니다</translation>
        </message>
        <message>
            <source>{name} is not defined: write a row {name}(x) = …</source>
            <translation>{name}이(가) 정의되지 않았습니다: {name}(x) = … 행을 쓰세요</translation>
        </message>
        <message>
            <source>at most two primes: f′ or f″</source>
            <translation>프라임은 두 개까지입니다: f′ 또는 f″</translation>
        </message>
        <message>
            <source>write what {name}({variable}) is after '='</source>
            <translation>'=' 뒤에 {name}({variable})이(가) 무엇인지 쓰세요</translation>
        </message>
        <message>
            <source>'{name}' is already a function or constant: name yours differently, for example f or g</source>
            <translation>'{name}'은(는) 이미 있는 함수나 상수입니다: f나 g처럼 다른 이름을 붙이세요</translation>
        </message>
        <message>
            <source>keep typing: '{letters}' begins {names}</source>
            <translation>계속 입력하세요: '{letters}'(으)로 시작하는 이름: {names}</translation>
        </message>
    </context>
    <context>
        <name>surface</name>
        <message>
            <source>two different variables are needed, not {x!r} and {y!r}</source>
            <translation>서로 다른 변수 두 개가 필요합니다 ({x!r}, {y!r}는 안 됩니다)</translation>
        </message>
        <message>
            <source>{names} must be one of the two variables</source>
            <translation>{names}은(는) 두 변수 중 하나여야 합니다</translation>
        </message>
        <message>
            <source>this function is too large for the surface and field (more than {limit} nodes): working out its gradient would freeze the window</source>
            <translation>이 함수는 곡면과 벡터장에 그리기에는 너무 큽니다(노드 {limit}개 초과): 기울기를 구하는 동안 창이 멈춥니다</translation>
        </message>
        <message>
            <source>∂f/∂{name} = {formula} = {exact}   (central diff.: {numeric})</source>
            <translation>∂f/∂{name} = {formula} = {exact}   (중앙 차분: {numeric})</translation>
        </message>
        <message>
            <source>∇f is undefined at {at}: no tangent plane there</source>
            <translation>{at}에서 ∇f가 정의되지 않습니다: 그곳에는 접평면이 없습니다</translation>
        </message>
        <message>
            <source>(the central difference still gives ({x}, {y}) and hides the corner)</source>
            <translation>(중앙 차분은 그래도 ({x}, {y})를 내놓아 뾰족한 점을 가립니다)</translation>
        </message>
    </context>
    <context>
        <name>vectors</name>
        <message>
            <source>{what} must be a number or a list of numbers</source>
            <translation>{what}은(는) 수 또는 수의 목록이어야 합니다</translation>
        </message>
        <message>
            <source>{what} must be a number or a flat list of numbers, not a nested list</source>
            <translation>{what}은(는) 중첩되지 않은 수의 목록이거나 수여야 합니다</translation>
        </message>
        <message>
            <source>{what} must have between 1 and {limit} elements</source>
            <translation>{what}의 원소는 1개에서 {limit}개 사이여야 합니다</translation>
        </message>
        <message>
            <source>{what}: {text!r} is not a number</source>
            <translation>{what}: {text!r}은(는) 수가 아닙니다</translation>
        </message>
        <message>
            <source>{what}: {text!r} is not a finite number</source>
            <translation>{what}: {text!r}은(는) 유한한 수가 아닙니다</translation>
        </message>
        <message>
            <source>{what}: write a vector as [0, 1, 2, 3] (one pair of brackets)</source>
            <translation>{what}: 벡터는 [0, 1, 2, 3]처럼 쓰세요 (대괄호 한 쌍)</translation>
        </message>
        <message>
            <source>{what}: the vector is empty</source>
            <translation>{what}: 벡터가 비어 있습니다</translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>true or false</source>
            <translation>true 또는 false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>수</translation>
        </message>
        <message>
            <source>a string</source>
            <translation>문자열</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>객체</translation>
        </message>
        <message>
            <source>expected {what} for {where}, got {kind}</source>
            <translation>{where}: 필요한 형식은 {what}, 실제 형식은 {kind}입니다</translation>
        </message>
        <message>
            <source>{where} has {count} entries; the limit is {limit}</source>
            <translation>{where}의 항목이 {count}개입니다. 한도는 {limit}개입니다</translation>
        </message>
        <message>
            <source>{where} must be a finite number within ±{limit:.0e}</source>
            <translation>{where}은(는) ±{limit:.0e} 안의 유한한 수여야 합니다</translation>
        </message>
        <message>
            <source>{where} must be positive, got {x:g}</source>
            <translation>{where}은(는) 양수여야 하는데 {x:g}입니다</translation>
        </message>
        <message>
            <source>{where} must be from {low:g} to {high:g}, got {x:g}</source>
            <translation>{where}은(는) {low:g}에서 {high:g} 사이여야 하는데 {x:g}입니다</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>정수</translation>
        </message>
        <message>
            <source>{where} must be from {low} to {high}, got {value}</source>
            <translation>{where}은(는) {low}에서 {high} 사이여야 하는데 {value}입니다</translation>
        </message>
        <message>
            <source>{where} is {length} characters long; the limit is {limit}</source>
            <translation>{where}의 길이가 {length}자입니다. 한도는 {limit}자입니다</translation>
        </message>
        <message>
            <source>{where} holds a character that is not valid Unicode</source>
            <translation>{where}에 올바른 유니코드가 아닌 문자가 있습니다</translation>
        </message>
        <message>
            <source>{where}: {value} is not a variable name</source>
            <translation>{where}: {value}은(는) 변수 이름이 아닙니다</translation>
        </message>
        <message>
            <source>{where} must be one of {options}, got {value}</source>
            <translation>{where}은(는) {options} 중 하나여야 하는데 {value}입니다</translation>
        </message>
        <message>
            <source>{where} must be a colour #RRGGBB, got {value}</source>
            <translation>{where}은(는) #RRGGBB 형식의 색이어야 하는데 {value}입니다</translation>
        </message>
        <message>
            <source>{where} must hold two numbers [from, to]</source>
            <translation>{where}에는 수 두 개 [시작, 끝]이 있어야 합니다</translation>
        </message>
        <message>
            <source>{where} must go from a smaller to a larger number, got [{low:g}, {high:g}]</source>
            <translation>{where}은(는) 작은 수에서 큰 수로 가야 하는데 [{low:g}, {high:g}]입니다</translation>
        </message>
        <message>
            <source>cannot save: {reason}</source>
            <translation>저장할 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>파일이 비어 있습니다</translation>
        </message>
        <message>
            <source>the file is nested more than {limit} levels deep</source>
            <translation>파일이 {limit}단계보다 깊게 중첩되어 있습니다</translation>
        </message>
        <message>
            <source>this is not a guicalc workspace (it lacks "format": "guicalc")</source>
            <translation>guicalc 작업 파일이 아닙니다 ("format": "guicalc"가 없습니다)</translation>
        </message>
        <message>
            <source>the file does not say its format version</source>
            <translation>파일에 형식 버전이 없습니다</translation>
        </message>
        <message>
            <source>this file was written by a newer guicalc (format {version}); this version reads format {supported}</source>
            <translation>이 파일은 더 새로운 guicalc(형식 {version})로 저장되었습니다. 이 버전은 형식 {supported}까지 읽습니다</translation>
        </message>
        <message>
            <source>the file holds no document</source>
            <translation>파일에 문서가 없습니다</translation>
        </message>
        <message>
            <source>the file holds {constant}: every number must be finite</source>
            <translation>파일에 {constant}이(가) 있습니다: 모든 수는 유한해야 합니다</translation>
        </message>
        <message>
            <source>the number {number} is too large</source>
            <translation>수 {number}이(가) 너무 큽니다</translation>
        </message>
        <message>
            <source>a whole number of {digits} digits is too long</source>
            <translation>{digits}자리 정수는 너무 깁니다</translation>
        </message>
        <message>
            <source>the key {key} appears twice in one object</source>
            <translation>키 {key}가 한 객체에 두 번 나옵니다</translation>
        </message>
        <message>
            <source>the file ends too early (line {line}): it is truncated or incomplete</source>
            <translation>파일이 너무 일찍 끝납니다 ({line}번째 줄): 잘렸거나 완전하지 않습니다</translation>
        </message>
        <message>
            <source>line {line}, column {column}: this is not valid JSON ({reason})</source>
            <translation>{line}번째 줄, {column}번째 열: 올바른 JSON이 아닙니다 ({reason})</translation>
        </message>
        <message>
            <source>the file is {size:,.1f} MB; a workspace is at most {limit:g} MB</source>
            <translation>파일 크기가 {size:,.1f} MB입니다. 작업 파일은 최대 {limit:g} MB입니다</translation>
        </message>
        <message>
            <source>this is not a regular file</source>
            <translation>일반 파일이 아닙니다</translation>
        </message>
        <message>
            <source>cannot read the file: {reason}</source>
            <translation>파일을 읽을 수 없습니다: {reason}</translation>
        </message>
        <message>
            <source>this is not UTF-8 text (byte {byte})</source>
            <translation>UTF-8 텍스트가 아닙니다 ({byte}번째 바이트)</translation>
        </message>
        <message>
            <source>{where} must be a pair [row, x]</source>
            <translation>{where}은(는) [행, x] 쌍이어야 합니다</translation>
        </message>
        <message>
            <source>{where} is empty: a lesson has at least one function</source>
            <translation>{where}이(가) 비어 있습니다: 수업에는 함수가 하나 이상 있어야 합니다</translation>
        </message>
        <message>
            <source>{where} has no optimizer {name}</source>
            <translation>{where}에 옵티마이저 {name}이(가) 없습니다</translation>
        </message>
        <message>
            <source>{where} names an optimizer twice</source>
            <translation>{where}에 같은 옵티마이저가 두 번 있습니다</translation>
        </message>
    </context>
    <context>
        <name>JacobianView</name>
        <message>
            <source>Jacobian being built</source>
            <translation>만들어지는 야코비안</translation>
        </message>
        <message>
            <source>Space: the next pass; Home: start again</source>
            <translation>Space: 다음 패스, Home: 처음부터</translation>
        </message>
    </context>
    <context>
        <name>LabPanel</name>
        <message>
            <source>The point: x=1, or a=50, b=70, c=2 (Alt+P)</source>
            <translation>점: x=1 또는 a=50, b=70, c=2 (Alt+P)</translation>
        </message>
        <message>
            <source>Point</source>
            <translation>점</translation>
        </message>
        <message>
            <source>The variable to differentiate by</source>
            <translation>미분할 변수</translation>
        </message>
        <message>
            <source>Differentiate by</source>
            <translation>미분 변수</translation>
        </message>
        <message>
            <source>&amp;Point</source>
            <translation>점(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Differentiate by</source>
            <translation>미분 변수(&amp;D)</translation>
        </message>
        <message>
            <source>Lab pages</source>
            <translation>실험실 페이지</translation>
        </message>
        <message>
            <source>Gradient check</source>
            <translation>기울기 검사</translation>
        </message>
        <message>
            <source>Jacobian</source>
            <translation>야코비안</translation>
        </message>
        <message>
            <source>Rule by rule</source>
            <translation>규칙별 미분</translation>
        </message>
        <message>
            <source>Double backward</source>
            <translation>이중 역전파</translation>
        </message>
        <message>
            <source>The floating-point type of the difference quotients</source>
            <translation>차분몫의 부동소수점 형식</translation>
        </message>
        <message>
            <source>Type of the differences</source>
            <translation>차분의 형식</translation>
        </message>
        <message>
            <source>Step h of the differences; empty: √ε one-sided, ∛ε central</source>
            <translation>차분의 간격 h. 비우면 한쪽 차분은 √ε, 중앙 차분은 ∛ε</translation>
        </message>
        <message>
            <source>Step h</source>
            <translation>간격 h</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>자동</translation>
        </message>
        <message>
            <source>Relative tolerance of pass/fail; empty: the type's default</source>
            <translation>통과/실패의 상대 허용 오차. 비우면 형식의 기본값</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>T&amp;ype</source>
            <translation>형식(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;h =</source>
            <translation>&amp;h =</translation>
        </message>
        <message>
            <source>T&amp;olerance</source>
            <translation>허용 오차(&amp;O)</translation>
        </message>
        <message>
            <source>Exact derivative</source>
            <translation>정확한 도함수</translation>
        </message>
        <message>
            <source>The exact derivative and the tolerance</source>
            <translation>정확한 도함수와 허용 오차</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>방법</translation>
        </message>
        <message>
            <source>f′</source>
            <translation>f′</translation>
        </message>
        <message>
            <source>Relative error</source>
            <translation>상대 오차</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>판정</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>이유</translation>
        </message>
        <message>
            <source>Cross-check of the derivative</source>
            <translation>도함수 교차 검사</translation>
        </message>
        <message>
            <source>Every way to compute f′, against the exact value</source>
            <translation>f′를 구하는 모든 방법을 정확한 값과 비교합니다</translation>
        </message>
        <message>
            <source>A vector function in brackets, such as [x0*x1, sin(x0), x0 + x1^2]</source>
            <translation>대괄호 안의 벡터 함수, 예: [x0*x1, sin(x0), x0 + x1^2]</translation>
        </message>
        <message>
            <source>Vector function</source>
            <translation>벡터 함수</translation>
        </message>
        <message>
            <source>Its point, such as x0=1, x1=2</source>
            <translation>그 점, 예: x0=1, x1=2</translation>
        </message>
        <message>
            <source>Point of the vector function</source>
            <translation>벡터 함수의 점</translation>
        </message>
        <message>
            <source>Forward mode: column by column (JVPs)</source>
            <translation>순방향 모드: 열 단위로 (JVP)</translation>
        </message>
        <message>
            <source>Reverse mode: row by row (VJPs)</source>
            <translation>역방향 모드: 행 단위로 (VJP)</translation>
        </message>
        <message>
            <source>Forward mode needs one pass per input, reverse mode one per output</source>
            <translation>순방향 모드는 입력마다, 역방향 모드는 출력마다 한 번의 패스가 필요합니다</translation>
        </message>
        <message>
            <source>How the Jacobian is built</source>
            <translation>야코비안을 만드는 방법</translation>
        </message>
        <message>
            <source>Next pass ▶</source>
            <translation>다음 패스 ▶</translation>
        </message>
        <message>
            <source>One more JVP or VJP (Space in the figure)</source>
            <translation>JVP 또는 VJP를 하나 더 (그림에서 Space)</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Build the Jacobian pass by pass, animated</source>
            <translation>야코비안을 패스마다 애니메이션으로 만듭니다</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>처음부터</translation>
        </message>
        <message>
            <source>Back to no pass (Home in the figure)</source>
            <translation>패스 전으로 돌아갑니다 (그림에서 Home)</translation>
        </message>
        <message>
            <source>v for vᵀJ: one number per output, such as [1, 2, 3]</source>
            <translation>vᵀJ의 v: 출력마다 하나의 수, 예: [1, 2, 3]</translation>
        </message>
        <message>
            <source>Seed v</source>
            <translation>시드 v</translation>
        </message>
        <message>
            <source>v for J·v: one number per input, such as [1, −1]</source>
            <translation>J·v의 v: 입력마다 하나의 수, 예: [1, −1]</translation>
        </message>
        <message>
            <source>Direction v</source>
            <translation>방향 v</translation>
        </message>
        <message>
            <source>&amp;f =</source>
            <translation>&amp;f =</translation>
        </message>
        <message>
            <source>a&amp;t</source>
            <translation>점(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;seed v =</source>
            <translation>시드 v =(&amp;S)</translation>
        </message>
        <message>
            <source>di&amp;rection v =</source>
            <translation>방향 v =(&amp;R)</translation>
        </message>
        <message>
            <source>Rules applied, one per step</source>
            <translation>단계마다 하나씩 적용한 규칙</translation>
        </message>
        <message>
            <source>↑ and ↓ step through the derivation</source>
            <translation>↑ 와 ↓ 로 미분 과정을 한 단계씩 봅니다</translation>
        </message>
        <message>
            <source>The step, with the part the rule acts on marked</source>
            <translation>규칙이 작용하는 부분을 표시한 단계</translation>
        </message>
        <message>
            <source>v of H·v, one number per variable; empty: all ones (f″ for one variable)</source>
            <translation>H·v의 v, 변수마다 하나의 수. 비우면 모두 1 (변수가 하나면 f″)</translation>
        </message>
        <message>
            <source>Hessian direction v</source>
            <translation>헤세 방향 v</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>단계 ▶</translation>
        </message>
        <message>
            <source>The next step through the second graph (Space in it)</source>
            <translation>두 번째 그래프의 다음 단계 (그래프에서 Space)</translation>
        </message>
        <message>
            <source>Graph of the gradient (double backward)</source>
            <translation>기울기의 그래프 (이중 역전파)</translation>
        </message>
        <message>
            <source>H·v with v =</source>
            <translation>H·v, v =</translation>
        </message>
        <message>
            <source>{name} must be a number here</source>
            <translation>여기서 {name}은(는) 수여야 합니다</translation>
        </message>
        <message>
            <source>The function is too large for the lab (more than {limit} nodes in its tree).</source>
            <translation>함수가 실험실에서 다루기에 너무 큽니다 (트리의 노드가 {limit}개를 넘습니다).</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>h and the tolerance must be positive</source>
            <translation>h와 허용 오차는 양수여야 합니다</translation>
        </message>
        <message>
            <source>f′ = {derivative}; exact value with 50 digits: {exact}. Pass: relative error ≤ {tolerance:g}; the differences are computed in {dtype}.</source>
            <translation>f′ = {derivative}. 50자리 정확한 값: {exact}. 통과 기준: 상대 오차 ≤ {tolerance:g}. 차분은 {dtype}로 계산합니다.</translation>
        </message>
        <message>
            <source>pass</source>
            <translation>통과</translation>
        </message>
        <message>
            <source>fail</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>v needs {count} numbers, one per variable</source>
            <translation>v에는 변수마다 하나씩 {count}개의 수가 필요합니다</translation>
        </message>
        <message>
            <source>The backward pass through the graph of f gave vᵀ∇f = {gradient}; its own backward pass gives H·v = [{hv}].</source>
            <translation>f의 그래프를 거친 역전파가 vᵀ∇f = {gradient}를 주었고, 그 자신의 역전파가 H·v = [{hv}]를 줍니다.</translation>
        </message>
        <message>
            <source>With one variable and v = 1 that is f″ = {value}.</source>
            <translation>변수가 하나이고 v = 1이면 이것이 f″ = {value}입니다.</translation>
        </message>
        <message>
            <source>vᵀ∇f is a constant, so the second graph has no input: H·v = 0.</source>
            <translation>vᵀ∇f가 상수이므로 두 번째 그래프에는 입력이 없습니다: H·v = 0.</translation>
        </message>
        <message>
            <source>{count} of its nodes are values the first pass saved.</source>
            <translation>그 노드 중 {count}개는 첫 번째 패스가 저장한 값입니다.</translation>
        </message>
        <message>
            <source>Forward mode: {done} of {passes} passes. Pass i is one JVP J·eᵢ and gives column i. Reverse mode would need {other} passes (one per output).</source>
            <translation>순방향 모드: {passes}번 중 {done}번째 패스. 패스 i는 JVP J·eᵢ 하나이며 i번째 열을 줍니다. 역방향 모드라면 {other}번의 패스가 필요합니다 (출력마다 한 번).</translation>
        </message>
        <message>
            <source>Reverse mode: {done} of {passes} passes. Pass j is one VJP eⱼᵀJ and gives row j. Forward mode would need {other} passes (one per input).</source>
            <translation>역방향 모드: {passes}번 중 {done}번째 패스. 패스 j는 VJP eⱼᵀJ 하나이며 j번째 행을 줍니다. 순방향 모드라면 {other}번의 패스가 필요합니다 (입력마다 한 번).</translation>
        </message>
    </context>
    <context>
        <name>crosscheck</name>
        <message>
            <source>symbolic derivative</source>
            <translation>기호 도함수</translation>
        </message>
        <message>
            <source>forward difference</source>
            <translation>전진 차분</translation>
        </message>
        <message>
            <source>backward difference</source>
            <translation>후진 차분</translation>
        </message>
        <message>
            <source>central difference</source>
            <translation>중앙 차분</translation>
        </message>
        <message>
            <source>complex step</source>
            <translation>복소 스텝</translation>
        </message>
        <message>
            <source>forward mode (dual numbers)</source>
            <translation>순방향 모드 (이중수)</translation>
        </message>
        <message>
            <source>reverse mode (backpropagation)</source>
            <translation>역방향 모드 (역전파)</translation>
        </message>
        <message>
            <source>the expression has no variable {name}</source>
            <translation>식에 변수 {name}이(가) 없습니다</translation>
        </message>
        <message>
            <source>f has no real value at this point</source>
            <translation>이 점에서 f는 실수 값을 갖지 않습니다</translation>
        </message>
        <message>
            <source>f′ has no finite value at this point, so there is nothing to check against</source>
            <translation>이 점에서 f′가 유한한 값을 갖지 않아 비교할 기준이 없습니다</translation>
        </message>
        <message>
            <source>no finite value</source>
            <translation>유한한 값 없음</translation>
        </message>
        <message>
            <source>rounding: the error {error:.1e} is above the tolerance {tolerance:.0e}</source>
            <translation>반올림: 오차 {error:.1e}가 허용 오차 {tolerance:.0e}보다 큽니다</translation>
        </message>
        <message>
            <source>truncation: the step is too large (the exact quotient is already off by {part:.1e}); a smaller h would help</source>
            <translation>절단: 간격이 너무 큽니다 (정확히 계산한 몫도 이미 {part:.1e}만큼 어긋납니다). 더 작은 h가 도움이 됩니다</translation>
        </message>
        <message>
            <source>rounding: f(x ± h) agree in most of their digits and the subtraction cancels them (rounding contributes {part:.1e}); a larger h or a wider dtype would help</source>
            <translation>반올림: f(x ± h)의 대부분의 자릿수가 같아 뺄셈에서 상쇄됩니다 (반올림 기여 {part:.1e}). 더 큰 h나 더 넓은 형식이 도움이 됩니다</translation>
        </message>
        <message>
            <source>f is not analytic (it uses |x|, ReLU, floor or a sign), so it has no complex extension to step into</source>
            <translation>f가 해석적이지 않아 (|x|, ReLU, floor, 부호를 사용) 복소수로 확장해 스텝을 밟을 수 없습니다</translation>
        </message>
        <message>
            <source>a kink: {function} changes slope where {argument} = 0, so the left and right slopes differ and f′ there is a convention; each method picks a side or an average</source>
            <translation>꺾인 점: {argument} = 0에서 {function}의 기울기가 바뀌어 왼쪽과 오른쪽 기울기가 다르므로 그곳의 f′는 약속일 뿐입니다. 방법마다 한쪽이나 평균을 택합니다</translation>
        </message>
    </context>
    <context>
        <name>derivation</name>
        <message>
            <source>constant rule</source>
            <translation>상수 규칙</translation>
        </message>
        <message>
            <source>d/dx x = 1</source>
            <translation>d/dx x = 1</translation>
        </message>
        <message>
            <source>sum rule</source>
            <translation>합의 규칙</translation>
        </message>
        <message>
            <source>constant multiple rule</source>
            <translation>상수배 규칙</translation>
        </message>
        <message>
            <source>product rule</source>
            <translation>곱의 규칙</translation>
        </message>
        <message>
            <source>quotient rule</source>
            <translation>몫의 규칙</translation>
        </message>
        <message>
            <source>power rule</source>
            <translation>거듭제곱 규칙</translation>
        </message>
        <message>
            <source>exp/log rule</source>
            <translation>exp/log 규칙</translation>
        </message>
        <message>
            <source>exponential rule</source>
            <translation>지수 함수 규칙</translation>
        </message>
        <message>
            <source>logarithm rule</source>
            <translation>로그 규칙</translation>
        </message>
        <message>
            <source>chain rule</source>
            <translation>연쇄 법칙</translation>
        </message>
        <message>
            <source>derivative of {function}</source>
            <translation>{function}의 도함수</translation>
        </message>
        <message>
            <source>{chain} (outer function: {outer})</source>
            <translation>{chain} (바깥 함수: {outer})</translation>
        </message>
        <message>
            <source>the derivation needs more than {limit} steps</source>
            <translation>미분 과정이 {limit}단계를 넘습니다</translation>
        </message>
        <message>
            <source>no rule for {expression}</source>
            <translation>{expression}에 적용할 규칙이 없습니다</translation>
        </message>
        <message>
            <source>{function} has no derivative rule</source>
            <translation>{function}에는 미분 규칙이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>double backward</name>
        <message>
            <source>double backward works on scalar operations; {name} reduces a vector</source>
            <translation>이중 역전파는 스칼라 연산에서만 됩니다. {name}은(는) 벡터를 줄입니다</translation>
        </message>
        <message>
            <source>f″ needs a function of one variable</source>
            <translation>f″에는 변수가 하나인 함수가 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>jacobian</name>
        <message>
            <source>'[' is not closed: write [x0*x1, sin(x0)]</source>
            <translation>'['가 닫히지 않았습니다: [x0*x1, sin(x0)]처럼 쓰세요</translation>
        </message>
        <message>
            <source>an empty component: write [x0*x1, sin(x0)]</source>
            <translation>빈 성분이 있습니다: [x0*x1, sin(x0)]처럼 쓰세요</translation>
        </message>
        <message>
            <source>the direction v</source>
            <translation>방향 v</translation>
        </message>
        <message>
            <source>the seed v</source>
            <translation>시드 v</translation>
        </message>
        <message>
            <source>{what} needs {size} numbers, not {given}</source>
            <translation>{what}에는 {given}개가 아니라 {size}개의 수가 필요합니다</translation>
        </message>
    </context>
    <context>
        <name>differentiable</name>
        <message>
            <source>no derivative at {v} = {x}: f is infinite there, or too large to compute</source>
            <translation>{v} = {x}에서 도함수가 없습니다: f가 그 점에서 무한대이거나 계산하기에 너무 큽니다</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is not defined there</source>
            <translation>{v} = {x}에서 도함수가 없습니다: f가 그 점에서 정의되지 않습니다</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f jumps here</source>
            <translation>{v} = {x}에서 도함수가 없습니다: f가 이 점에서 끊어져 건너뜁니다</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f has no one-sided derivative here</source>
            <translation>{v} = {x}에서 도함수가 없습니다: 이 점에서 f의 한쪽 도함수도 없습니다</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is defined only to the right here (right slope {slope})</source>
            <translation>{v} = {x}에서 도함수가 없습니다: f는 이 점의 오른쪽에서만 정의됩니다 (오른쪽 기울기 {slope})</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: f is defined only to the left here (left slope {slope})</source>
            <translation>{v} = {x}에서 도함수가 없습니다: f는 이 점의 왼쪽에서만 정의됩니다 (왼쪽 기울기 {slope})</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: the tangent is vertical (slope {slope} from both sides)</source>
            <translation>{v} = {x}에서 도함수가 없습니다: 접선이 수직입니다 (양쪽 모두 기울기 {slope})</translation>
        </message>
        <message>
            <source>no derivative at {v} = {x}: left slope {left}, right slope {right}</source>
            <translation>{v} = {x}에서 도함수가 없습니다: 왼쪽 기울기 {left}, 오른쪽 기울기 {right}</translation>
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
            <translation>x = {x}에서 {kind}</translation>
        </message>
        <message>
            <source>discontinuity</source>
            <translation>불연속점</translation>
        </message>
        <message>
            <source>intersection</source>
            <translation>교점</translation>
        </message>
        <message>
            <source>inflection point</source>
            <translation>변곡점</translation>
        </message>
        <message>
            <source>local maximum</source>
            <translation>극댓값</translation>
        </message>
        <message>
            <source>local minimum</source>
            <translation>극솟값</translation>
        </message>
        <message>
            <source>root</source>
            <translation>근</translation>
        </message>
    </context>
    <context>
        <name>ValueTable</name>
        <message>
            <source>from</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Table of values</source>
            <translation>값의 표</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>행</translation>
        </message>
        <message>
            <source>step</source>
            <translation>간격</translation>
        </message>
        <message>
            <source>Type an x in the first column (π/2 works); the last row adds one</source>
            <translation>첫 열에 x를 입력하세요 (π/2도 됩니다). 마지막 행에 입력하면 행이 추가됩니다</translation>
        </message>
        <message>
            <source>Draw each row's point (x, f(x)) on the curve plot</source>
            <translation>각 행의 점 (x, f(x))를 곡선 그래프에 그리기</translation>
        </message>
        <message>
            <source>Points on the plot</source>
            <translation>그래프에 점 표시</translation>
        </message>
        <message>
            <source>Replace the x column by start, start + step, …</source>
            <translation>x 열을 시작값, 시작값 + 간격, …으로 바꾸기</translation>
        </message>
        <message>
            <source>Fill by step</source>
            <translation>간격으로 채우기</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>행 수</translation>
        </message>
        <message>
            <source>How many x the step fills</source>
            <translation>간격으로 채울 x의 개수</translation>
        </message>
        <message>
            <source>The step between x</source>
            <translation>x 사이의 간격</translation>
        </message>
        <message>
            <source>The first x when the column is filled by a step</source>
            <translation>간격으로 열을 채울 때의 첫 x</translation>
        </message>
    </context>
    <context>
        <name>AnimationDialog</name>
        <message>
            <source>Export animation</source>
            <translation>애니메이션 내보내기</translation>
        </message>
        <message>
            <source>Animation</source>
            <translation>애니메이션</translation>
        </message>
        <message>
            <source>Width (pixels)</source>
            <translation>너비 (픽셀)</translation>
        </message>
        <message>
            <source>Height (pixels)</source>
            <translation>높이 (픽셀)</translation>
        </message>
        <message>
            <source>Frames per second</source>
            <translation>초당 프레임 수</translation>
        </message>
        <message>
            <source>Frames</source>
            <translation>프레임 수</translation>
        </message>
    </context>
    <context>
        <name>CurvaturePanel</name>
        <message>
            <source>Hessian readout</source>
            <translation>헤세 행렬 판독값</translation>
        </message>
        <message>
            <source>Newton step</source>
            <translation>뉴턴 스텝</translation>
        </message>
        <message>
            <source>Gradient step</source>
            <translation>경사 스텝</translation>
        </message>
        <message>
            <source>Run Newton from the start</source>
            <translation>시작점에서 뉴턴법 실행</translation>
        </message>
        <message>
            <source>quadratic model on the surface</source>
            <translation>곡면 위의 이차 모델</translation>
        </message>
        <message>
            <source>Newton readout</source>
            <translation>뉴턴법 판독값</translation>
        </message>
        <message>
            <source>Newton steps</source>
            <translation>뉴턴 스텝 수</translation>
        </message>
        <message>
            <source>How many steps Newton's method may take</source>
            <translation>뉴턴법이 갈 수 있는 최대 스텝 수</translation>
        </message>
        <message>
            <source>Move the point to the minimum of its quadratic model: x − H⁻¹∇f</source>
            <translation>점을 이차 모델의 최솟점으로 옮깁니다: x − H⁻¹∇f</translation>
        </message>
        <message>
            <source>Move the point by one step of gradient descent: x − η∇f</source>
            <translation>경사 하강법 한 스텝만큼 점을 옮깁니다: x − η∇f</translation>
        </message>
        <message>
            <source>Run Newton</source>
            <translation>뉴턴법 실행</translation>
        </message>
        <message>
            <source>Newton's method from the descent start, compared with descent</source>
            <translation>하강 시작점에서의 뉴턴법, 경사 하강법과 비교</translation>
        </message>
        <message>
            <source>Quadratic model</source>
            <translation>이차 모델</translation>
        </message>
        <message>
            <source>Draw f(p) + ∇f·d + ½·dᵀ·H·d over the surface at the point</source>
            <translation>점에서 f(p) + ∇f·d + ½·dᵀ·H·d를 곡면 위에 그립니다</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>스텝</translation>
        </message>
        <message>
            <source>Newton step: |Δx| = {size}, f = {value}</source>
            <translation>뉴턴 스텝: |Δx| = {size}, f = {value}</translation>
        </message>
        <message>
            <source>Gradient step: |Δx| = {size}</source>
            <translation>경사 스텝: |Δx| = {size}</translation>
        </message>
        <message>
            <source>step sizes |Δx|: {sizes}</source>
            <translation>스텝 크기 |Δx|: {sizes}</translation>
        </message>
        <message>
            <source>Gradient descent with η = {rate}: {verdict}</source>
            <translation>η = {rate}인 경사 하강법: {verdict}</translation>
        </message>
        <message>
            <source>Newton's method jumps to the stationary point of the quadratic model: x ← x − H⁻¹∇f(x).</source>
            <translation>뉴턴법은 이차 모델의 정류점으로 건너뜁니다: x ← x − H⁻¹∇f(x).</translation>
        </message>
        <message>
            <source>H = [[{a}, {b}], [{b}, {c}]]</source>
            <translation>H = [[{a}, {b}], [{b}, {c}]]</translation>
        </message>
        <message>
            <source>λ₁ = {l1} along ({v11}, {v12}); λ₂ = {l2} along ({v21}, {v22})</source>
            <translation>λ₁ = {l1}, 방향 ({v11}, {v12}); λ₂ = {l2}, 방향 ({v21}, {v22})</translation>
        </message>
        <message>
            <source>κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = {kappa};  along v: vᵀ·H·v/|v|² = {along}</source>
            <translation>κ = |λ|ₘₐₓ/|λ|ₘᵢₙ = {kappa};  v 방향: vᵀ·H·v/|v|² = {along}</translation>
        </message>
        <message>
            <source>Draw f(p) + ∇f·d + ½dᵀHd over the surface at the point</source>
            <translation>점에서의 f(p) + ∇f·d + ½dᵀHd를 곡면 위에 그립니다</translation>
        </message>
        <message>
            <source>κ = |λ|max/|λ|min = {kappa};  along v: vᵀHv/|v|² = {along}</source>
            <translation>κ = |λ|max/|λ|min = {kappa};  v 방향: vᵀHv/|v|² = {along}</translation>
        </message>
    </context>
    <context>
        <name>TaylorPanel</name>
        <message>
            <source>shade f″ &gt; 0 and f″ &lt; 0</source>
            <translation>f″ &gt; 0, f″ &lt; 0 영역 음영</translation>
        </message>
        <message>
            <source>Taylor readout</source>
            <translation>테일러 판독값</translation>
        </message>
        <message>
            <source>degree n</source>
            <translation>차수 n</translation>
        </message>
        <message>
            <source>centre a</source>
            <translation>중심 a</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>error at</source>
            <translation>오차 위치</translation>
        </message>
        <message>
            <source>Taylor degree</source>
            <translation>테일러 차수</translation>
        </message>
        <message>
            <source>Degree n of the Taylor polynomial (Ctrl+] and Ctrl+[)</source>
            <translation>테일러 다항식의 차수 n (Ctrl+] 및 Ctrl+[)</translation>
        </message>
        <message>
            <source>Centre a</source>
            <translation>중심 a</translation>
        </message>
        <message>
            <source>Where the polynomial touches f</source>
            <translation>다항식이 f에 접하는 곳</translation>
        </message>
        <message>
            <source>Tolerance</source>
            <translation>허용 오차</translation>
        </message>
        <message>
            <source>The band where |f − Pₙ| is below this is shaded</source>
            <translation>|f − Pₙ|가 이 값보다 작은 구간에 음영을 넣습니다</translation>
        </message>
        <message>
            <source>Concavity shading</source>
            <translation>오목·볼록 음영</translation>
        </message>
        <message>
            <source>Shade where f curves up or down and mark inflection points</source>
            <translation>f가 아래로 볼록하거나 위로 볼록한 곳에 음영을 넣고 변곡점을 표시합니다</translation>
        </message>
        <message>
            <source>Error at x</source>
            <translation>x에서의 오차</translation>
        </message>
        <message>
            <source>Where the readout gives |f − Pₙ|</source>
            <translation>판독값이 |f − Pₙ|를 보여 주는 위치</translation>
        </message>
        <message>
            <source>inflection points: {points}</source>
            <translation>변곡점: {points}</translation>
        </message>
        <message>
            <source>no inflection point in view</source>
            <translation>보이는 범위에 변곡점 없음</translation>
        </message>
        <message>
            <source>cₖ = f⁽ᵏ⁾(a)/k!, with f⁽ᵏ⁾({a}) for k = 0…{n}: {values}</source>
            <translation>cₖ = f⁽ᵏ⁾(a)/k!, k = 0…{n}에 대한 f⁽ᵏ⁾({a}): {values}</translation>
        </message>
        <message>
            <source>at {v} = {x}: |f − P{n}| = {error}</source>
            <translation>{v} = {x}에서: |f − P{n}| = {error}</translation>
        </message>
        <message>
            <source>f and its Taylor polynomial of degree {n} at {v} = {a}</source>
            <translation>f와 {v} = {a}에서의 {n}차 테일러 다항식</translation>
        </message>
        <message>
            <source>Taylor polynomial</source>
            <translation>테일러 다항식</translation>
        </message>
        <message>
            <source>The polynomial Pₙ with its coefficients</source>
            <translation>계수가 적힌 다항식 Pₙ</translation>
        </message>
        <message>
            <source>Where |f − Pₙ| is below the tolerance, the error at x, the inflection points</source>
            <translation>|f − Pₙ|가 허용 오차보다 작은 곳, x에서의 오차, 변곡점</translation>
        </message>
        <message>
            <source>f is too large to shade where it curves up or down</source>
            <translation>f가 너무 커서 위로 볼록·아래로 볼록한 곳을 음영으로 표시할 수 없습니다</translation>
        </message>
        <message>
            <source>This function is too large for the Taylor view (more than {limit} nodes in its tree).</source>
            <translation>이 함수는 테일러 보기에는 너무 큽니다 (식의 트리에 노드가 {limit}개를 넘습니다).</translation>
        </message>
        <message>
            <source>The Taylor polynomial of f at the centre a</source>
            <translation>중심 a에서 f의 테일러 다항식</translation>
        </message>
        <message>
            <source>f and its derivatives at the centre a</source>
            <translation>중심 a에서의 f와 도함수</translation>
        </message>
    </context>
    <context>
        <name>TaylorView</name>
        <message>
            <source>Drag the centre a, or click here and use ← → (Shift: bigger steps); Ctrl+] and Ctrl+[ change the degree</source>
            <translation>중심 a를 끌거나, 여기를 클릭하고 ← →를 쓰세요 (Shift: 큰 걸음); Ctrl+]와 Ctrl+[는 차수를 바꿉니다</translation>
        </message>
        <message>
            <source>Taylor plot</source>
            <translation>테일러 그래프</translation>
        </message>
        <message>
            <source>inflection</source>
            <translation>변곡점</translation>
        </message>
        <message>
            <source>The error |f − Pₙ| of the Taylor polynomial, on a log scale</source>
            <translation>테일러 다항식의 오차 |f − Pₙ| (로그 눈금)</translation>
        </message>
        <message>
            <source>Taylor error plot</source>
            <translation>테일러 오차 그래프</translation>
        </message>
        <message>
            <source>|f − Pₙ|</source>
            <translation>|f − Pₙ|</translation>
        </message>
        <message>
            <source>tolerance</source>
            <translation>허용 오차</translation>
        </message>
    </context>
    <context>
        <name>hessian</name>
        <message>
            <source>f is too large for its Hessian to be worked out here (a first derivative has more than {limit} nodes)</source>
            <translation>f가 너무 커서 여기서 헤세 행렬을 계산할 수 없습니다 (1계 도함수의 노드가 {limit}개를 넘습니다)</translation>
        </message>
        <message>
            <source>The Hessian is undefined here.</source>
            <translation>여기서는 헤세 행렬이 정의되지 않습니다.</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a bowl curving up (λ = {lam}).</source>
            <translation>정류점이 아닙니다 (∇f ≠ 0); 이차 모델은 위로 휘는 그릇 모양입니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a cap curving down (λ = {lam}).</source>
            <translation>정류점이 아닙니다 (∇f ≠ 0); 이차 모델은 아래로 휘는 뚜껑 모양입니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is a saddle (λ = {lam}).</source>
            <translation>정류점이 아닙니다 (∇f ≠ 0); 이차 모델은 안장 모양입니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Not a stationary point (∇f ≠ 0); the quadratic model is flat along one direction (λ = {lam}).</source>
            <translation>정류점이 아닙니다 (∇f ≠ 0); 이차 모델은 한 방향으로 평평합니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Minimum: ∇f = 0 and every eigenvalue is positive (λ = {lam}).</source>
            <translation>최솟점: ∇f = 0이고 모든 고윳값이 양수입니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Maximum: ∇f = 0 and every eigenvalue is negative (λ = {lam}).</source>
            <translation>최댓점: ∇f = 0이고 모든 고윳값이 음수입니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Saddle point: ∇f = 0, f curves up along one eigenvector and down along another (λ = {lam}).</source>
            <translation>안장점: ∇f = 0이고, f는 한 고유벡터 방향으로는 위로, 다른 방향으로는 아래로 휩니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>Degenerate: ∇f = 0 but an eigenvalue is 0, so the second derivatives cannot tell (λ = {lam}).</source>
            <translation>퇴화: ∇f = 0이지만 고윳값 하나가 0이라서 이계도함수로는 판별할 수 없습니다 (λ = {lam}).</translation>
        </message>
        <message>
            <source>No positive curvature here: no learning-rate bound from H.</source>
            <translation>여기에는 양의 곡률이 없습니다: H로부터 학습률 한계를 얻을 수 없습니다.</translation>
        </message>
        <message>
            <source>stable for η &lt; 2/λₘₐₓ = {bound} (λₘₐₓ = {top})</source>
            <translation>η &lt; 2/λₘₐₓ = {bound}이면 안정 (λₘₐₓ = {top})</translation>
        </message>
        <message>
            <source>stable for η &lt; 2/λmax = {bound} (λmax = {top})</source>
            <translation>η &lt; 2/λmax = {bound}이면 안정 (λmax = {top})</translation>
        </message>
    </context>
    <context>
        <name>newton</name>
        <message>
            <source>Newton reached the minimum {end} in {k} steps.</source>
            <translation>뉴턴법이 {k} 스텝 만에 최솟점 {end}에 도달했습니다.</translation>
        </message>
        <message>
            <source>Newton stopped at a saddle point {end} after {k} steps: it jumps to where ∇f = 0, and a saddle is such a point. It is attracted to saddles; gradient descent is not.</source>
            <translation>뉴턴법이 {k} 스텝 후 안장점 {end}에서 멈췄습니다: 뉴턴법은 ∇f = 0인 곳으로 건너뛰는데, 안장점도 그런 점입니다. 뉴턴법은 안장점에 끌리지만 경사 하강법은 그렇지 않습니다.</translation>
        </message>
        <message>
            <source>Newton climbed to a maximum {end} after {k} steps: the quadratic model curves down, so its stationary point is its top, not a minimum.</source>
            <translation>뉴턴법이 {k} 스텝 후 최댓점 {end}으로 올라갔습니다: 이차 모델이 아래로 휘어 있어서 그 정류점은 최솟점이 아니라 꼭대기입니다.</translation>
        </message>
        <message>
            <source>Newton stopped at {end} after {k} steps, where ∇f = 0 but the Hessian has a zero eigenvalue: the second derivatives cannot tell what this point is.</source>
            <translation>뉴턴법이 {k} 스텝 후 {end}에서 멈췄습니다. 여기서 ∇f = 0이지만 헤세 행렬에 고윳값 0이 있어 이계도함수로는 이 점의 종류를 알 수 없습니다.</translation>
        </message>
        <message>
            <source>Newton cannot step from {end} (after {k} steps): the Hessian is singular there, so the quadratic model has no single stationary point to jump to.</source>
            <translation>뉴턴법이 {end}에서 더 나아갈 수 없습니다 ({k} 스텝 후): 그곳의 헤세 행렬이 특이 행렬이라 이차 모델에 건너뛸 하나의 정류점이 없습니다.</translation>
        </message>
        <message>
            <source>Newton diverged after {k} steps: the quadratic model is a poor guide far from a minimum, and the jumps grow.</source>
            <translation>뉴턴법이 {k} 스텝 후 발산했습니다: 최솟점에서 멀면 이차 모델은 좋은 안내자가 아니어서 건너뛰는 거리가 커집니다.</translation>
        </message>
        <message>
            <source>Newton stopped after {k} steps: f, ∇f or the Hessian is undefined at {end}.</source>
            <translation>뉴턴법이 {k} 스텝 후 멈췄습니다: {end}에서 f, ∇f 또는 헤세 행렬이 정의되지 않습니다.</translation>
        </message>
        <message>
            <source>Newton has not converged after {k} steps; now at {end}.</source>
            <translation>뉴턴법이 {k} 스텝 후에도 수렴하지 않았습니다. 현재 위치 {end}.</translation>
        </message>
    </context>
    <context>
        <name>taylor</name>
        <message>
            <source>the degree must be from 0 to {n}</source>
            <translation>차수는 0부터 {n}까지여야 합니다</translation>
        </message>
        <message>
            <source>no Taylor polynomial at {name} = {a}: {reason}</source>
            <translation>{name} = {a}에서는 테일러 다항식이 없습니다: {reason}</translation>
        </message>
        <message>
            <source>|f − P{n}| ≥ {tol} everywhere in view</source>
            <translation>보이는 범위 전체에서 |f − P{n}| ≥ {tol}</translation>
        </message>
        <message>
            <source>|f − P{n}| &lt; {tol} for {lo} ≤ {v} ≤ {hi} (in view)</source>
            <translation>{lo} ≤ {v} ≤ {hi}에서 |f − P{n}| &lt; {tol} (보이는 범위)</translation>
        </message>
        <message>
            <source>f has no Taylor series here: it is not smooth or not defined at this point</source>
            <translation>여기서 f는 테일러 급수가 없습니다: 이 점에서 매끄럽지 않거나 정의되지 않습니다</translation>
        </message>
        <message>
            <source>{name} has no value</source>
            <translation>{name}에 값이 없습니다</translation>
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message>
            <source>{folder}: {reason}</source>
            <translation>{folder}: {reason}</translation>
        </message>
        <message>
            <source>{folder} is not writable; autosaving to {fallback}</source>
            <translation>{folder}에 쓸 수 없어 {fallback}에 자동 저장합니다</translation>
        </message>
    </context>
    <context>
        <name>RaceFieldView</name>
        <message>
            <source>Race of the optimizers</source>
            <translation>옵티마이저들의 경주</translation>
        </message>
        <message>
            <source>Left and Right step back and forward (Shift: 10 steps), Home and End go to the start and the end, Space plays and pauses</source>
            <translation>왼쪽·오른쪽 화살표로 한 단계씩 뒤로·앞으로 (Shift: 10단계), Home과 End로 처음과 끝, Space로 재생과 멈춤</translation>
        </message>
    </context>
    <context>
        <name>RaceLossView</name>
        <message>
            <source>Loss per step of every optimizer</source>
            <translation>모든 옵티마이저의 단계별 손실</translation>
        </message>
        <message>
            <source>step k</source>
            <translation>단계 k</translation>
        </message>
        <message>
            <source>f per step (linear: f &lt; 0)</source>
            <translation>단계별 f (선형: f &lt; 0)</translation>
        </message>
        <message>
            <source>f per step</source>
            <translation>단계별 f</translation>
        </message>
        <message>
            <source>f (log scale)</source>
            <translation>f (로그 눈금)</translation>
        </message>
        <message>
            <source>{name}: f from {first} to {last} in {steps} steps</source>
            <translation>{name}: {steps}단계 동안 f가 {first}에서 {last}로</translation>
        </message>
    </context>
    <context>
        <name>RacePanel</name>
        <message>
            <source>Learning rate η</source>
            <translation>학습률 η</translation>
        </message>
        <message>
            <source>Momentum β (RMSProp α)</source>
            <translation>모멘텀 β (RMSProp의 α)</translation>
        </message>
        <message>
            <source>First-moment decay β₁</source>
            <translation>1차 모멘트 감쇠 β₁</translation>
        </message>
        <message>
            <source>Second-moment decay β₂</source>
            <translation>2차 모멘트 감쇠 β₂</translation>
        </message>
        <message>
            <source>ε</source>
            <translation>ε</translation>
        </message>
        <message>
            <source>Decoupled weight decay λ</source>
            <translation>분리된 가중치 감쇠 λ</translation>
        </message>
        <message>
            <source>Surface</source>
            <translation>곡면</translation>
        </message>
        <message>
            <source>A test function with its start, view and learning rates</source>
            <translation>시작점, 보기 범위, 학습률이 정해진 테스트 함수</translation>
        </message>
        <message>
            <source>Your own f</source>
            <translation>직접 입력한 f</translation>
        </message>
        <message>
            <source>f(x0, x1)</source>
            <translation>f(x0, x1)</translation>
        </message>
        <message>
            <source>The function the optimizers descend; Enter runs the race</source>
            <translation>옵티마이저들이 내려가는 함수; Enter로 경주를 실행합니다</translation>
        </message>
        <message>
            <source>Start x0</source>
            <translation>시작 x0</translation>
        </message>
        <message>
            <source>Where every racer starts</source>
            <translation>모든 참가자가 출발하는 곳</translation>
        </message>
        <message>
            <source>Start x1</source>
            <translation>시작 x1</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>단계 수</translation>
        </message>
        <message>
            <source>How many steps each racer takes</source>
            <translation>각 참가자가 밟는 단계 수</translation>
        </message>
        <message>
            <source>&amp;Surface</source>
            <translation>곡면(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;f =</source>
            <translation>&amp;f =</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>시작점</translation>
        </message>
        <message>
            <source>S&amp;teps</source>
            <translation>단계 수(&amp;T)</translation>
        </message>
        <message>
            <source>Racers</source>
            <translation>참가자</translation>
        </message>
        <message>
            <source>Race {name}</source>
            <translation>{name} 참가</translation>
        </message>
        <message>
            <source>Race this optimizer</source>
            <translation>이 옵티마이저를 경주에 넣습니다</translation>
        </message>
        <message>
            <source>Hyperparameters</source>
            <translation>하이퍼파라미터</translation>
        </message>
        <message>
            <source>Optimizer to tune</source>
            <translation>조정할 옵티마이저</translation>
        </message>
        <message>
            <source>Whose hyperparameters the sliders set</source>
            <translation>슬라이더가 설정하는 옵티마이저</translation>
        </message>
        <message>
            <source>T&amp;une</source>
            <translation>조정(&amp;U)</translation>
        </message>
        <message>
            <source>Drag, or use the arrow keys and Page Up/Down</source>
            <translation>끌거나 화살표 키와 Page Up/Down을 사용하세요</translation>
        </message>
        <message>
            <source>Schedule and noise</source>
            <translation>스케줄과 잡음</translation>
        </message>
        <message>
            <source>Learning-rate schedule</source>
            <translation>학습률 스케줄</translation>
        </message>
        <message>
            <source>η per step: constant, cut by γ every period, times γ each step, or cosine to 0</source>
            <translation>단계별 η: 일정, 주기마다 γ배로 줄임, 매 단계 γ배, 또는 코사인으로 0까지</translation>
        </message>
        <message>
            <source>Schedule factor γ</source>
            <translation>스케줄 계수 γ</translation>
        </message>
        <message>
            <source>The factor of the step and exponential schedules</source>
            <translation>계단식 및 지수 스케줄의 계수</translation>
        </message>
        <message>
            <source>Schedule period</source>
            <translation>스케줄 주기</translation>
        </message>
        <message>
            <source>Steps between two cuts of the step schedule</source>
            <translation>계단식 스케줄에서 두 번 줄이는 사이의 단계 수</translation>
        </message>
        <message>
            <source>Gradient noise σ</source>
            <translation>기울기 잡음 σ</translation>
        </message>
        <message>
            <source>σ of Gaussian noise added to every gradient: descent becomes SGD</source>
            <translation>모든 기울기에 더하는 가우스 잡음의 σ: 하강법이 SGD가 됩니다</translation>
        </message>
        <message>
            <source>Noise seed</source>
            <translation>잡음 시드</translation>
        </message>
        <message>
            <source>The same seed gives the same noise: a race can be run again</source>
            <translation>같은 시드는 같은 잡음을 줍니다: 경주를 그대로 다시 실행할 수 있습니다</translation>
        </message>
        <message>
            <source>Loss on a &amp;log scale</source>
            <translation>손실을 로그 눈금으로(&amp;L)</translation>
        </message>
        <message>
            <source>Loss on a log scale</source>
            <translation>손실을 로그 눈금으로</translation>
        </message>
        <message>
            <source>f per step on a logarithmic axis (when f &gt; 0)</source>
            <translation>단계별 f를 로그 축에 (f &gt; 0일 때)</translation>
        </message>
        <message>
            <source>Sc&amp;hedule</source>
            <translation>스케줄(&amp;H)</translation>
        </message>
        <message>
            <source>γ</source>
            <translation>γ</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>주기</translation>
        </message>
        <message>
            <source>&amp;Noise σ</source>
            <translation>잡음 σ(&amp;N)</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>시드</translation>
        </message>
        <message>
            <source>To the start</source>
            <translation>처음으로</translation>
        </message>
        <message>
            <source>Back to step 0 (Home in the plot)</source>
            <translation>0단계로 돌아갑니다 (그래프에서 Home)</translation>
        </message>
        <message>
            <source>Step back</source>
            <translation>한 단계 뒤로</translation>
        </message>
        <message>
            <source>One step back (Left in the plot)</source>
            <translation>한 단계 뒤로 (그래프에서 왼쪽 화살표)</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>재생</translation>
        </message>
        <message>
            <source>Play the race from here, or pause it (Space in the plot)</source>
            <translation>여기서부터 경주를 재생하거나 멈춥니다 (그래프에서 Space)</translation>
        </message>
        <message>
            <source>Step forward</source>
            <translation>한 단계 앞으로</translation>
        </message>
        <message>
            <source>One step forward (Right in the plot)</source>
            <translation>한 단계 앞으로 (그래프에서 오른쪽 화살표)</translation>
        </message>
        <message>
            <source>To the end</source>
            <translation>끝으로</translation>
        </message>
        <message>
            <source>To the last step (End in the plot)</source>
            <translation>마지막 단계로 (그래프에서 End)</translation>
        </message>
        <message>
            <source>Step of the race</source>
            <translation>경주의 단계</translation>
        </message>
        <message>
            <source>Drag to move through the steps</source>
            <translation>끌어서 단계를 옮겨 다닙니다</translation>
        </message>
        <message>
            <source>step {step} of {steps}</source>
            <translation>{steps}단계 중 {step}단계</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>판정</translation>
        </message>
        <message>
            <source>choose the surface {name}</source>
            <translation>곡면 {name} 선택</translation>
        </message>
        <message>
            <source>Update of {name}</source>
            <translation>{name}의 갱신</translation>
        </message>
    </context>
    <context>
        <name>optimizers</name>
        <message>
            <source>Gradient descent</source>
            <translation>경사 하강법</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>모멘텀</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>네스테로프</translation>
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
            <translation>그릇 x0² + x1²</translation>
        </message>
        <message>
            <source>Every optimizer gets there; the race is about how straight the path is.</source>
            <translation>모든 옵티마이저가 도착합니다. 경주는 경로가 얼마나 곧은지에 달려 있습니다.</translation>
        </message>
        <message>
            <source>Ill-conditioned quadratic (κ = 100)</source>
            <translation>조건이 나쁜 이차 함수 (κ = 100)</translation>
        </message>
        <message>
            <source>Descent zig-zags across the narrow valley; momentum at β* needs √κ times fewer steps.</source>
            <translation>하강법은 좁은 골짜기를 가로질러 지그재그로 움직입니다. β*의 모멘텀은 √κ배 적은 단계면 됩니다.</translation>
        </message>
        <message>
            <source>Rosenbrock</source>
            <translation>로젠브록</translation>
        </message>
        <message>
            <source>Finding the curved valley is easy; following it to (1, 1) is not.</source>
            <translation>굽은 골짜기를 찾기는 쉽지만, 그것을 따라 (1, 1)까지 가기는 어렵습니다.</translation>
        </message>
        <message>
            <source>Beale</source>
            <translation>빌 함수</translation>
        </message>
        <message>
            <source>Flat arms and steep walls: the minimum is at (3, 0.5).</source>
            <translation>평평한 팔과 가파른 벽: 최솟값은 (3, 0.5)에 있습니다.</translation>
        </message>
        <message>
            <source>Himmelblau</source>
            <translation>히멜블라우 함수</translation>
        </message>
        <message>
            <source>Four minima of equal depth: which one a run finds depends on how it moves.</source>
            <translation>깊이가 같은 네 개의 최솟값: 어느 것을 찾는지는 움직이는 방식에 달려 있습니다.</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>부스 함수</translation>
        </message>
        <message>
            <source>A tilted quadratic bowl (κ = 9) with its minimum at (1, 3).</source>
            <translation>최솟값이 (1, 3)에 있는 기울어진 이차 그릇 (κ = 9).</translation>
        </message>
        <message>
            <source>Saddle x0² − x1²</source>
            <translation>안장 x0² − x1²</translation>
        </message>
        <message>
            <source>Started almost on the ridge: descent creeps toward the saddle, the adaptive methods walk off it.</source>
            <translation>거의 능선 위에서 출발: 하강법은 안장점 쪽으로 기어가고, 적응형 방법은 그곳을 벗어납니다.</translation>
        </message>
        <message>
            <source>Plateau</source>
            <translation>고원</translation>
        </message>
        <message>
            <source>Far from the hole the gradient is almost 0: a fixed η crawls, Adam rescales and moves.</source>
            <translation>구멍에서 멀면 기울기가 거의 0입니다: 고정된 η는 기어가고, Adam은 크기를 다시 맞춰 움직입니다.</translation>
        </message>
    </context>
    <context>
        <name>race</name>
        <message>
            <source>{name}: θ₀ = {theta}, f = {f}</source>
            <translation>{name}: θ₀ = {theta}, f = {f}</translation>
        </message>
        <message>
            <source>{name}: stopped at step {k} ({verdict})</source>
            <translation>{name}: {k}단계에서 멈춤 ({verdict})</translation>
        </message>
        <message>
            <source>{name}, step {t}: η = {lr}</source>
            <translation>{name}, {t}단계: η = {lr}</translation>
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
            <translation>b ← β·b + g = {b}   (속도, β = {beta})</translation>
        </message>
        <message>
            <source>θ ← θ − η·b = {theta}</source>
            <translation>θ ← θ − η·b = {theta}</translation>
        </message>
        <message>
            <source>θ ← θ − η·(g + β·b) = {theta}   (look-ahead)</source>
            <translation>θ ← θ − η·(g + β·b) = {theta}   (앞을 내다봄)</translation>
        </message>
        <message>
            <source>s ← s + g² = {s}   (sum of squares)</source>
            <translation>s ← s + g² = {s}   (제곱의 합)</translation>
        </message>
        <message>
            <source>θ ← θ − η·g/(√s + ε) = {theta}</source>
            <translation>θ ← θ − η·g/(√s + ε) = {theta}</translation>
        </message>
        <message>
            <source>v ← α·v + (1 − α)·g² = {v}   (mean square, α = {alpha})</source>
            <translation>v ← α·v + (1 − α)·g² = {v}   (제곱 평균, α = {alpha})</translation>
        </message>
        <message>
            <source>θ ← θ − η·g/(√v + ε) = {theta}</source>
            <translation>θ ← θ − η·g/(√v + ε) = {theta}</translation>
        </message>
        <message>
            <source>θ ← θ·(1 − η·λ), λ = {decay}   (decoupled weight decay)</source>
            <translation>θ ← θ·(1 − η·λ), λ = {decay}   (분리된 가중치 감쇠)</translation>
        </message>
        <message>
            <source>m ← β₁·m + (1 − β₁)·g = {m}   (first moment)</source>
            <translation>m ← β₁·m + (1 − β₁)·g = {m}   (1차 모멘트)</translation>
        </message>
        <message>
            <source>v ← β₂·v + (1 − β₂)·g² = {v}   (second moment)</source>
            <translation>v ← β₂·v + (1 − β₂)·g² = {v}   (2차 모멘트)</translation>
        </message>
        <message>
            <source>m̂ = m/(1 − β₁ᵗ) = {mhat}, v̂ = v/(1 − β₂ᵗ) = {vhat}   (bias correction: 1 − β₁ᵗ = {c1}, 1 − β₂ᵗ = {c2})</source>
            <translation>m̂ = m/(1 − β₁ᵗ) = {mhat}, v̂ = v/(1 − β₂ᵗ) = {vhat}   (편향 보정: 1 − β₁ᵗ = {c1}, 1 − β₂ᵗ = {c2})</translation>
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
            <translation>{name}이(가) 가장 먼저 도착했습니다: {k}단계 만에 수렴.</translation>
        </message>
        <message>
            <source>Then: {others}.</source>
            <translation>그다음: {others}.</translation>
        </message>
        <message>
            <source>{name} ({k})</source>
            <translation>{name} ({k})</translation>
        </message>
        <message>
            <source>Nobody converged in {k} steps; lowest f: {name} (f = {f}).</source>
            <translation>{k}단계 안에 수렴한 참가자가 없습니다. 가장 낮은 f: {name} (f = {f}).</translation>
        </message>
        <message>
            <source>{name}: {verdict}</source>
            <translation>{name}: {verdict}</translation>
        </message>
        <message>
            <source>Not a quadratic: no closed-form rates (the theory is for quadratics).</source>
            <translation>이차 함수가 아닙니다: 닫힌 형태의 수렴률이 없습니다 (이론은 이차 함수에 대한 것입니다).</translation>
        </message>
        <message>
            <source>A quadratic with eigenvalues {low} and {high} of the Hessian: no minimum (a saddle or a valley).</source>
            <translation>헤세 행렬의 고윳값이 {low}, {high}인 이차 함수: 최솟값이 없습니다 (안장 또는 골짜기).</translation>
        </message>
        <message>
            <source>Hessian eigenvalues λmin = {low}, λmax = {high}: condition number κ = {kappa}</source>
            <translation>헤세 행렬의 고윳값 λmin = {low}, λmax = {high}: 조건수 κ = {kappa}</translation>
        </message>
        <message>
            <source>Descent diverges for η &gt; 2/λmax = {stable}; fastest at η = 2/(λmin + λmax) = {best}, rate (κ − 1)/(κ + 1) = {rate}</source>
            <translation>하강법은 η &gt; 2/λmax = {stable}이면 발산합니다. 가장 빠른 η = 2/(λmin + λmax) = {best}, 수렴률 (κ − 1)/(κ + 1) = {rate}</translation>
        </message>
        <message>
            <source>Momentum: fastest at η = (2/(√λmin + √λmax))² = {lr} and β* = ((√κ − 1)/(√κ + 1))² = {beta}, rate (√κ − 1)/(√κ + 1) = {rate}</source>
            <translation>모멘텀: η = (2/(√λmin + √λmax))² = {lr}, β* = ((√κ − 1)/(√κ + 1))² = {beta}일 때 가장 빠름, 수렴률 (√κ − 1)/(√κ + 1) = {rate}</translation>
        </message>
        <message>
            <source>{name}: measured rate {measured}, theory {expected}</source>
            <translation>{name}: 측정한 수렴률 {measured}, 이론값 {expected}</translation>
        </message>
        <message>
            <source>none (adaptive)</source>
            <translation>없음 (적응형)</translation>
        </message>
    </context>
    <context>
        <name>schedules</name>
        <message>
            <source>constant</source>
            <translation>일정</translation>
        </message>
        <message>
            <source>step</source>
            <translation>계단식</translation>
        </message>
        <message>
            <source>exponential</source>
            <translation>지수</translation>
        </message>
        <message>
            <source>cosine</source>
            <translation>코사인</translation>
        </message>
    </context>
    <context>
        <name>verdict</name>
        <message>
            <source>f grew from {first} to {last}</source>
            <translation>f가 {first}에서 {last}로 커졌습니다</translation>
        </message>
        <message>
            <source>f went from {first} to a value too large to compute</source>
            <translation>f가 {first}에서 계산할 수 없을 만큼 큰 값이 되었습니다</translation>
        </message>
        <message>
            <source>Diverged at step {step}, where the path leaves the view: {grew}.</source>
            <translation>경로가 보기 범위를 벗어나는 {step}단계에서 발산: {grew}.</translation>
        </message>
        <message>
            <source>Diverged at step {step}: {grew}.</source>
            <translation>{step}단계에서 발산: {grew}.</translation>
        </message>
        <message>
            <source>Escaped the saddle at {saddle} by step {escape}: f fell from {first} to {last} and keeps falling; the path leaves the view at step {step}.</source>
            <translation>{escape}단계까지 {saddle}의 안장점을 벗어났습니다: f가 {first}에서 {last}로 떨어졌고 계속 떨어집니다. 경로는 {step}단계에서 보기 범위를 벗어납니다.</translation>
        </message>
        <message>
            <source>Still going downhill at step {step}, where it leaves the view: f fell from {first} to {last}.</source>
            <translation>보기 범위를 벗어나는 {step}단계에서도 여전히 내려가는 중: f가 {first}에서 {last}로 떨어졌습니다.</translation>
        </message>
        <message>
            <source>Stuck near a saddle since step {since}: at {end} ∇f is almost 0 (|∇f| = {norm}) but f curves down in some direction; f = {last}.</source>
            <translation>{since}단계부터 안장점 근처에 갇힘: {end}에서 ∇f는 거의 0이지만 (|∇f| = {norm}) 어떤 방향으로는 f가 아래로 휩니다. f = {last}.</translation>
        </message>
        <message>
            <source>Converged to {end} after {since} steps: f = {last}.</source>
            <translation>{since}단계 만에 {end}(으)로 수렴: f = {last}.</translation>
        </message>
        <message>
            <source>Diverged: f grew from {first} to {last}, above its start from step {step} on.</source>
            <translation>발산: f가 {first}에서 {last}로 커졌고, {step}단계부터 시작값보다 큽니다.</translation>
        </message>
        <message>
            <source>Escaped the saddle at {saddle} by step {escape} and still moving after {k} steps: f fell from {first} to {last}, now at {end}.</source>
            <translation>{escape}단계까지 {saddle}의 안장점을 벗어났고 {k}단계 후에도 움직이는 중: f가 {first}에서 {last}로 떨어졌으며 지금 {end}에 있습니다.</translation>
        </message>
        <message>
            <source>Crawling on a plateau: after {k} steps f has only gone from {first} to {last}; |∇f| = {norm} is too small for steps of η·∇f.</source>
            <translation>고원에서 기어가는 중: {k}단계 후에도 f는 {first}에서 {last}로만 바뀌었습니다. |∇f| = {norm}은(는) η·∇f 크기의 걸음에는 너무 작습니다.</translation>
        </message>
        <message>
            <source>Still moving after {k} steps: f went from {first} to {last}, now at {end} (|∇f| = {norm}).</source>
            <translation>{k}단계 후에도 움직이는 중: f가 {first}에서 {last}로 바뀌었고 지금 {end}에 있습니다 (|∇f| = {norm}).</translation>
        </message>
        <message>
            <source>converged</source>
            <translation>수렴</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>발산</translation>
        </message>
        <message>
            <source>stuck at a saddle</source>
            <translation>안장점에 갇힘</translation>
        </message>
        <message>
            <source>still moving</source>
            <translation>아직 움직이는 중</translation>
        </message>
    </context>
</TS>
