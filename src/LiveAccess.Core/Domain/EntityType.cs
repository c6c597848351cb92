namespace LiveAccess.Core.Domain;

/// <summary>The WeChat entity type (主体类型) a mini program is registered under.</summary>
public enum EntityType
{
    /// <summary>个人: an individual. No live plan is open to it.</summary>
    Individual,
    /// <summary>企业: an enterprise (个体工商户 counts as one).</summary>
    Enterprise,
    /// <summary>政府: a government body.</summary>
    Government,
    /// <summary>媒体: a media organisation.</summary>
    Media,
    /// <summary>其他组织: any other organisation.</summary>
    Organization,
}
