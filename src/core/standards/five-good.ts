/**
 * The five-good standards, quoted from the campaign document (five-good-opinions.txt, 二 (一)(二)(三)).
 * They are data shipped with the product: screens, self-checks and scorecards read them from here.
 */
import type { OrgType } from '../org/org.types'

/** Which of the five criteria; the fifth ("image") is the one measured by villagers' satisfaction. */
export type CriterionKey = 'leadership' | 'team' | 'mechanism' | 'performance' | 'image'

export interface Criterion {
  key: CriterionKey
  ordinal: 1 | 2 | 3 | 4 | 5
  /** The short name, e.g. 领导班子好. */
  title: string
  /** The full standard as the document words it. */
  text: string
}

/** Organisation types that are measured against five-good standards. */
export type MeasuredOrgType = Extract<OrgType, 'township' | 'village' | 'enterprise'>

export const FIVE_GOOD_STANDARDS: Readonly<Record<MeasuredOrgType, readonly Criterion[]>> = {
  township: [
    {
      key: "leadership",
      ordinal: 1,
      title: "领导班子好",
      text: "领导班子能够自觉学习实践“三个代表”重要思想,坚决贯彻执行党的基本路线和各项方针政策,坚持立党为公,执政为民,廉洁勤政,团结协作,求真务实,奋发有为,具有较强的凝聚力、战斗力和创造力。乡镇党委书记党性强、作风正,认真履行党建工作直接责任人的职责,具有较高的政策理论水平、较强的组织协调能力和领导发展农村经济的能力,抓党建工作力度大、效果好。",
    },
    {
      key: "team",
      ordinal: 2,
      title: "党员干部队伍好",
      text: "党员队伍结构不断改善,积极探索党员发挥作用的新途径,切实加强党员先进性教育,党员先锋模范作用得到较好发挥。基层干部具有较强的敬业精神、公仆意识和政策法制观念,能坚持依法办事,热心为群众服务,善于做群众工作。",
    },
    {
      key: "mechanism",
      ordinal: 3,
      title: "工作机制好",
      text: "乡镇党政领导班子团结一致,各项工作运行规范,服务优质高效。能坚持民主集中制,实行集体领导与个人分工负责相结合,政务公开、民主监督等制度完善,管理措施到位。认真落实中央“四个长效机制”和省委“双七”制度,积极推行村级组织规范化建设,村级组织按照“一制四化”要求规范运行。",
    },
    {
      key: "performance",
      ordinal: 4,
      title: "小康建设业绩好",
      text: "农村经济持续发展,农民收入不断增加,集体经济实力不断增强,各项社会事业协调发展,城镇化水平较高,精神文明建设和民主法制建设成效显著。计划生育达到规定指标,信访工作达到“三无”,无不稳定村和瘫痪党支部、无重大刑事治安案件和重大安全事故发生、社会治安良好。",
    },
    {
      key: "image",
      ordinal: 5,
      title: "农民群众反映好",
      text: "有密切联系群众、艰苦奋斗、实事求是的好作风,能尊重农民,爱护农民,诚心诚意为农民群众办实事、办好事,能及时解决群众关心的热点难点问题。说实话,求实效,不搞虚假浮夸,不搞形式主义。工作措施符合群众意愿,工作作风和工作实绩得到群众的拥护和满意,党群干群关系密切,党组织和乡镇干部在群众中的形象好、评价高。",
    },
  ],
  village: [
    {
      key: "leadership",
      ordinal: 1,
      title: "有一个好班子,尤其要有一个好的党支部书记",
      text: "党支部能够发挥领导核心作用,村级各种组织健全、职责明确。领导班子能认真学习和实践“三个代表”重要思想,团结带领群众贯彻执行党的路线方针政策,作风民主,办事公道,清正廉洁,奋发有为。党支部书记讲党性、甘奉献、有威信,带头致富能力强,有带领农民群众共同致富的本领。",
    },
    {
      key: "team",
      ordinal: 2,
      title: "有一支好的党员干部队伍",
      text: "能够按照每年发展1名党员的要求,认真做好青年农民党员发展工作,党员队伍结构不断改善,党员素质不断提高,无长期不发展党员问题。加强党员先进性教育,党员管理监督措施得力,党组织活动正常开展并富有成效,党员先锋模范作用发挥较好。村组干部精干高效,年龄、文化、知识结构不断改善,有一支政治素质高、工作能力强,能致富、会致富的“双强”党员干部队伍。",
    },
    {
      key: "mechanism",
      ordinal: 3,
      title: "有一个好的工作机制",
      text: "能够充分发挥当地优势,围绕调整农业结构、增加农民收入确立切实可行的发展思路和目标,制定与之相适应的发展规划和工作措施。认真推行村级组织规范化建设,按照“一制四化”要求规范运行,建立起村党支部领导的村民自治运行机制,实现村党支部工作规范化、村民自治法制化、民主监督程序化、绩效考核目标化,村“两委”班子关系协调、工作运行规范、服务优质高效。",
    },
    {
      key: "performance",
      ordinal: 4,
      title: "有一个好的小康建设业绩",
      text: "能够紧扣发展主题,大力发展农村经济,农民收入明显增加,农民负担明显减轻,集体经济逐步增强,农村社会稳定,物质文明、政治文明和精神文明建设成效显著。计划生育达到规定指标,社会秩序良好,无集体上访案件,无重大刑事案件和重大安全事故发生。",
    },
    {
      key: "image",
      ordinal: 5,
      title: "有一个群众满意的好形象",
      text: "能够尊重农民,爱护农民,诚心诚意为农民群众办实事,实现好、维护好、发展好农民群众的利益。工作措施符合群众意愿,工作作风和工作实绩得到群众拥护和满意,党群干群关系密切,党员干部群众满意率较高。",
    },
  ],
  enterprise: [
    {
      key: "leadership",
      ordinal: 1,
      title: "领导班子好",
      text: "企业党组织体系健全,党组织领导班子政治坚定,富有战斗力、凝聚力和创造力。党组织领导班子结构合理,团结协调,整体素质较好,工作形成合力。党组织书记党性强,作风正,重视党建工作,认真落实党建工作领导责任制。",
    },
    {
      key: "team",
      ordinal: 2,
      title: "党员队伍好",
      text: "切实加强企业党员先进性教育,广大党员积极参加党组织的各项活动,认真履行权利和义务,自觉接受党组织的监督和管理。带头遵纪守法,带头学技术、学业务,带头完成生产经营任务,带头维护职工的合法权益,在促进企业发展中发挥先锋模范作用。",
    },
    {
      key: "mechanism",
      ordinal: 3,
      title: "工作机制好",
      text: "能够结合企业特点,建立一套有利于开展党的工作的规章制度,党员教育管理、党员发展、党费收缴等工作规范。服从上级党组织的领导,主动汇报工作,积极参加辖区党组织开展的各项活动。创造性地开展各种争创活动及文化活动,使企业管理、精神文明建设、党建工作融为一体,相互促进,共同提高。",
    },
    {
      key: "performance",
      ordinal: 4,
      title: "发展业绩好",
      text: "企业党组织班子成员积极学习经营管理知识,关心企业生产经营,多渠道参加或影响企业重大决策。党组织围绕企业生产经营开展工作,在急难险重任务面前,充分发挥党组织的战斗堡垒作用和共产党员先锋模范作用。企业发展步伐不断加快,经济实力不断增强,职工收入不断提高,上交税收不断增加。",
    },
    {
      key: "image",
      ordinal: 5,
      title: "群众反映好",
      text: "企业党组织积极发挥作用,开展深入细致的思想政治工作,帮助职工解决工作和生活中遇到的实际困难,教育引导党员企业主维护国家、职工的合法权益,增强党组织的凝聚力。企业党群关系密切,党组织得到业主和职工的拥护。",
    },
  ],
}

/** The document's heading for each type's standards. */
export const STANDARD_HEADINGS: Readonly<Record<MeasuredOrgType, string>> = {
  township: '“五个好”乡镇党委创建标准',
  village: '“五个好”村党组织创建标准',
  enterprise: '“五个好”非公有制企业党组织创建标准',
}

export function isMeasuredOrgType(type: OrgType): type is MeasuredOrgType {
  return type === 'township' || type === 'village' || type === 'enterprise'
}

/** The standards an organisation is measured against; a county or a branch has none of its own. */
export function standardsFor(type: OrgType): readonly Criterion[] {
  return isMeasuredOrgType(type) ? FIVE_GOOD_STANDARDS[type] : []
}
